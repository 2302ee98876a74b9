// UI text: each element holds its own groups of DEFAULT_STRINGS (so a page loads only its elements'
// text); the public union and the elements' defaults must agree. Which keys an element's `text` takes
// is checked by the compiler (`IncElement<K>`); this checks that no key is left to no element.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STRINGS } from '../../src/index.js';
import { IncAsciiDiagram } from '../../src/components/ascii-diagram/ascii-diagram.js';
import { IncCard } from '../../src/components/card/card.js';
import { IncCodeBlock } from '../../src/components/code-block/code-block.js';
import { IncReport } from '../../src/components/report/report.js';
import { IncReportList } from '../../src/components/report-list/report-list.js';
import { IncTagFilter } from '../../src/components/tag-filter/tag-filter.js';

const ELEMENTS = { IncAsciiDiagram, IncCard, IncCodeBlock, IncReport, IncReportList, IncTagFilter };
const defaultsOf = (element: unknown) =>
  (element as { defaultStrings: Record<string, string> }).defaultStrings;

describe('UI text per element', () => {
  it('gives every key of DEFAULT_STRINGS to some element, with the same text', () => {
    const held = new Map<string, string[]>();
    for (const [name, element] of Object.entries(ELEMENTS)) {
      const defaults = defaultsOf(element);
      assert.ok(Object.keys(defaults).length > 0, `${name} has its own defaults`);
      for (const [key, text] of Object.entries(defaults)) {
        assert.equal(text, DEFAULT_STRINGS[key as keyof typeof DEFAULT_STRINGS], `${name}.${key}`);
        held.set(key, [...(held.get(key) ?? []), name]);
      }
    }
    const orphans = Object.keys(DEFAULT_STRINGS).filter((key) => !held.has(key));
    assert.deepEqual(orphans, [], 'keys no element shows');
  });

  it('keeps each element’s text to its own groups (the diagram holds no list text)', () => {
    assert.equal(defaultsOf(IncAsciiDiagram).countLine, undefined);
    assert.equal(defaultsOf(IncCard).matchAny, undefined);
    assert.equal(defaultsOf(IncReportList).countLine, '{count} reports');
  });
});
