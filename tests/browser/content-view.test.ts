// Issue 13, what cards and reports show: only what the author wrote, a title-less report led by its
// summary as text, the opened report as a reading view with each field once, an aligned timeline,
// and `#id` deep links that scroll to the card.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { parseCollection, type Collection, type Report } from '../../src/data/index.js';
import type { IncCard } from '../../src/components/card/card.js';
import type { IncReport } from '../../src/components/report/report.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

const SAMPLES = ['incident-reports', 'dated-notes', 'all-posts'] as const;

function collection(input: unknown): Collection {
  const result = parseCollection(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.collection;
}

const report = (input: Record<string, unknown>): Report => collection({ reports: [input] }).reports[0]!;

async function sample(name: string): Promise<Collection> {
  return collection(await (await fetch(`/src/data/samples/${name}.json`)).json());
}

/** The text a reader sees in an element's shadow root and every shadow root inside it. */
function visibleText(root: ShadowRoot): string {
  let text = '';
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.shadowRoot) text += `\n${visibleText(el.shadowRoot)}`;
  }
  const top = root.firstElementChild as HTMLElement | null;
  return `${top?.innerText ?? ''}${text}`;
}

const partsIn = (root: ShadowRoot, name: string) => [...root.querySelectorAll(`[part~="${name}"]`)];

describe('only what the author wrote is shown', () => {
  it('shows the authored id and slug as "INC-001 · zero-downtime-migration"', async () => {
    const { reports } = await sample('incident-reports');
    const card = await fixture<IncCard>(html`<inc-card .report=${reports[0]}></inc-card>`);
    const header = card.shadowRoot!.querySelector('[part="header"]') as HTMLElement;
    expect(header.innerText.replace(/\s+/g, ' ')).to.match(/^INC-001 · zero-downtime-migration\b/);
    expect(partsIn(card.shadowRoot!, 'slug')[0]!.textContent).to.equal('zero-downtime-migration');
  });

  it('never shows a generated id or slug, a URL-shaped id or one that repeats the title', async () => {
    for (const name of SAMPLES) {
      for (const r of (await sample(name)).reports) {
        const card = await fixture<IncCard>(html`<inc-card .report=${r}></inc-card>`);
        const full = await fixture<IncReport>(html`<inc-report .report=${r}></inc-report>`);
        for (const el of [card, full]) {
          const text = visibleText(el.shadowRoot!);
          if (r.id.startsWith('INC-')) expect(text, `${name} ${r.id}`).to.contain(r.id);
          else expect(text, `${name}: generated id ${r.id}`).not.to.contain(r.id);
        }
      }
    }
    const feedItem = report({ id: 'https://blog.example/posts/42', title: 'A post from a feed' });
    const card = await fixture<IncCard>(html`<inc-card .report=${feedItem}></inc-card>`);
    expect(visibleText(card.shadowRoot!)).not.to.contain('blog.example');
    // A feed whose ids are its titles (gourav.io's, in tests/fixtures/real-world): the title shows once.
    const titleId = report({
      id: 'Git Cheatsheet - handy commands',
      title: 'Git Cheatsheet - handy commands',
    });
    const titleCard = await fixture<IncCard>(html`<inc-card .report=${titleId}></inc-card>`);
    expect(visibleText(titleCard.shadowRoot!).match(/Git Cheatsheet/g)).to.have.length(1);
    // Feeds' machine-made ids: file names, paths, hashes, timestamped slugs, bare numbers.
    for (const id of [
      '2023_03_29_post.mdx',
      'user/posts/x/index.md',
      'ce839cf2659198bab26bbefbfbf5011a9b2a9d4e',
      'the-vault-1779978600000',
      '93218',
    ]) {
      const machine = await fixture<IncCard>(
        html`<inc-card .report=${report({ id, title: 'A post' })}></inc-card>`,
      );
      expect(partsIn(machine.shadowRoot!, 'id'), id).to.have.length(0);
    }
    // Markup in a label-shaped id is shown as the text it is.
    const markup = '<img src=x onerror=alert(1)> INC-1';
    const marked = await fixture<IncCard>(
      html`<inc-card .report=${report({ id: markup, title: 'A post' })}></inc-card>`,
    );
    expect(partsIn(marked.shadowRoot!, 'id')[0]?.textContent).to.equal(markup);
    expect(marked.shadowRoot!.querySelector('img')).to.equal(null);
    const slugOnly = report({ slug: 'dns-outage', title: 'DNS outage' });
    const slugCard = await fixture<IncCard>(html`<inc-card .report=${slugOnly}></inc-card>`);
    expect(visibleText(slugCard.shadowRoot!).match(/dns-outage/g)).to.have.length(1);
  });
});

describe('a report without a title', () => {
  const note = report({ id: 'N-7', summary: 'A bulk migration takes hours; CDC keeps both sides in sync.' });

  it('leads with its summary as text in a card, as its heading and accessible name', async () => {
    const card = await fixture<IncCard>(html`<inc-card .report=${note}></inc-card>`);
    const titled = await fixture<IncCard>(html`<inc-card .report=${{ ...note, title: 'T' }}></inc-card>`);
    const lead = card.shadowRoot!.querySelector('[part="summary"]')!;
    expect(lead.getAttribute('role')).to.equal('heading');
    expect(lead.getAttribute('aria-level')).to.equal('3');
    const size = (el: Element) => getComputedStyle(el).fontSize;
    expect(size(lead)).to.equal(size(titled.shadowRoot!.querySelector('[part="summary"]')!));
    expect(getComputedStyle(lead).fontWeight).to.equal('400');
    const article = card.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('aria-label')).to.equal(
      'A bulk migration takes hours; CDC keeps both sides in sync.',
    );
  });

  it('leads with its summary as text in a full report, not as a title-sized heading', async () => {
    const el = await fixture<IncReport>(html`<inc-report .report=${note}></inc-report>`);
    const withTitle = await fixture<IncReport>(
      html`<inc-report .report=${{ ...note, title: 'T' }}></inc-report>`,
    );
    const lead = el.shadowRoot!.querySelector('[part="summary"]')!;
    const title = withTitle.shadowRoot!.querySelector('[part="title"]')!;
    expect(lead.getAttribute('role')).to.equal('heading');
    expect(parseFloat(getComputedStyle(lead).fontSize)).to.be.below(
      parseFloat(getComputedStyle(title).fontSize) * 0.75,
    );
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(lead.id);
  });
});

describe('an opened report is the reading view', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const FIELDS = [
    'id',
    'slug',
    'status',
    'severity',
    'title',
    'summary',
    'meta',
    'outcomes',
    'tags',
    'diagram',
  ];

  it('shows no field twice, over the bundled samples', async () => {
    let opened = 0;
    for (const name of SAMPLES) {
      for (const r of (await sample(name)).reports) {
        if (r.body.length === 0 || r.url) continue;
        const card = await fixture<IncCard>(html`<inc-card .report=${r} lang="en-US"></inc-card>`);
        (card.shadowRoot!.querySelector('[part="open-button"]') as HTMLElement).click();
        await card.updateComplete;
        const full = card.shadowRoot!.querySelector('inc-report')!;
        await full.updateComplete;
        opened++;
        for (const field of FIELDS) {
          const count = partsIn(card.shadowRoot!, field).length + partsIn(full.shadowRoot!, field).length;
          expect(count, `${name} ${r.id}: ${field}`).to.be.at.most(
            field === 'diagram' ? 1 + countDiagramBlocks(r) : 1,
          );
        }
        const text = visibleText(card.shadowRoot!);
        for (const value of [r.title, r.summary?.slice(0, 40)].filter(Boolean) as string[]) {
          expect(text.split(value).length - 1, `${name} ${r.id}: "${value}"`).to.equal(1);
        }
        history.replaceState(null, '', location.pathname + location.search);
      }
    }
    expect(opened).to.be.greaterThan(1);
  });

  it('fits its card at a phone width, with its sections one level below the card title', async () => {
    const { reports } = await sample('dated-notes');
    const r = reports.find((x) => x.body.length > 0 && !x.url)!;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 302px"><inc-card .report=${r}></inc-card></div>`,
    );
    const card = wrapper.querySelector('inc-card')!;
    (card.shadowRoot!.querySelector('[part="open-button"]') as HTMLElement).click();
    await card.updateComplete;
    const full = card.shadowRoot!.querySelector('inc-report')!;
    await full.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = card.getBoundingClientRect();
    expect(full.getBoundingClientRect().width).to.be.at.most(box.width);
    const article = full.shadowRoot!.querySelector('article')!;
    expect(article.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    const levels = [...full.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) =>
      h.getAttribute('aria-level'),
    );
    expect(levels.length).to.be.greaterThan(0);
    expect(Math.min(...levels.map(Number))).to.equal(4);
  });
});

function countDiagramBlocks(r: Report): number {
  return r.body.filter((b) => b.type === 'diagram').length;
}

describe('the timeline', () => {
  it('starts every entry text at the same x whatever the label width', async () => {
    const r = report({
      id: 'T-1',
      title: 'Timeline',
      timeline: [
        { at: 'T+4 min', text: 'Paged.' },
        { at: '2026-02-11T09:12:00Z', text: 'Provider B slows down.' },
        { at: 'Later that week', text: 'Lanes ship.' },
        { at: 'T', text: 'Done.' },
      ],
    });
    const el = await fixture<IncReport>(html`<inc-report .report=${r} style="width: 700px"></inc-report>`);
    const xs = [...el.shadowRoot!.querySelectorAll('.timeline .what')].map((w) =>
      Math.round(w.getBoundingClientRect().left),
    );
    expect(xs).to.have.length(4);
    expect(new Set(xs).size, `x of each entry: ${xs.join(', ')}`).to.equal(1);
  });
});

describe('a #id deep link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the card and scrolls it into view', async () => {
    const reports = Array.from({ length: 12 }, (_, i) => ({
      id: `INC-${String(i + 1).padStart(3, '0')}`,
      title: `Report ${i + 1}`,
      summary: 'A report with a body and no url opens in place.',
      body: [{ type: 'paragraph', text: `Body of report ${i + 1}.` }],
    }));
    history.replaceState(null, '', `${location.pathname}${location.search}#INC-011`);
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 2500px"></div>
        <inc-report-list sort="source" .collection=${{ reports }}></inc-report-list>
      </div>`,
    );
    const list = page.querySelector<IncReportList>('inc-report-list')!;
    await list.renderComplete;
    const card = [...list.shadowRoot!.querySelectorAll('inc-card')].find((c) => c.report?.id === 'INC-011')!;
    await waitUntil(() => card.shadowRoot?.querySelector('inc-report'), 'the report opens');
    await waitUntil(() => {
      const top = card.getBoundingClientRect().top;
      return top >= -1 && top < innerHeight / 2;
    }, 'the card scrolls into view');
    window.scrollTo(0, 0);
  });
});
