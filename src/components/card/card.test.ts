import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../define.js';
import { parseCollection, type Report } from '../../data/index.js';
import type { IncCard } from './card.js';

function report(input: Record<string, unknown>): Report {
  const result = parseCollection({ reports: [input] });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.collection.reports[0]!;
}

const full = report({
  id: 'INC-002',
  slug: 'go-messaging-reliability',
  status: 'RESOLVED',
  severity: 'SEV-2',
  title: 'Keeping one slow provider from stalling everyone',
  summary: 'Lane isolation over a `shared` priority queue, **85–95%** less load. [Details](/reports/x)',
  tags: ['Go', 'Kafka'],
  category: 'Messaging',
  date: '2026-03-16',
  readingMinutes: 9,
  url: '/reports/go-messaging-reliability',
  outcomes: [{ label: 'analytic-store load', value: '−85–95%' }],
  diagram: ['inbound ▶ dispatcher', '  ├─▶ lane A', '  └─▶ lane B'],
});

const part = (el: IncCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: IncCard, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('inc-card', () => {
  it('renders every piece of a report', async () => {
    const el = await fixture<IncCard>(html`<inc-card lang="en-US" .report=${full}></inc-card>`);
    expect(text(el, 'id')).to.equal('INC-002');
    expect(text(el, 'status')).to.equal('Status: Resolved');
    expect(part(el, 'status')!.getAttribute('data-status')).to.equal('resolved');
    expect(text(el, 'severity')).to.equal('Severity: SEV-2');
    const title = part(el, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(title.querySelector('a')!.getAttribute('href')).to.equal('/reports/go-messaging-reliability');
    const summary = part(el, 'summary')!;
    expect(summary.querySelector('code')!.textContent).to.equal('shared');
    expect(summary.querySelector('strong')!.textContent).to.equal('85–95%');
    expect(summary.querySelector('a')!.getAttribute('href')).to.equal('/reports/x');
    expect(text(el, 'meta')).to.equal('March 16, 2026 · 9 min read · Messaging');
    expect(part(el, 'meta')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-16');
    expect(text(el, 'outcomes')).to.contain('analytic-store load').and.contain('−85–95%');
    expect(
      [...el.shadowRoot!.querySelectorAll('[part="tag"]')].map((t) => t.textContent.trim()),
    ).to.deep.equal(['Go', 'Kafka']);
    expect(part(el, 'diagram')!.tagName).to.equal('INC-ASCII-DIAGRAM');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/reports/go-messaging-reliability');
    expect(text(el, 'link')).to.contain('read the report');
  });

  it('shows tags as plain labels outside a list', async () => {
    const el = await fixture<IncCard>(html`<inc-card .report=${full}></inc-card>`);
    expect(el.shadowRoot!.querySelector('button[part="tag"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('span[part="tag"]')).to.have.length(2);
  });

  it('formats dates in the page language', async () => {
    const el = await fixture<IncCard>(html`<div lang="de-DE"><inc-card .report=${full}></inc-card></div>`);
    const card = el.querySelector('inc-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('time')!.textContent).to.equal('16. März 2026');
  });

  it('lets every UI string be overridden', async () => {
    const el = await fixture<IncCard>(
      html`<inc-card
        .report=${full}
        .strings=${{ readReport: 'lire le rapport', readingTime: '{minutes} min de lecture' }}
      ></inc-card>`,
    );
    expect(text(el, 'link')).to.contain('lire le rapport');
    expect(text(el, 'meta')).to.contain('9 min de lecture');
  });

  it('has no title link without url and no "read the report" link', async () => {
    const el = await fixture<IncCard>(
      html`<inc-card .report=${report({ title: 'Plain', summary: 's' })}></inc-card>`,
    );
    expect(part(el, 'title')!.querySelector('a')).to.equal(null);
    expect(part(el, 'link')).to.equal(null);
  });

  it('shows the start of the body where a titled report has no summary, but not while it is open', async () => {
    const body = [
      { type: 'heading', text: 'What happened' },
      {
        type: 'paragraph',
        text: 'The **queue** stalled at 09:14, and [the pager](https://example.com) fired.',
      },
      { type: 'paragraph', text: 'Second paragraph.' },
    ];
    const withLead = await fixture<IncCard>(
      html`<inc-card .report=${report({ title: 'Stall', body })}></inc-card>`,
    );
    // The first paragraph's plain text (not the heading): no markup, and no link in the card's summary.
    expect(text(withLead, 'summary')).to.equal('The queue stalled at 09:14, and the pager fired.');
    expect(part(withLead, 'summary')!.querySelector('a, strong')).to.equal(null);
    (part(withLead, 'open-button') as HTMLButtonElement).click();
    await withLead.updateComplete;
    expect(part(withLead, 'summary')).to.equal(null);
    // A summary, when there is one, is what shows.
    const summarised = await fixture<IncCard>(
      html`<inc-card .report=${report({ title: 'Stall', summary: 'Short.', body })}></inc-card>`,
    );
    expect(text(summarised, 'summary')).to.equal('Short.');
  });

  it('shows, collapses or hides the diagram', async () => {
    const el = await fixture<IncCard>(html`<inc-card .report=${full} diagram="collapsed"></inc-card>`);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('Show diagram');
    el.diagram = 'hide';
    await el.updateComplete;
    expect(part(el, 'diagram')).to.equal(null);
  });

  it('a report with nothing for its header (no id, status or meta) starts the card with its title', async () => {
    // Most blog feeds' posts: an empty header row left a gap above the title, and in a wide row an
    // empty first column indented the title by the column gap.
    const bare = report({ title: 'A post with no id or status', summary: 'Its summary.' });
    for (const variant of ['card', 'row']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 800px"><inc-card .report=${bare} variant=${variant}></inc-card></div>`,
      );
      const el = wrapper.querySelector('inc-card')!;
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const style = getComputedStyle(box);
      const outer = box.getBoundingClientRect();
      const contentLeft = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const contentTop = outer.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(part(el, 'header')!.getBoundingClientRect().height, `${variant}: header`).to.equal(0);
      expect(Math.abs(title.left - contentLeft), `${variant}: title at the start`).to.be.below(0.5);
      expect(Math.abs(title.top - contentTop), `${variant}: title at the top`).to.be.below(0.5);
    }
  });

  it('reflects the row variant for styling', async () => {
    const el = await fixture<IncCard>(html`<inc-card .report=${full} variant="row"></inc-card>`);
    expect(el.getAttribute('variant')).to.equal('row');
    const box = part(el, 'base')!;
    expect(getComputedStyle(box).display).to.equal('grid');
    expect(getComputedStyle(box).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('embeds one report standalone from src + report-id', async () => {
    const el = document.createElement('inc-card');
    el.src = '/src/data/samples/incident-reports.json';
    el.reportId = 'INC-003';
    const loaded = oneEvent(el, 'inc-load');
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      expect(text(el, 'id')).to.equal('INC-003');
    } finally {
      el.remove();
    }
  });

  it('says when the report id is not in the file', async () => {
    const el = document.createElement('inc-card');
    el.src = '/src/data/samples/incident-reports.json';
    el.reportId = 'INC-999';
    document.body.append(el);
    try {
      const event = await oneEvent(el, 'inc-error');
      expect(event.detail.reason).to.equal('not-found');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('INC-999');
    } finally {
      el.remove();
    }
  });

  it('renders hostile strings as text', async () => {
    const hostile = report({
      title: '<img src=x onerror="window.__pwned=1">',
      summary: '<script>window.__pwned=1</script>',
      tags: ['<b>x</b>'],
    });
    const el = await fixture<IncCard>(html`<inc-card .report=${hostile}></inc-card>`);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(text(el, 'title')).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const theme of ['light', 'dark', 'terminal'] as const) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await fixture<IncCard>(html`<inc-card theme=${theme} .report=${full}></inc-card>`);
      await expect(el).to.be.accessible();
    });
  }
});
