// Render-time leniency: with `lenient`, a report that breaks a rule is left out and listed in
// `skipped` (in the input's own terms); the rest render. A broken collection shape still fails, and
// the strict parse (what the validator uses) is unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCollection, parseCollectionInSlices } from '../../src/data/index.js';
import { report as anyReport } from './arbitraries.js';

const good = (i: number) => ({ id: `R-${i}`, title: `Report ${i}`, url: `/r/${i}` });

describe('lenient parse', () => {
  it('leaves out only the invalid report, naming its path, while the strict parse fails', () => {
    const input = {
      reports: [good(0), good(1), good(2), { ...good(3), url: 'javascript:alert(1)' }, good(4)],
    };
    assert.equal(parseCollection(input).ok, false);
    const result = parseCollection(input, { lenient: true });
    assert.ok(result.ok);
    assert.deepEqual(
      result.collection.reports.map((r) => r.id),
      ['R-0', 'R-1', 'R-2', 'R-4'],
    );
    assert.deepEqual(result.skipped, [
      {
        path: 'reports[3].url',
        message: 'must be http(s), mailto:, tel: or relative; got "javascript:alert(1)"',
      },
    ]);
  });

  it('skips the later of two reports with one id, and an unknown group reference', () => {
    const result = parseCollection(
      {
        groups: [{ id: 'db', title: 'DB' }],
        reports: [good(0), { ...good(1), id: 'R-0' }, { ...good(2), groups: ['nope'] }, good(3)],
      },
      { lenient: true },
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.collection.reports.map((r) => r.id),
      ['R-0', 'R-3'],
    );
    assert.deepEqual(
      result.skipped?.map((i) => i.path),
      ['reports[1].id', 'reports[2].groups[0]'],
    );
  });

  it('does not count a skipped report’s id as taken', () => {
    const result = parseCollection(
      {
        reports: [
          { id: 'A', title: 'x', url: 'javascript:x' },
          { id: 'A', title: 'y' },
        ],
      },
      { lenient: true },
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.collection.reports.map((r) => r.title),
      ['y'],
    );
  });

  it('names paths in a feed’s and a bare array’s own terms', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'F',
      items: [
        { id: '1', title: 'A', content_text: 'a' },
        { id: '2', title: 'B', url: 'data:text/html,x' },
      ],
    };
    const fromFeed = parseCollection(feed, { lenient: true });
    assert.ok(fromFeed.ok);
    assert.deepEqual(
      fromFeed.skipped?.map((i) => i.path),
      ['items[1].url'],
    );
    const fromArray = parseCollection([good(0), { title: 5 }], { lenient: true });
    assert.ok(fromArray.ok);
    assert.deepEqual(
      fromArray.skipped?.map((i) => i.path),
      ['[1].title'],
    );
  });

  it('still fails a broken collection shape', () => {
    for (const input of [
      42,
      { reports: 'x' },
      { title: 5, reports: [] },
      { groups: [{ id: 'Bad Id' }], reports: [] },
    ]) {
      assert.equal(parseCollection(input, { lenient: true }).ok, false, JSON.stringify(input));
    }
  });

  it('equals the strict parse, plus an empty `skipped`, on valid content', () => {
    const input = { reports: [good(0), good(1)] };
    const strict = parseCollection(input);
    const lenient = parseCollection(input, { lenient: true });
    assert.deepEqual(lenient, { ...strict, skipped: [] });
  });

  it('one invalid report skips only itself (property)', () => {
    const broken = fc.constantFrom<[Record<string, unknown>, string]>(
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ date: '2026-02-30' }, 'date'],
      [{ status: 'fixed' }, 'status'],
      [{ readingMinutes: 0 }, 'readingMinutes'],
      [{ body: [{ type: 'video' }] }, 'body[0].type'],
      [{ summary: 'see [x](vbscript:y)' }, 'summary'],
    );
    fc.assert(
      fc.property(
        fc.array(anyReport, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        broken,
        (reports, pick, [fields, field]) => {
          // Valid reports, each with its own id and no group references (the arbitrary can break those rules too).
          const valid = reports
            .map((r, i) => ({ ...r, id: `V-${i}`, groups: [] }))
            .filter((r) => parseCollection({ reports: [r] }).ok);
          const at = pick % (valid.length + 1);
          const bad = { id: 'BAD', title: 'Bad', ...fields };
          const input = { reports: [...valid.slice(0, at), bad, ...valid.slice(at)] };
          const result = parseCollection(input, { lenient: true });
          assert.ok(result.ok);
          assert.deepEqual(
            result.collection,
            (parseCollection({ reports: valid }) as { collection: unknown }).collection,
          );
          assert.ok(result.skipped?.length);
          for (const issue of result.skipped ?? [])
            assert.ok(issue.path.startsWith(`reports[${at}]`), issue.path);
          assert.ok(result.skipped?.some((issue) => issue.path === `reports[${at}].${field}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same result in slices as in one pass, past the slicing threshold', async () => {
    const reports = Array.from({ length: 620 }, (_, i) =>
      i % 97 === 5
        ? { ...good(i), url: 'javascript:x' }
        : i % 101 === 7
          ? { ...good(i), id: 'R-0' }
          : good(i),
    );
    const one = parseCollection({ reports }, { lenient: true });
    const sliced = await parseCollectionInSlices({ reports }, () => Promise.resolve(), { lenient: true });
    assert.ok(one.ok && sliced.ok);
    assert.deepEqual(sliced, one);
    assert.equal(one.skipped?.length, 7 + 7);
  });
});
