// Parsed output is valid input: `parseCollection(x).collection` parses again, with no problem and no
// warning, to a deep-equal value. Checked on generated collections and feeds, in both modes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCollection, type ParseResult } from '../../src/data/index.js';
import { collection, feed } from './arbitraries.js';
import { readJson, SAMPLE_NAMES } from './helpers.js';

function roundTrips(first: ParseResult): void {
  if (!first.ok) return;
  // Through JSON as well, the way the output travels (a file, a fetch, a property).
  const again = parseCollection(JSON.parse(JSON.stringify(first.collection)));
  assert.ok(again.ok, JSON.stringify(!again.ok && again.issues));
  assert.deepEqual(again.collection, first.collection);
  assert.deepEqual(again.warnings, []);
}

describe('round trip', () => {
  it('the samples parse back to themselves', () => {
    for (const name of SAMPLE_NAMES) roundTrips(parseCollection(readJson(`src/data/samples/${name}.json`)));
  });

  it('a diagram, in every input form and as a block, parses back to itself', () => {
    const first = parseCollection({
      reports: [
        {
          title: 'D',
          diagram: { ascii: 'a\nb', label: 'L', caption: 'C' },
          body: [{ type: 'diagram', ascii: ['x', 'y'], caption: 'cap' }],
        },
      ],
    });
    assert.ok(first.ok);
    roundTrips(first);
  });

  it('holds for generated collections', () => {
    fc.assert(
      fc.property(collection, (input) => {
        roundTrips(parseCollection(input));
        // Lenient parsing always succeeds on these (only reports can break), so the property never holds vacuously.
        const lenient = parseCollection(input, { lenient: true });
        assert.ok(lenient.ok);
        roundTrips(lenient);
      }),
      { numRuns: 400 },
    );
  });

  it('holds for generated JSON Feeds', () => {
    fc.assert(
      fc.property(feed, (input) => {
        const first = parseCollection(input);
        assert.ok(first.ok, JSON.stringify(!first.ok && first.issues));
        roundTrips(first);
      }),
      { numRuns: 300 },
    );
  });
});
