// Frameworks decide property or attribute by `name in Element.prototype` before an element is
// defined: @lit/react in Node (server rendering) and in a browser that registers late. Lit's
// decorators put the accessors on the prototype when the class is made; with `static properties`
// they come only when the class is finalized, so each element finalizes itself when it is made.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncAsciiDiagram } from '../../src/components/ascii-diagram/ascii-diagram.js';
import { IncCard } from '../../src/components/card/card.js';
import { IncCodeBlock } from '../../src/components/code-block/code-block.js';
import { IncReport } from '../../src/components/report/report.js';
import { IncReportList } from '../../src/components/report-list/report-list.js';
import { IncTagFilter } from '../../src/components/tag-filter/tag-filter.js';

const PROPERTIES: [string, { prototype: object }, string[]][] = [
  ['inc-card', IncCard, ['report', 'reportId', 'src', 'variant', 'strings', 'theme']],
  ['inc-report', IncReport, ['report', 'reportId', 'headingLevel', 'strings']],
  ['inc-report-list', IncReportList, ['collection', 'groupBy', 'syncUrl', 'strings']],
  ['inc-ascii-diagram', IncAsciiDiagram, ['diagram', 'ascii', 'noCopy', 'strings']],
  ['inc-code-block', IncCodeBlock, ['code', 'language', 'lineNumbers', 'strings']],
  ['inc-tag-filter', IncTagFilter, ['for', 'search', 'limit', 'strings']],
];

describe('reactive properties on the prototype, before any define', () => {
  for (const [tag, element, names] of PROPERTIES) {
    it(`${tag}: ${names.join(', ')} (the class imported, never defined)`, () => {
      assert.equal(globalThis.customElements?.get(tag), undefined, `${tag} is not defined here`);
      const missing = names.filter((name) => !(name in element.prototype));
      assert.deepEqual(missing, [], `${tag}: set as attributes by a framework`);
    });
  }
});
