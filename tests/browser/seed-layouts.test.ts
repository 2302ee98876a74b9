// Issue 13: the three seed pages (tests/fixtures/seeds/) reproduced with attributes alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IncCard } from '../../src/components/card/card.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

async function list(template: ReturnType<typeof html>): Promise<IncReportList> {
  const el = await fixture<IncReportList>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('inc-card'), 'the cards render', { timeout: 8000 });
  await el.renderComplete;
  return el;
}

const cards = (el: IncReportList) => [...el.shadowRoot!.querySelectorAll<IncCard>('inc-card')];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const seen = (el: Element) => squash((el as HTMLElement).innerText);
/** The card's parts in document order, each named once. */
function partOrder(card: IncCard): string[] {
  const names: string[] = [];
  for (const el of card.shadowRoot!.querySelectorAll('[part]')) {
    const name = el.getAttribute('part')!;
    if (!names.includes(name) && el.closest('[hidden]') === null) names.push(name);
  }
  return names;
}

describe('the seed pages, with attributes alone', () => {
  it('the incident index: "id · slug" and status on one line, then title, summary, tags, diagram and the chosen link', async () => {
    const el = await list(
      html`<inc-report-list
        lang="en"
        src="/src/data/samples/incident-reports.json"
        sort="id"
        meta="id slug status"
        link-label="Read the full report →"
      ></inc-report-list>`,
    );
    const [first] = cards(el);
    await first!.updateComplete;
    const root = first!.shadowRoot!;
    const header = root.querySelector('[part="header"]')!;
    expect(seen(header)).to.equal('INC-001 · zero-downtime-migration STATUS: RESOLVED');
    const boxes = [...header.querySelectorAll('[part]')].map((p) => p.getBoundingClientRect());
    expect(Math.max(...boxes.map((b) => b.top)), 'one line').to.be.below(
      Math.min(...boxes.map((b) => b.bottom)),
    );
    expect(partOrder(first!)).to.deep.equal([
      'base',
      'header',
      'id',
      'slug',
      'status',
      'title',
      'summary',
      'tags',
      'tag',
      'diagram',
      'link',
    ]);
    expect(squash(root.querySelector('[part="link"]')!.textContent)).to.equal(
      'Read the full report →: Moving a live datastore without losing a row',
    );
    expect(seen(root.querySelector('[part="link"]')!)).to.contain('Read the full report →');
    expect(root.querySelector('[part="meta"]'), 'no second meta line').to.equal(null);
  });

  it('the dated notes: "date · reading time" above the summary', async () => {
    const el = await list(
      html`<inc-report-list
        lang="en-US"
        src="/src/data/samples/dated-notes.json"
        meta="date reading"
        heading=""
      ></inc-report-list>`,
    );
    const [first] = cards(el);
    const root = first!.shadowRoot!;
    expect(seen(root.querySelector('[part="header"]')!)).to.equal('May 10, 2026 · 5 min read');
    expect(partOrder(first!).slice(0, 3)).to.deep.equal(['base', 'header', 'summary']);
    expect(el.shadowRoot!.querySelector('[part="count"]'), 'no count line').to.equal(null);
  });

  it('the blog index: "date · category · reading time" above the title, in source order, with one count line', async () => {
    const el = await list(
      html`<inc-report-list
        lang="en-US"
        src="/src/data/samples/all-posts.json"
        meta="date category reading"
        sort="source"
        group-by="none"
        heading=""
      ></inc-report-list>`,
    );
    const all = cards(el);
    const content = (await (await fetch('/src/data/samples/all-posts.json')).json()) as {
      reports: Array<{ title: string }>;
    };
    expect(all.map((c) => c.report!.title)).to.deep.equal(content.reports.map((r) => r.title));
    const root = all[0]!.shadowRoot!;
    expect(seen(root.querySelector('[part="header"]')!)).to.equal('March 16, 2026 · Database · 9 min read');
    expect(partOrder(all[0]!).slice(0, 3)).to.deep.equal(['base', 'header', 'title']);
    expect(root.querySelector('[part="meta"]')).to.equal(null);
    const text = seen(el.shadowRoot!.querySelector('[part="header"]')!);
    expect(text.match(/posts so far/g), text).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part="section-title"]')).to.have.length(0);
  });

  it('a meta line reaches cards added to the list, and changes when the list attribute changes', async () => {
    const el = await list(
      html`<inc-report-list
        lang="en-US"
        .collection=${{ reports: [{ id: 'A-1', title: 'A', date: '2026-01-02', category: 'Ops' }] }}
        meta="category"
      ></inc-report-list>`,
    );
    const [card] = cards(el);
    const header = () => squash(card!.shadowRoot!.querySelector('[part="header"]')!.textContent);
    expect(header()).to.equal('Ops');
    el.meta = 'date category';
    await el.updateComplete;
    await card!.updateComplete;
    expect(header()).to.equal('January 2, 2026 · Ops');
  });
});
