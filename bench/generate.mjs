// Deterministic, realistic incident-report collections for the benchmark.
//
//   generateCollection(n, seed) → a collection object valid per docs/content-format.md
//
// Seeded PRNG (mulberry32), so the same (n, seed) always gives the same JSON. Tags follow a skewed
// (Zipf-like) distribution over ~40 technology tags; ~40% of reports carry a box-drawing diagram.

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ~40 technology tags, most common first (the weights below make the head heavy). */
export const TAGS = [
  'postgres',
  'kubernetes',
  'redis',
  'kafka',
  'aws',
  'nginx',
  'terraform',
  'go',
  'python',
  'dns',
  'tls',
  'mysql',
  'elasticsearch',
  'grpc',
  'prometheus',
  'docker',
  'linux',
  'node.js',
  'envoy',
  'clickhouse',
  'rabbitmq',
  'mongodb',
  'cdn',
  's3',
  'gcp',
  'java',
  'istio',
  'cassandra',
  'etcd',
  'vault',
  'memcached',
  'haproxy',
  'cloudflare',
  'grafana',
  'sqs',
  'consul',
  'rust',
  'ci/cd',
  'feature flags',
  'load balancer',
];

const TAG_WEIGHTS = TAGS.map((_, rank) => 1 / Math.pow(rank + 1, 0.85));

const STATUSES = [
  ['resolved', 52],
  ['postmortem', 22],
  ['monitoring', 8],
  ['identified', 5],
  ['investigating', 4],
  ['operating', 6],
  ['retired', 3],
];

const CATEGORIES = [
  'Database',
  'Networking',
  'Storage',
  'Messaging',
  'Compute',
  'Deploys',
  'Observability',
  'Security',
  'Caching',
  'DNS',
];

const GROUPS = [
  { id: 'platform', title: 'Platform', description: 'Clusters, networking and the paved road.' },
  { id: 'data', title: 'Data', description: 'Databases, queues and the pipelines between them.' },
  { id: 'edge', title: 'Edge', description: 'CDN, DNS, TLS and everything in front of the apps.' },
  { id: 'product', title: 'Product services' },
];

const SUBJECTS = [
  'primary database',
  'connection pool',
  'message broker',
  'ingress controller',
  'cache tier',
  'DNS resolver',
  'certificate rotation',
  'deploy pipeline',
  'search cluster',
  'object storage',
  'rate limiter',
  'service mesh',
  'job scheduler',
  'payment webhook',
  'session store',
  'read replica',
  'config rollout',
  'log shipper',
  'load balancer',
  'autoscaler',
];
const FAILURES = [
  'ran out of connections',
  'fell behind by hours',
  'stalled on a lock',
  'dropped requests',
  'served stale data',
  'split its brain',
  'filled its disk',
  'looped on retries',
  'leaked file descriptors',
  'timed out under load',
  'lost its leader',
  'rejected valid traffic',
];
const CONTEXTS = [
  'during a schema migration',
  'after a routine deploy',
  'on Black Friday',
  'during a region failover',
  'after a kernel upgrade',
  'at the top of the hour',
  'while draining a node',
  'after a certificate expired',
  'during the nightly batch',
  'under a retry storm',
  'after a config change',
  'during a traffic spike',
];
const CAUSES = [
  'a missing index turned a hot query into a full scan',
  'a retry policy without jitter synchronised every client',
  'a default timeout of 30 s held workers hostage',
  'a health check passed while the dependency was down',
  'an unbounded queue hid the backlog until memory ran out',
  'a feature flag flipped for every tenant at once',
  'the pool size was tuned for half the current traffic',
  'two controllers fought over the same resource',
];
const FIXES = [
  'We added **backpressure** and capped the queue.',
  'The fix was a `statement_timeout` and a smaller pool.',
  'We moved the job off the request path and added a circuit breaker.',
  'Rollouts now go to one zone first, with an automatic halt.',
  'We pinned the version and wrote a *runbook* for the next time.',
  'Alerting now pages on saturation, not only on errors.',
];
const BOX_NAMES = [
  'ingress',
  'api',
  'worker',
  'postgres',
  'replica',
  'redis',
  'kafka',
  'scheduler',
  'gateway',
  'cdn',
  'auth',
  'billing',
  'search',
  's3',
  'queue',
  'lb',
  'envoy',
  'etcd',
  'cron',
  'webhook',
];
const NOTES = [
  '· failover in 40 s ·',
  '· p99 back under 200 ms ·',
  '· rollback-safe at every step ·',
  '· dual-write, then flip reads ·',
  '· lag peaked at 3 h 12 min ·',
  '· retries capped at 3 ·',
];
const FIRST_NAMES = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
const LAST_NAMES = ['Silva', 'Okafor', 'Nakamura', 'Kowalski', 'Haddad', 'Moreau', 'Lindqvist'];

function weighted(random, entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1][0];
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const int = (random, min, max) => min + Math.floor(random() * (max - min + 1));

function pickTags(random) {
  const count = int(random, 2, 5);
  const chosen = new Set();
  const entries = TAGS.map((tag, i) => [tag, TAG_WEIGHTS[i]]);
  while (chosen.size < count) chosen.add(weighted(random, entries));
  return [...chosen];
}

/** A box-and-arrow diagram drawn on a character grid: 5–9 lines, ~40–60 columns. */
function makeDiagram(random) {
  const boxes = int(random, 2, 3);
  const gap = int(random, 3, 6);
  const inner = int(random, boxes === 2 ? 16 : 9, boxes === 2 ? 20 : 13);
  const boxWidth = inner + 2;
  const width = boxes * boxWidth + (boxes - 1) * gap;
  const below = random() < 0.6; // a second row under the last box
  const down = below ? int(random, 1, 2) : 0;
  const notes = below ? int(random, 0, 1) : int(random, 2, 3);
  const height = 3 + (below ? down + 3 : 0) + notes;
  const grid = Array.from({ length: height }, () => Array(width).fill(' '));
  const put = (row, col, text) => {
    for (let i = 0; i < text.length; i++) grid[row][col + i] = text[i];
  };
  const box = (row, col, name) => {
    put(row, col, `┌${'─'.repeat(inner)}┐`);
    put(row + 1, col, `│ ${name.padEnd(inner - 1)}│`);
    put(row + 2, col, `└${'─'.repeat(inner)}┘`);
  };
  const names = new Set();
  while (names.size < boxes + 1) names.add(pick(random, BOX_NAMES));
  const [first, ...rest] = [...names];
  const labels = [first, ...rest];
  for (let b = 0; b < boxes; b++) {
    const col = b * (boxWidth + gap);
    box(0, col, labels[b].slice(0, inner - 2));
    if (b < boxes - 1) put(1, col + boxWidth, `${'─'.repeat(gap - 1)}▶`);
  }
  let row = 3;
  if (below) {
    const col = (boxes - 1) * (boxWidth + gap);
    const mid = col + Math.floor(boxWidth / 2);
    grid[2][mid] = '┬';
    for (let i = 0; i < down; i++) grid[row + i][mid] = i === down - 1 ? '▼' : '│';
    row += down;
    box(row, col, labels[boxes].slice(0, inner - 2));
    row += 3;
  }
  for (let i = 0; i < notes; i++) put(row + i, int(random, 0, 2), pick(random, NOTES));
  return grid.map((line) => line.join('').replace(/\s+$/, ''));
}

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A collection of `n` reports, newest first (so the source order is also date order). Ids are
 * `INC-0001` (oldest) upward, zero-padded to at least four digits.
 */
export function generateCollection(n, seed = 1) {
  const random = prng(seed ^ (n * 2654435761));
  const width = Math.max(4, String(n).length);
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  const times = Array.from({ length: n }, () => start + random() * (end - start)).sort((a, b) => a - b);
  const reports = [];
  for (let i = 0; i < n; i++) {
    const id = `INC-${String(i + 1).padStart(width, '0')}`;
    const subject = pick(random, SUBJECTS);
    const title = `${subject[0].toUpperCase()}${subject.slice(1)} ${pick(random, FAILURES)} ${pick(random, CONTEXTS)}`;
    const tags = pickTags(random);
    const summary =
      random() < 0.5
        ? `The ${subject} ${pick(random, FAILURES)}: ${pick(random, CAUSES)}.`
        : `The ${subject} ${pick(random, FAILURES)}: ${pick(random, CAUSES)}. ${pick(random, FIXES)}`;
    const report = {
      id,
      title,
      summary,
      status: weighted(random, STATUSES),
      tags,
      category: pick(random, CATEGORIES),
      date: new Date(times[i]).toISOString().slice(0, 10),
      readingMinutes: int(random, 3, 25),
    };
    if (random() < 0.35) report.severity = `SEV-${int(random, 1, 4)}`;
    if (random() < 0.7) report.groups = [pick(random, GROUPS).id];
    if (random() < 0.5) report.url = `/reports/${slugify(title).slice(0, 60)}`;
    if (random() < 0.3) {
      report.authors = [{ name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}` }];
    }
    if (random() < 0.4) {
      const lines = makeDiagram(random);
      const form = random();
      report.diagram =
        form < 0.5
          ? lines
          : form < 0.75
            ? lines.join('\n')
            : { ascii: lines, label: `Architecture of ${id}` };
    }
    reports.push(report);
  }
  reports.reverse(); // newest first
  return {
    title: 'Incident reports',
    description: `Generated benchmark content: ${n.toLocaleString('en-US')} reports, seed ${seed}.`,
    groups: GROUPS,
    reports,
  };
}

/** Tag → number of reports carrying it, most used first. */
export function tagCounts(collection) {
  const counts = new Map();
  for (const report of collection.reports) {
    for (const tag of report.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A mid-frequency tag: the one at the median rank of the tags in use. */
export function midFrequencyTag(collection) {
  const counts = tagCounts(collection);
  const [tag, count] = counts[Math.floor(counts.length / 2)];
  return { tag, count, share: count / collection.reports.length, rank: Math.floor(counts.length / 2) + 1 };
}

/** The text the list's search looks in (id, title, summary, tags), lower-cased. */
export function searchText(report) {
  return [report.id, report.title ?? '', report.summary ?? '', report.tags.join(' ')]
    .join('\n')
    .toLowerCase();
}

/**
 * The one character to type for the search case: the lower-case letter whose matches are closest to
 * half of the reports, so one keystroke removes about half of the list (a typical first keystroke).
 */
export function searchCharacter(collection) {
  const texts = collection.reports.map(searchText);
  let best;
  for (const char of 'abcdefghijklmnopqrstuvwxyz') {
    const matches = texts.filter((t) => t.includes(char)).length;
    const distance = Math.abs(matches / texts.length - 0.5);
    if (!best || distance < best.distance) best = { char, matches, distance };
  }
  return { char: best.char, matches: best.matches, share: best.matches / texts.length };
}
