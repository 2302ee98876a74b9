// Geometric layout tests (issue 13), in Chromium and Firefox: the bundled samples plus long content
// (a 10,000-character word, 200 tags, a very long title and summary, a huge diagram, a long code
// line, reports opened in place) at 320 and 390 px (768 and 1280: layout-wide.test.ts), in both card
// variants, every theme and both directions. Nothing may stick out past its host or the screen
// outside scroll boxes, no visible text is under 12 px, titles keep at least half the card, an
// opened report stays inside its card. Host stylesheets from real projects:
// layout-host-styles.test.ts.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { THEMES } from '../../src/shared/themes.js';
import { IncCard } from '../../src/components/card/card.js';
import { IncReport } from '../../src/components/report/report.js';
import { IncReportList } from '../../src/components/report-list/report-list.js';
import { IncTagFilter } from '../../src/components/tag-filter/tag-filter.js';
import { IncAsciiDiagram } from '../../src/components/ascii-diagram/ascii-diagram.js';
import { IncCodeBlock } from '../../src/components/code-block/code-block.js';
import { deepQueryAll } from './helpers/layout-checks.js';
import { addSheet, allCombos, build, checkCombos, loadCollections, settle } from './helpers/layout-run.js';

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('layout: samples and long content, phone widths', function () {
  this.timeout(150_000);

  it('320 px: every theme × card, row × ltr, rtl', async () => {
    await checkCombos({ name: 'none' }, [320], allCombos(THEMES));
  });

  it('390 px: every theme × card, row × ltr, rtl', async () => {
    await checkCombos({ name: 'none' }, [390], allCombos(THEMES));
  });
});

describe('sizes follow the host text, not the root', function () {
  this.timeout(60_000);

  it('a 62.5% root with the usual body reset changes no size inside the elements', async () => {
    await setViewport({ width: 1280, height: 900 });
    const all = await loadCollections();
    const measure = async (): Promise<number[]> => {
      const { container, lists } = build(all);
      try {
        await settle(lists);
        return deepQueryAll(
          container,
          '.title, .summary, .tag, .meta, .count, input, .id, .status, .font, .copy',
        ).map((el) => parseFloat(getComputedStyle(el).fontSize));
      } finally {
        container.remove();
      }
    };
    const plain = await measure();
    const reset = await addSheet({
      name: 'reset',
      css: 'html { font-size: 62.5% } body { font-size: 1.6rem }',
    });
    try {
      const withReset = await measure();
      expect(withReset.length).to.equal(plain.length);
      expect(withReset).to.deep.equal(plain);
    } finally {
      reset?.remove();
    }
  });

  it('no element stylesheet sizes anything in rem', () => {
    for (const element of [IncCard, IncReport, IncReportList, IncTagFilter, IncAsciiDiagram, IncCodeBlock]) {
      const styles = [element.styles].flat(Infinity as 1) as { cssText?: string }[];
      const text = styles.map((s) => s.cssText ?? '').join('\n');
      const uses = text.match(/[^;{}]*\d(\.\d+)?rem\b[^;]*/g) ?? [];
      expect(uses, `${element.name} sizes in rem`).to.deep.equal([]);
    }
  });
});
