// Where the long tasks of the script-tag page load go, in Chromium: loads the bench's load page
// (bench/pages/load-list.html, the built script-tag bundle, a generated collection) under a CDP
// trace and CPU profile, and prints each main-thread task over the threshold with the JavaScript
// functions that spent the most self time in it. It explains case 4's longest task; it is not a
// timing (tracing and sampling slow the page).
//
//   npm run build && node bench/profile-load.mjs [--reports N] [--over MS] [--trace FILE] [--inclusive]
//
// Hint: build with `minify: false` (vite.config.ts, cdn build) to read function names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/browsers.mjs';
import { generateCollection } from './generate.mjs';
import { startBenchServer } from './server.mjs';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    over: { type: 'string', default: '50' },
    seed: { type: 'string', default: '20260601' },
    trace: { type: 'string' },
    inclusive: { type: 'boolean', default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(args.reports);
const dataDir = join(root, 'bench/data');
mkdirSync(dataDir, { recursive: true });
writeFileSync(join(dataDir, `${n}.json`), JSON.stringify(generateCollection(n, Number(args.seed))));
const template = readFileSync(join(root, 'bench/pages/load-list.html'), 'utf8');
writeFileSync(join(dataDir, `load-list-${n}.html`), template.replaceAll('__N__', String(n)));

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];
const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...batch.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/bench/data/load-list-${n}.html`);
  const load = await page.evaluate(() => window.benchLoad);
  if (load?.error) throw new Error(load.error);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  if (args.trace) writeFileSync(args.trace, JSON.stringify({ traceEvents: events }));
  console.log(
    `load at ${n} reports: long tasks (Long Tasks API): ` +
      load.longtasks.map((t) => `${t.startTime.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ') +
      ' ms',
  );

  // Main thread: the renderer's thread that ran the page's script.
  // The page's main thread: the one that ran the most script.
  const scriptTime = new Map();
  for (const e of events) {
    if (e.name !== 'FunctionCall' || e.ph !== 'X') continue;
    const key = `${e.pid}/${e.tid}`;
    scriptTime.set(key, (scriptTime.get(key) ?? 0) + e.dur);
  }
  const [pid, tid] =
    [...scriptTime]
      .sort((a, b) => b[1] - a[1])[0]?.[0]
      .split('/')
      .map(Number) ?? [];
  const script = { pid, tid };
  const tasks = events
    .filter(
      (e) =>
        e.pid === script?.pid &&
        e.tid === script?.tid &&
        e.ph === 'X' &&
        /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name),
    )
    .filter((e) => e.dur >= Number(args.over) * 1000)
    .sort((a, b) => a.ts - b.ts);
  // CPU samples on the trace clock: the profile's startTime shares it (microseconds).
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const samples = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    samples.push([t, byId.get(profile.samples[i])]);
  }
  const t0 =
    events.find((e) => e.name === 'navigationStart' && e.pid === script?.pid)?.ts ?? tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    const inner = events.filter(
      (e) =>
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ph === 'X' &&
        e.ts >= task.ts &&
        e.ts + e.dur <= task.ts + task.dur &&
        e !== task &&
        e.dur >= 5000,
    );
    console.log(
      `\ntask at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms — ` +
        inner
          .slice(0, 6)
          .map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}`)
          .join(', '),
    );
    const self = new Map();
    for (const [at, node] of samples) {
      if (at < task.ts || at > task.ts + task.dur) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + 1);
    }
    // Inclusive: samples with the function anywhere on the stack.
    const inclusive = new Map();
    for (const [at, node] of samples) {
      if (at < task.ts || at > task.ts + task.dur) continue;
      const seen = new Set();
      for (let n = node; n; n = parentOf.get(n.id)) {
        const { functionName, url, lineNumber } = n.callFrame;
        if (!url) continue;
        const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      }
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    if (args.inclusive) {
      console.log('  inclusive:');
      for (const [name, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
        console.log(`  ${((count / total) * 100).toFixed(0).padStart(3)}%  ${name}`);
      }
      console.log('  self:');
    }
    for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${((count / total) * 100).toFixed(0).padStart(3)}%  ${name}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
