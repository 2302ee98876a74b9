import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define.js';
import { parseCollection, type Report } from '../../data/index.js';
import type { IncReport } from './report.js';
import type { IncCard } from '../card/card.js';

function parseReport(input: Record<string, unknown>): Report {
  const result = parseCollection({ reports: [input] });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.collection.reports[0]!;
}

const full = parseReport({
  id: 'INC-042',
  status: 'postmortem',
  severity: 'SEV-1',
  title: 'The migration that locked the users table',
  summary: 'A `NOT NULL` default rewrote **2.4M rows**.',
  tags: ['PostgreSQL', 'Django'],
  date: '2026-03-15',
  updated: '2026-03-18',
  readingMinutes: 10,
  category: 'Database',
  authors: [{ name: 'Ana', url: 'https://example.com/ana' }, { name: 'Bo' }],
  outcomes: [{ label: 'downtime', value: '14 min' }],
  impact: 'Every *write* to `users` waited.',
  diagram: { ascii: ['app ──▶ ALTER TABLE', '   ▼', ' waits'], label: 'Lock chain' },
  timeline: [
    { at: '2026-03-15T10:00:00Z', text: 'Migration starts' },
    { at: 'T+14 min', text: 'Lock released' },
  ],
  actionItems: [
    { text: 'Add `lock_timeout` to migrations', done: true, owner: 'platform', url: '/pr/1' },
    { text: 'Lint for volatile defaults' },
  ],
  body: [
    {
      type: 'paragraph',
      text: 'We ran a **routine** migration. See [the docs](https://www.postgresql.org/docs/).',
    },
    { type: 'heading', text: 'What happened' },
    { type: 'heading', text: 'The lock', level: 3 },
    { type: 'list', items: ['one', '`two`'], ordered: true },
    { type: 'list', items: ['a', 'b'] },
    {
      type: 'code',
      code: 'ALTER TABLE users ADD COLUMN x int NOT NULL DEFAULT 0;',
      lang: 'sql',
      caption: 'The query',
    },
    { type: 'diagram', ascii: '┌─┐\n└─┘', caption: 'A box' },
    { type: 'quote', text: 'It is always the lock.', cite: 'Every DBA' },
    { type: 'callout', tone: 'warning', text: 'Use `lock_timeout`.' },
    { type: 'callout', tone: 'danger', text: 'Never on Monday.' },
    { type: 'callout', tone: 'info', text: 'Fixed in Postgres 11.' },
    { type: 'heading', text: 'What happened', level: 2 },
  ],
});

const root = (el: Element) => el.shadowRoot!;
const headings = (el: Element) =>
  [...root(el).querySelectorAll('[role="heading"]')].map((h) => [
    h.getAttribute('aria-level'),
    h.firstChild ? h.textContent.replace('#', '').trim() : '',
  ]);

describe('inc-report', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('a report without a title is headed by its summary as text, without the markup characters', async () => {
    const report = parseReport({
      id: 'N-1',
      summary: 'The *fast* `fix` for [DNS](/dns)',
      diagram: { ascii: '+--+' },
    });
    const el = await fixture<IncReport>(html`<inc-report .report=${report}></inc-report>`);
    // Issue 13: the summary leads as text (the heading, styled as the summary), not as a title.
    expect(root(el).querySelector('[part="title"]')).to.equal(null);
    const heading = root(el).querySelector('[part="summary"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.textContent.trim()).to.equal('The fast fix for DNS');
    const card = await fixture<IncCard>(html`<inc-card .report=${report}></inc-card>`);
    const diagram = root(card).querySelector('inc-ascii-diagram')!;
    expect(diagram.getAttribute('label')).to.equal('The fast fix for DNS');
  });

  it('renders header, summary, outcomes, impact, diagram, timeline and action items', async () => {
    const el = await fixture<IncReport>(html`<inc-report lang="en-US" .report=${full}></inc-report>`);
    const r = root(el);
    expect(r.querySelector('[part="id"]')!.textContent).to.equal('INC-042');
    expect(r.querySelector('[part="status"]')!.textContent).to.contain('Postmortem');
    expect(r.querySelector('[part="severity"]')!.textContent).to.contain('SEV-1');
    expect(r.querySelector('[part="meta"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'March 15, 2026 · 10 min read · Database',
    );
    expect(r.querySelector('[part="authors"] a')!.getAttribute('href')).to.equal('https://example.com/ana');
    expect(r.querySelector('[part="authors"]')!.textContent).to.contain('Bo');
    expect(r.querySelector('[part="summary"] code')!.textContent).to.equal('NOT NULL');
    expect(r.querySelector('[part="outcomes"]')!.textContent).to.contain('14 min');
    expect(r.querySelector('[part="impact"] em')!.textContent).to.equal('write');
    expect(r.querySelector('inc-ascii-diagram[part="diagram"]')!.getAttribute('label')).to.equal(
      'Lock chain',
    );
    const times = [...r.querySelectorAll('.timeline .at')];
    expect(times[0]!.tagName).to.equal('TIME');
    expect(times[0]!.getAttribute('datetime')).to.equal('2026-03-15T10:00:00Z');
    expect(times[1]!.textContent).to.equal('T+14 min');
    const actions = [...r.querySelectorAll('.actions li')];
    expect(actions[0]!.className).to.equal('done');
    // Action items are plain text in the content format: no inline markup.
    expect(actions[0]!.querySelector('code')).to.equal(null);
    expect(actions[0]!.textContent).to.contain('Add `lock_timeout` to migrations');
    expect(actions[0]!.textContent).to.contain('Done').and.contain('owner: platform');
    expect(actions[0]!.querySelector('a.ref')!.getAttribute('href')).to.equal('/pr/1');
    expect(actions[1]!.textContent).to.contain('Open');
  });

  it('renders every block type with the inline subset', async () => {
    const el = await fixture<IncReport>(html`<inc-report .report=${full}></inc-report>`);
    const body = root(el).querySelector('[part="body"]')!;
    expect(body.querySelector('p strong')!.textContent).to.equal('routine');
    expect(body.querySelector('p a')!.getAttribute('href')).to.equal('https://www.postgresql.org/docs/');
    expect(body.querySelector('ol li code')!.textContent).to.equal('two');
    expect(body.querySelectorAll('ul li')).to.have.length(2);
    const code = body.querySelector('inc-code-block')!;
    expect(code.code).to.contain('ALTER TABLE');
    expect(code.language).to.equal('sql');
    expect(code.getAttribute('caption')).to.equal('The query');
    expect(body.querySelector('inc-ascii-diagram')!.getAttribute('label')).to.equal(full.title);
    expect(body.querySelector('blockquote')!.textContent).to.contain('always the lock');
    expect(body.querySelector('.quote figcaption')!.textContent).to.contain('Every DBA');
    const callouts = [...body.querySelectorAll('.callout')];
    expect(callouts.map((c) => c.getAttribute('data-tone'))).to.deep.equal(['warning', 'danger', 'info']);
    expect(callouts[0]!.textContent).to.contain('Warning');
  });

  it('keeps the outline one level below the host heading', async () => {
    const el = await fixture<IncReport>(html`<inc-report heading-level="3" .report=${full}></inc-report>`);
    expect(headings(el)).to.deep.equal([
      ['3', full.title],
      ['4', 'Impact'],
      ['4', 'Timeline'],
      ['4', 'Action items'],
      ['4', 'What happened'],
      ['5', 'The lock'],
      ['4', 'What happened'],
    ]);
  });

  it('gives headings unique anchors that work from the page URL', async () => {
    const el = await fixture<IncReport>(html`<inc-report .report=${full}></inc-report>`);
    const ids = [...root(el).querySelectorAll('[part="body"] [role="heading"]')].map((h) => h.id);
    expect(ids).to.deep.equal(['INC-042--what-happened', 'INC-042--the-lock', 'INC-042--what-happened-2']);
    const link = root(el).querySelector<HTMLAnchorElement>('#INC-042--the-lock a.anchor')!;
    expect(link.getAttribute('href')).to.equal('#INC-042--the-lock');
    link.click();
    await waitUntil(() => root(el).activeElement?.id === 'INC-042--the-lock', 'the heading gets focus', {
      timeout: 5000,
    });
  });

  it('loads one report from src + report-id', async () => {
    const el = document.createElement('inc-report');
    el.src = '/src/data/samples/incident-reports.json';
    el.reportId = 'INC-005';
    const loaded = oneEvent(el, 'inc-load');
    document.body.append(el);
    try {
      await loaded;
      await el.updateComplete;
      expect(root(el).querySelector('[part="id"]')!.textContent).to.equal('INC-005');
    } finally {
      el.remove();
    }
  });

  it('renders hostile text as text', async () => {
    const hostile = parseReport({
      title: '<img src=x onerror=alert(1)>',
      body: [
        { type: 'paragraph', text: '<script>window.__pwned = 1</script>' },
        { type: 'code', code: '</inc-code-block><img src=x onerror=alert(1)>', lang: 'html' },
        { type: 'heading', text: '"><svg onload=alert(1)>' },
      ],
    });
    const el = await fixture<IncReport>(html`<inc-report .report=${hostile}></inc-report>`);
    expect(root(el).querySelector('img, script, svg')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const theme of ['light', 'dark', 'terminal'] as const) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await fixture<IncReport>(html`<inc-report theme=${theme} .report=${full}></inc-report>`);
      await expect(el).to.be.accessible();
    });
  }
});

describe('inc-card opening a report in place', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('opens and closes with a button, records it in the URL, and follows back/forward', async () => {
    const el = await fixture<IncCard>(html`<inc-card .report=${full}></inc-card>`);
    const button = root(el).querySelector<HTMLButtonElement>('[part="open-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('inc-report')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(location.hash).to.equal('#INC-042');
    const report = root(el).querySelector('inc-report')!;
    expect(report.report).to.equal(full);
    history.back();
    await waitUntil(() => root(el).querySelector('inc-report') === null, 'back closes the report', {
      timeout: 5000,
    });
    history.forward();
    await waitUntil(() => root(el).querySelector('inc-report') !== null, 'forward opens it again', {
      timeout: 5000,
    });
  });

  it('opens on load from a deep link', async () => {
    history.replaceState(null, '', '#INC-042');
    const el = await fixture<IncCard>(html`<inc-card .report=${full}></inc-card>`);
    expect(root(el).querySelector('inc-report')).to.exist;
  });

  it('links out instead when the report has a url', async () => {
    const linked = parseReport({ title: 'Linked', url: '/r/1', body: [{ type: 'paragraph', text: 'x' }] });
    const el = await fixture<IncCard>(html`<inc-card .report=${linked}></inc-card>`);
    expect(root(el).querySelector('[part="open-button"]')).to.equal(null);
    expect(root(el).querySelector('[part="link"]')!.getAttribute('href')).to.equal('/r/1');
  });
});
