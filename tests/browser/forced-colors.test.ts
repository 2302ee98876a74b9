// Forced colours (issue 13), emulated: a pressed tag (in the filter and on a card) and the selected
// "Any tag"/"All tags" button must look different from unpressed ones with system colours only, and
// the status indicator (the dot before the status text) must stay visible.
//
// Chromium only: Playwright emulates `forced-colors: active`. Puppeteer's Firefox over WebDriver BiDi
// cannot (its emulateMediaFeatures is CDP-only and throws; Firefox's own high-contrast switch is a
// browser-wide preference that would change every other test file), so there it is skipped, visibly.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import { within } from './helpers/layout-checks.js';
import { settle } from './helpers/layout-run.js';

const collection = {
  reports: [
    { id: 'FC-1', title: 'Pressed', status: 'resolved', tags: ['Python', 'Go'] },
    { id: 'FC-2', title: 'Retired', status: 'retired', tags: ['Python', 'Rust'] },
    { id: 'FC-3', title: 'Investigating', status: 'investigating', tags: ['Go'] },
  ],
};

/** What tells two controls apart with system colours: colours, border and outline. */
function look(el: Element): string {
  const s = getComputedStyle(el);
  return [
    s.backgroundColor,
    s.color,
    s.borderTopColor,
    s.borderTopWidth,
    s.outlineStyle,
    s.textDecorationLine,
  ].join(' | ');
}

describe('forced colours', function () {
  this.timeout(30_000);
  let container: HTMLDivElement;
  let list: IncReportList;

  before(async function () {
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      this.skip();
    }
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    await setViewport({ width: 1000, height: 800 });
    container = document.createElement('div');
    const filter = document.createElement('inc-tag-filter');
    filter.setAttribute('for', 'fc-list');
    list = document.createElement('inc-report-list');
    list.id = 'fc-list';
    list.setAttribute('theme', 'dark');
    container.append(filter, list);
    document.body.append(container);
    list.collection = collection;
    await settle([list]);
    list.tags = 'python';
    await settle([list]);
  });

  after(async () => {
    container?.remove();
    await emulateMedia({ forcedColors: 'none' }).catch(() => undefined);
    await setViewport({ width: 800, height: 600 });
  });

  it('a pressed tag in the filter differs from an unpressed one', () => {
    const buttons = within(container, 'inc-tag-filter', 'button.tag');
    const pressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'true');
    const unpressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'false');
    expect(pressed.length).to.equal(1);
    expect(unpressed.length).to.be.greaterThan(0);
    expect(look(pressed[0]!)).not.to.equal(look(unpressed[0]!));
  });

  it('a pressed tag on a card differs from an unpressed one', () => {
    const buttons = within(container, 'inc-card', 'button.tag');
    const pressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'true');
    const unpressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'false');
    expect(pressed.length).to.be.greaterThan(0);
    expect(unpressed.length).to.be.greaterThan(0);
    expect(look(pressed[0]!)).not.to.equal(look(unpressed[0]!));
  });

  it('the selected "Any tag"/"All tags" button differs from the other', async () => {
    for (const match of ['any', 'all'] as const) {
      list.match = match;
      await settle([list]);
      const buttons = within(container, 'inc-tag-filter', '.match button');
      expect(buttons.length).to.equal(2);
      const pressed = buttons.find((b) => b.getAttribute('aria-pressed') === 'true')!;
      const other = buttons.find((b) => b.getAttribute('aria-pressed') === 'false')!;
      expect(look(pressed), match).not.to.equal(look(other));
    }
  });

  it('the status dot stays visible', () => {
    const badges = within(container, 'inc-card', '.status');
    expect(badges.length).to.be.greaterThan(2);
    for (const badge of badges) {
      const dot = getComputedStyle(badge, '::before');
      const around = getComputedStyle(badge).backgroundColor;
      const painted = dot.backgroundColor !== around && dot.backgroundColor !== 'rgba(0, 0, 0, 0)';
      const bordered = parseFloat(dot.borderTopWidth) > 0 && dot.borderTopColor !== around;
      expect(parseFloat(dot.width), 'dot width').to.be.greaterThan(0);
      expect(
        painted || bordered,
        `${badge.textContent?.trim()}: dot ${dot.backgroundColor} on ${around}`,
      ).to.equal(true);
    }
  });
});
