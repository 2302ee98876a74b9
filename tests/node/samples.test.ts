// The sample content must say exactly what the seed pages say: every entry, field and diagram character.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseCollection, type Collection } from '../../src/data/index.js';
import { readJson, repoRoot, SAMPLE_NAMES } from './helpers.js';

/** The committed copy of the seed pages; the test compares against it so it runs anywhere. */
const SEEDS = path.join(repoRoot, 'tests/fixtures/seeds');
/** The shared originals, beside the repository in CI and on the team's machines. */
const SHARED_SEEDS = path.resolve(repoRoot, '../shared/seeds');

const seed = (name: string): string => readFileSync(path.join(SEEDS, `${name}.txt`), 'utf8');
const lines = (name: string): string[] => seed(name).split('\n');

interface SampleReport {
  id?: string;
  slug?: string;
  status?: string;
  title?: string;
  summary?: string;
  tags?: string[];
  url?: string;
  groups?: string[];
  diagram?: string[];
  date?: string;
  readingMinutes?: number;
  category?: string;
}
interface Sample {
  $schema: string;
  title?: string;
  description?: string;
  groups?: { id: string; title: string }[];
  reports: SampleReport[];
}

const sample = (name: string): Sample => readJson(`src/data/samples/${name}.json`) as Sample;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "May 10, 2026" → "2026-05-10". */
function isoDate(text: string): string {
  const match = /^(\w+) (\d{1,2}), (\d{4})$/.exec(text);
  assert.ok(match, `not a seed date: ${text}`);
  const [, month = '', day = '', year = ''] = match;
  assert.ok(MONTHS.includes(month), month);
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

describe('seed copies', () => {
  it('match the shared seed pages', (t) => {
    if (!existsSync(SHARED_SEEDS)) {
      // Skipped, not failed: the comparisons below use the committed copy, so a clone without shared/
      // beside it (a scratch clone, a fork) still tests the samples fully.
      t.skip(`shared seeds not found at ${SHARED_SEEDS}; compared against the committed copy only`);
      return;
    }
    for (const name of SAMPLE_NAMES) {
      assert.equal(
        seed(name),
        readFileSync(path.join(SHARED_SEEDS, `${name}.txt`), 'utf8'),
        `${name}.txt differs from ${SHARED_SEEDS}`,
      );
    }
  });
});

describe('samples', () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}.json parses cleanly and points editors at the JSON Schema`, () => {
      const doc = sample(name);
      const result = parseCollection(doc);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
      assert.deepEqual(result.warnings, []);
      assert.equal(doc.$schema, '../../../schema/collection.schema.json');
      assert.ok(existsSync(path.resolve(repoRoot, 'src/data/samples', doc.$schema)));
    });
  }

  it('incident-reports.json is the incident reports page', () => {
    const page = lines('incident-reports');
    const doc = sample('incident-reports');
    const heading = /^\$ ls \/var\/reports — (\d+) entries$/.exec(page[0] ?? '');
    assert.ok(heading, 'seed heading');
    assert.equal(doc.title, page[2]);
    assert.equal(doc.description, page[4]);
    assert.deepEqual(doc.groups, [{ id: 'reports', title: page[6] }]);

    const starts = page.flatMap((line, i) => (/^INC-\d{3} · /.test(line) ? [i] : []));
    assert.equal(starts.length, Number(heading[1]));
    assert.equal(doc.reports.length, starts.length);
    starts.forEach((start, n) => {
      const end = starts[n + 1] ?? page.length;
      const entry = page.slice(start, end);
      const report = doc.reports[n] ?? {};
      const head = /^(INC-\d{3}) · ([a-z0-9-]+)([A-Z]+)$/.exec(entry[0] ?? '');
      assert.ok(head, entry[0]);
      assert.equal(report.id, head[1]);
      assert.equal(report.slug, head[2]);
      assert.equal(report.status?.toUpperCase(), head[3]);
      assert.equal(report.title, entry[2]);
      assert.equal(report.summary, entry[4]);
      assert.equal(report.tags?.join(''), entry[6], `${report.id} tags`);
      assert.equal(entry[7], 'read the report');
      assert.equal(report.url, `/reports/${report.slug}`);
      assert.deepEqual(report.groups, ['reports']);
      assert.deepEqual(report.diagram, entry.slice(8), `${report.id} diagram`);
    });
  });

  it('dated-notes.json is the dated notes page', () => {
    const page = lines('dated-notes').filter(Boolean);
    const doc = sample('dated-notes');
    assert.equal(page.length % 3, 0);
    assert.equal(doc.reports.length, page.length / 3);
    doc.reports.forEach((report, n) => {
      const [meta = '', summary, tags] = page.slice(n * 3, n * 3 + 3);
      const match = /^(.+) · (\d+) min read$/.exec(meta);
      assert.ok(match, meta);
      assert.equal(report.date, isoDate(match[1] ?? ''));
      assert.equal(report.readingMinutes, Number(match[2]));
      assert.equal(report.summary, summary);
      assert.equal(report.title, undefined);
      assert.equal(report.tags?.join(''), tags);
    });
  });

  it('all-posts.json is the all posts page', () => {
    const page = lines('all-posts');
    const doc = sample('all-posts');
    assert.deepEqual([page[0], page[1]], ['ALL', 'POSTS']);
    assert.equal(doc.title?.toUpperCase(), `${page[0]} ${page[1]}`);
    assert.equal(doc.description, page[3]);
    const count = /^(\d+) posts so far\.$/.exec(page[3] ?? '');
    assert.ok(count);
    const starts = page.flatMap((line, i) => (/ min read$/.test(line) ? [i] : []));
    assert.equal(starts.length, Number(count[1]));
    assert.equal(doc.reports.length, starts.length);
    starts.forEach((start, n) => {
      const report = doc.reports[n] ?? {};
      const match = /^(\w+ \d{1,2}, \d{4})(.+?)(\d+) min read$/.exec(page[start] ?? '');
      assert.ok(match, page[start]);
      assert.equal(report.date, isoDate(match[1] ?? ''));
      assert.equal(report.category, match[2]);
      assert.equal(report.readingMinutes, Number(match[3]));
      assert.equal(report.title, page[start + 2]);
      assert.equal(report.summary, page[start + 4]);
    });
  });

  it('diagrams survive normalisation character for character', () => {
    const result = parseCollection(sample('incident-reports'));
    const collection: Collection | undefined = result.ok ? result.collection : undefined;
    sample('incident-reports').reports.forEach((report, n) => {
      assert.deepEqual(collection?.reports[n]?.diagram, { lines: report.diagram });
    });
  });
});
