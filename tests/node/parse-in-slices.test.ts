// parseCollectionInSlices must give exactly what parseCollection gives: it only splits the work of a
// large collection into slices. Checked on generated collections padded past the slicing threshold,
// on the samples scaled up, and on a JSON Feed and a bare array.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCollection, parseCollectionInSlices } from '../../src/data/index.js';
import { readJson, SAMPLE_NAMES } from './helpers.js';

type Json = Record<string, unknown>;
/** Valid reports that push a collection past the threshold (500) without adding problems. */
const filler = Array.from({ length: 520 }, (_, i) => ({ id: `F-${i}`, title: `Filler ${i}`, tags: ['x'] }));
const noPause = () => Promise.resolve();

const sorted = <T>(items: T[]) =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function same(input: unknown): Promise<void> {
  const one = parseCollection(input);
  const sliced = await parseCollectionInSlices(input, noPause);
  assert.equal(sliced.ok, one.ok);
  if (one.ok && sliced.ok) {
    assert.deepEqual(sliced.collection, one.collection);
    // Warnings come from a walk over the input's keys; only their order may differ.
    assert.deepEqual(sorted(sliced.warnings), sorted(one.warnings));
  } else if (!one.ok && !sliced.ok) {
    assert.deepEqual(sliced.issues, one.issues);
  }
}

describe('parseCollectionInSlices', () => {
  it('equals parseCollection on generated collections past the threshold', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('javascript:x', 'RESOLVED', '2026-02-30', 'a-b', '**x**', '[a](/b)', 'F-3'),
    );
    const report = fc.record(
      {
        id: text,
        title: text,
        summary: text,
        status: text,
        tags: fc.array(text, { maxLength: 3 }),
        groups: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
        date: text,
        readingMinutes: fc.oneof(fc.integer(), fc.double()),
        url: text,
        diagram: fc.oneof(text, fc.array(text, { maxLength: 3 })),
        extra: text,
      },
      { requiredKeys: [] },
    );
    const collection = fc.record(
      {
        title: text,
        typo: text,
        groups: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'B'), title: text }), { maxLength: 3 }),
        reports: fc.array(report, { maxLength: 4 }).map((reports) => [...reports, ...filler]),
      },
      { requiredKeys: ['reports'] },
    );
    await fc.assert(fc.asyncProperty(collection, same), { numRuns: 150 });
  });

  it('equals parseCollection on the samples scaled up, as a collection, a bare array and a feed', async () => {
    for (const name of SAMPLE_NAMES) {
      const sample = readJson(`src/data/samples/${name}.json`) as { reports: Json[] };
      const reports = Array.from({ length: 600 }, (_, i) => {
        const base = sample.reports[i % sample.reports.length]!;
        return { ...base, id: `S-${i}`, slug: undefined };
      }).map((r) => JSON.parse(JSON.stringify(r)) as Json);
      await same({ ...sample, reports });
      await same(reports);
    }
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      items: Array.from({ length: 600 }, (_, i) => ({ id: i, title: `Item ${i}`, content_text: 'a\n\nb' })),
    };
    await same(feed);
  });

  it('pauses between slices on a large collection, and not on a small one', async () => {
    let pauses = 0;
    const count = () => {
      pauses++;
      return Promise.resolve();
    };
    const big = Array.from({ length: 20000 }, (_, i) => ({ id: `B-${i}`, title: `Big ${i}`, tags: ['t'] }));
    const result = await parseCollectionInSlices(big, count);
    assert.ok(result.ok);
    assert.ok(pauses > 0, 'paused at least once over 20,000 reports');
    pauses = 0;
    await parseCollectionInSlices(filler.slice(0, 10), count);
    assert.equal(pauses, 0);
    assert.deepEqual(await parseCollectionInSlices(filler, noPause), parseCollection(filler));
  });

  it('never rejects, whatever it is given', async () => {
    for (const value of [null, 1, 'x', [], {}, { reports: 'no' }, [null, 1]]) {
      assert.deepEqual(await parseCollectionInSlices(value, noPause), parseCollection(value));
    }
  });
});
