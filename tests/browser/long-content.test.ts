// Issue 13, long content: tags capped with "+N more", a diagram cut at its row cap that says how many
// lines are hidden and expands, and chunk placeholders sized from measured cards.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { parseCollection, type Report } from '../../src/data/index.js';
import type { IncCard } from '../../src/components/card/card.js';
import type { IncAsciiDiagram } from '../../src/components/ascii-diagram/ascii-diagram.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

function report(input: Record<string, unknown>): Report {
  const result = parseCollection({ reports: [input] });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.collection.reports[0]!;
}

const manyTags = report({
  id: 'T-200',
  title: 'Two hundred tags',
  tags: Array.from({ length: 200 }, (_, i) => `tag-${i + 1}`),
});
const tagTexts = (card: IncCard) =>
  [...card.shadowRoot!.querySelectorAll('[part="tag"]')].map((t) => t.textContent.trim());
const moreButton = (card: IncCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-tags"]');

describe('tags past the cap', () => {
  it('shows 8 tags and a "+192 more" button, named for what it reveals', async () => {
    const card = await fixture<IncCard>(html`<inc-card lang="en" .report=${manyTags}></inc-card>`);
    expect(tagTexts(card)).to.deep.equal(manyTags.tags.slice(0, 8));
    const button = moreButton(card)!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal('+192 more tags');
    const visible = [...button.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(
      visible
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ).to.equal('+192 more');
  });

  it('reveals the rest from the keyboard and moves focus to the first revealed tag', async () => {
    const card = await fixture<IncCard>(html`<inc-card lang="en" .report=${manyTags}></inc-card>`);
    moreButton(card)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tagTexts(card).length === 200, 'every tag shows');
    expect(moreButton(card)).to.equal(null);
    await waitUntil(() => card.shadowRoot!.activeElement?.textContent?.trim() === 'tag-9', 'focus on tag 9');
  });

  it('follows tag-limit on the card or the list; 0 shows every tag; never "+1 more"', async () => {
    const three = await fixture<IncCard>(html`<inc-card tag-limit="3" .report=${manyTags}></inc-card>`);
    expect(tagTexts(three)).to.have.length(3);
    const all = await fixture<IncCard>(html`<inc-card tag-limit="0" .report=${manyTags}></inc-card>`);
    expect(tagTexts(all)).to.have.length(200);
    const nine = report({ id: 'N', title: 'Nine', tags: Array.from({ length: 9 }, (_, i) => `t${i}`) });
    const card = await fixture<IncCard>(html`<inc-card .report=${nine}></inc-card>`);
    expect(tagTexts(card)).to.have.length(9);
    expect(moreButton(card)).to.equal(null);
    const list = await fixture<IncReportList>(
      html`<inc-report-list
        tag-limit="2"
        .collection=${{ reports: [{ id: 'A', title: 'A', tags: manyTags.tags }] }}
      ></inc-report-list>`,
    );
    const listed = list.shadowRoot!.querySelector('inc-card')!;
    await listed.updateComplete;
    expect(tagTexts(listed)).to.have.length(2);
    expect(listed.shadowRoot!.querySelector('button[part="tag"]')).to.exist;
    list.tagLimit = 4;
    await list.updateComplete;
    await listed.updateComplete;
    expect(tagTexts(listed)).to.have.length(4);
  });
});

describe('a diagram past its row cap', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i + 1}`);

  it('says how many lines are hidden, and a button shows them', async () => {
    const el = await fixture<IncAsciiDiagram>(
      html`<inc-ascii-diagram lang="en-US" .diagram=${{ lines }}></inc-ascii-diagram>`,
    );
    const rows = () => el.shadowRoot!.querySelectorAll('[part="diagram"] .row').length;
    expect(rows()).to.equal(500);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="expand-button"]')!;
    expect(button.textContent.trim()).to.equal('Show 4,500 more lines');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows() === 5000, 'every line renders');
    expect(el.shadowRoot!.querySelector('[part="expand-button"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('diagram');
    el.diagram = { lines: lines.slice(0, 600) };
    await el.updateComplete;
    expect(rows()).to.equal(500);
  });
});

describe('chunk placeholders', () => {
  /**
   * Six hundred cards like the dated notes (a mix of sizes), so the list renders progressively
   * (every one: `windowing="never"`, as after "Show all").
   */
  async function longCollection(): Promise<unknown> {
    const notes = (await (await fetch('/src/data/samples/dated-notes.json')).json()) as { reports: object[] };
    const reports = Array.from({ length: 600 }, (_, i) => ({
      ...notes.reports[i % notes.reports.length],
      id: `N-${i}`,
      body: [],
    }));
    return { reports };
  }

  for (const variant of ['card', 'row'] as const) {
    it(`keep the page height within 25% of the final one while the list renders (${variant})`, async () => {
      const content = await longCollection();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <inc-report-list
            variant=${variant}
            sort="source"
            windowing="never"
            .collection=${content}
          ></inc-report-list>
        </div>`,
      );
      const list = wrapper.querySelector<IncReportList>('inc-report-list')!;
      // The list height on every frame from the first rendered card to the end of the render.
      const heights: number[] = [];
      let done = false;
      void list.renderComplete.then(() => (done = true));
      while (!done) {
        // Cards: from the first rendered card. Rows: from the third (a row's height varies too
        // much with its content for the first one or two to stand for them; the list blends its
        // estimate in until three have rendered).
        const first = [...list.shadowRoot!.querySelectorAll('inc-card')].slice(0, variant === 'row' ? 3 : 1);
        // A chunk inserted since the last frame has not had its content-visibility decided: a
        // read between tasks lays it out skipped, at its placeholder size, a state the next
        // frame's rendering update decides (and the list's resize observer corrects) before it
        // is painted. Such reads are not what the reader saw.
        const decided = first[0]?.checkVisibility({ contentVisibilityAuto: true });
        if (first.length > 0 && first.every((c) => c.hasUpdated) && decided)
          heights.push(list.getBoundingClientRect().height);
        // Read after each frame's layout, resize observers and paint: what the reader saw.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      expect(heights.length, 'frames before the render completed').to.be.greaterThan(2);
      const estimated = list.getBoundingClientRect().height;
      // The true height: every chunk laid out.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.chunk { content-visibility: visible !important; }');
      list.shadowRoot!.adoptedStyleSheets = [...list.shadowRoot!.adoptedStyleSheets, sheet];
      const final = list.getBoundingClientRect().height;
      for (const [i, height] of heights.entries()) {
        expect(height / final, `frame ${i}: ${height} px, final ${final} px`).to.be.within(0.75, 1.25);
      }
      expect(estimated / final, `estimated ${estimated} px, final ${final} px`).to.be.within(0.75, 1.25);
    });
  }
});
