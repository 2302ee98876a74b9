// Right to left (issue 13): content text keeps its own direction inside a right-to-left page, so
// nothing reorders: a tag's count stays apart from its label, trailing punctuation stays at the end
// of a left-to-right title, and numbers and ranges keep their order. Also: scroll boxes get a
// scrollbar in the theme's colours (Firefox drew a bright white one in the terminal theme).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import { within } from './helpers/layout-checks.js';
import { settle } from './helpers/layout-run.js';

const collection = {
  title: 'Incident reports.',
  reports: [
    {
      id: 'INC-001',
      title: 'Moving a datastore (without downtime).',
      tags: ['Python', 'Go'],
      outcomes: [{ label: 'p99 latency', value: '95% → 85%' }],
      diagram: ['a ──▶ b', `c ${'─'.repeat(300)}▶ d`],
    },
    { id: 'INC-002', title: 'Second', tags: ['Python'] },
  ],
};

/** The on-screen box of the character at `offset` in the first text node under `el` with that text. */
function charRect(el: Element, text: string, offset: number): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + offset);
    range.setEnd(node, at + offset + 1);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" not found`);
}

const charX = (el: Element, text: string, offset: number): number => charRect(el, text, offset).left;

describe('right to left', function () {
  this.timeout(30_000);
  let container: HTMLDivElement;
  let list: IncReportList;

  before(async () => {
    await setViewport({ width: 900, height: 800 });
    container = document.createElement('div');
    container.dir = 'rtl';
    const filter = document.createElement('inc-tag-filter');
    filter.setAttribute('for', 'bidi-list');
    list = document.createElement('inc-report-list');
    list.id = 'bidi-list';
    list.setAttribute('theme', 'terminal');
    list.collection = collection;
    container.append(filter, list);
    document.body.append(container);
    await settle([list]);
  });

  after(() => container?.remove());

  it('a tag count does not touch its label', () => {
    const buttons = within(container, 'inc-tag-filter', 'button.tag');
    expect(buttons.length).to.equal(2);
    for (const button of buttons) {
      const count = button.querySelector('.count')!.getBoundingClientRect();
      const label = button.getBoundingClientRect();
      // The label is the button's text before the count: measure it through its characters.
      const name = button.textContent.trim().replace(/[\d,\s]+$/, '');
      const first = charRect(button, name, 0);
      const last = charRect(button, name, name.length - 1);
      const labelLeft = Math.min(first.left, last.left);
      const labelRight = Math.max(first.right, last.right);
      const gap = count.right <= labelLeft ? labelLeft - count.right : count.left - labelRight;
      expect(
        gap,
        `${name}: gap between label and count in a ${Math.round(label.width)} px button`,
      ).to.be.at.least(3);
    }
  });

  it('trailing punctuation stays at the end of a left-to-right title', () => {
    const title = list.shadowRoot!.querySelector('.header .title')!;
    expect(charX(title, 'Incident reports.', 16), 'the full stop after the s').to.be.greaterThan(
      charX(title, 'Incident reports.', 15),
    );
    const cardTitle = within(container, 'inc-card', '.title')[0]!;
    const text = 'Moving a datastore (without downtime).';
    expect(charX(cardTitle, text, text.length - 1)).to.be.greaterThan(charX(cardTitle, text, 0));
  });

  it('numbers, ids and ranges keep their order', () => {
    const value = within(container, 'inc-card', '.outcome dd')[0]!;
    expect(charX(value, '95% → 85%', 0), '95 before 85').to.be.lessThan(charX(value, '95% → 85%', 6));
    const id = within(container, 'inc-card', '.id')[0]!;
    expect(charX(id, 'INC-001', 0), 'INC before 001').to.be.lessThan(charX(id, 'INC-001', 6));
  });

  it('scroll boxes have a themed scrollbar', () => {
    const scroller = within(container, 'inc-card', 'inc-ascii-diagram')
      .map((d) => d.shadowRoot!.querySelector('.scroller')!)
      .find((s) => s.scrollWidth > s.clientWidth)!;
    expect(scroller, 'a scrolling diagram').to.exist;
    expect(getComputedStyle(scroller).scrollbarColor).not.to.equal('auto');
  });
});
