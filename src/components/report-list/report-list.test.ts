import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../../define.js';
import type { IncReportList } from './report-list.js';
import type { IncCard } from '../card/card.js';

const collection = {
  title: 'Incident reports',
  description: 'Selected **work**.',
  groups: [
    { id: 'data', title: 'Data' },
    { id: 'infra', title: 'Infrastructure' },
  ],
  reports: [
    {
      id: 'INC-001',
      title: 'Moving a datastore',
      status: 'RESOLVED',
      tags: ['Python', 'PostgreSQL'],
      date: '2026-03-01',
      groups: ['data'],
    },
    {
      id: 'INC-002',
      title: 'Slow provider',
      status: 'resolved',
      tags: ['Go', 'Kafka', 'Redis'],
      date: '2026-03-03',
      groups: ['infra', 'data'],
    },
    {
      id: 'INC-003',
      title: 'A monolith that does not rot',
      status: 'operating',
      tags: ['Python', 'Kubernetes'],
      date: '2026-03-02',
      groups: ['infra'],
    },
    {
      id: 'INC-004',
      title: 'Idempotent payments',
      summary: 'Double-spend made impossible.',
      tags: ['Go', 'Payments'],
      date: '2025-12-30',
    },
  ],
};

async function listWith(collectionValue: unknown, attrs = ''): Promise<IncReportList> {
  const el = await fixture<IncReportList>(html`<inc-report-list></inc-report-list>`);
  for (const [name, value] of attrs ? attrs.split(' ').map((a) => a.split('=')) : [])
    el.setAttribute(name!, value ?? '');
  el.collection = collectionValue;
  await el.updateComplete;
  return el;
}

/** The cards a reader sees: the list hides non-matching cards rather than removing them. */
function cards(el: IncReportList): IncCard[] {
  return [...el.shadowRoot!.querySelectorAll('inc-card')].filter((card) => !card.closest('[hidden]'));
}
function ids(el: IncReportList): string[] {
  return cards(el).map((c) => c.report!.id);
}
function sectionTitles(el: IncReportList): string[] {
  return [...el.shadowRoot!.querySelectorAll('.section-title')]
    .filter((title) => !title.closest('[hidden]'))
    .map((s) => s.textContent.trim());
}
function shadowText(el: Element, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('inc-report-list', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  describe('content sources', () => {
    it('renders the collection property with header, description (inline subset) and count', async () => {
      const el = await listWith(collection);
      expect(shadowText(el, '[part="title"]')).to.equal('Incident reports');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('role')).to.equal('heading');
      expect(el.shadowRoot!.querySelector('[part="description"] strong')!.textContent).to.equal('work');
      expect(shadowText(el, '[part="count"]')).to.equal('4 reports');
    });

    it('says "1 report" for one, in the page language\'s singular; a host\'s own count line stays', async () => {
      const el = await listWith(collection);
      el.tags = 'Kafka';
      await el.updateComplete;
      expect(el.visibleReports).to.have.length(1);
      expect(shadowText(el, '[part="count"]')).to.equal('1 report');
      // A host that translated only the plural keeps its own line for one report, never the English singular.
      el.strings = { countLine: '{count} Berichte' };
      await el.updateComplete;
      expect(shadowText(el, '[part="count"]')).to.equal('1 Berichte');
      el.strings = { countLine: '{count} Berichte', countLineOne: '{count} Bericht' };
      await el.updateComplete;
      expect(shadowText(el, '[part="count"]')).to.equal('1 Bericht');
      el.tags = '';
      await el.updateComplete;
      expect(shadowText(el, '[part="count"]')).to.equal('4 Berichte');
    });

    it('formats a configurable count line', async () => {
      const el = await listWith(collection);
      el.heading = '$ ls /var/reports — {count} entries of {total}';
      el.tags = 'Go';
      await el.updateComplete;
      expect(shadowText(el, '[part="count"]')).to.equal('$ ls /var/reports — 2 entries of 4');
    });

    it('loads from src and fires inc-load with the count', async () => {
      const el = document.createElement('inc-report-list');
      el.src = '/src/data/samples/incident-reports.json';
      const loaded = oneEvent(el, 'inc-load');
      document.body.append(el);
      try {
        const event = await loaded;
        expect(event.detail.count).to.equal(7);
        await el.updateComplete;
        expect(cards(el)).to.have.length(7);
      } finally {
        el.remove();
      }
    });

    it('reads a child <script type="application/json"> when there is no property or src', async () => {
      const el = await fixture<IncReportList>(
        html`<inc-report-list>
          <script type="application/json">
            { "reports": [{ "title": "Inline one" }, { "title": "Inline two" }] }
          </script>
        </inc-report-list>`,
      );
      await el.updateComplete;
      expect(cards(el).map((c) => c.report!.title)).to.deep.equal(['Inline one', 'Inline two']);
    });

    it('prefers the collection property over src and inline JSON', async () => {
      const el = await fixture<IncReportList>(
        html`<inc-report-list .collection=${{ reports: [{ title: 'From property' }] }} src="/nope.json">
          <script type="application/json">
            { "reports": [{ "title": "Inline" }] }
          </script>
        </inc-report-list>`,
      );
      await el.updateComplete;
      expect(cards(el).map((c) => c.report!.title)).to.deep.equal(['From property']);
    });

    it('when src changes mid-fetch, the last one wins', async () => {
      const el = document.createElement('inc-report-list');
      el.src = '/__content/delay/600/src/data/samples/all-posts.json';
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.list')!.getAttribute('aria-busy')).to.equal('true');
        el.src = '/src/data/samples/incident-reports.json';
        await oneEvent(el, 'inc-load');
        await aTimeout(800);
        await el.updateComplete;
        expect(ids(el)).to.include('INC-001');
        expect(cards(el)).to.have.length(7);
      } finally {
        el.remove();
      }
    });
  });

  describe('states', () => {
    it('shows a skeleton with aria-busy while loading', async () => {
      const el = document.createElement('inc-report-list');
      el.src = '/__content/delay/400/src/data/samples/dated-notes.json';
      document.body.append(el);
      try {
        await el.updateComplete;
        const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]') as HTMLElement;
        expect(skeleton).to.exist;
        expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
        await oneEvent(el, 'inc-load');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('.list')!.getAttribute('aria-busy')).to.equal('false');
      } finally {
        el.remove();
      }
    });

    it('skips an invalid report: shows the rest with a notice naming its path, and fires inc-error', async () => {
      const el = await fixture<IncReportList>(html`<inc-report-list></inc-report-list>`);
      const errored = oneEvent(el, 'inc-error');
      el.collection = {
        reports: [{ title: 'ok' }, { title: 'bad', url: 'javascript:alert(1)' }, { title: 'also ok' }],
      };
      const event = await errored;
      expect(event.detail.reason).to.equal('skipped');
      expect(event.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['reports[1].url']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(cards(el).map((card) => card.report?.title)).to.deep.equal(['ok', 'also ok']);
      const notice = el.shadowRoot!.querySelector('[part="skipped"]')!;
      expect(notice.getAttribute('role')).to.equal('note');
      expect(notice.textContent.replace(/\s+/g, ' ')).to.contain(
        '1 report(s) not shown: reports[1].url: must be',
      );
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      // Fixed content clears the notice.
      el.collection = { reports: [{ title: 'ok' }] };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="skipped"]')).to.equal(null);
    });

    it('shows each problem of a broken collection with its JSON path and fires inc-error', async () => {
      const el = await fixture<IncReportList>(html`<inc-report-list></inc-report-list>`);
      const errored = oneEvent(el, 'inc-error');
      el.collection = { title: 5, reports: [{ title: 'ok' }] };
      const event = await errored;
      expect(event.detail.reason).to.equal('content');
      expect(event.detail.issues.map((i: { path: string }) => i.path)).to.include('title');
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('title');
      expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    });

    it('renders a feed’s plain text exactly and leads a title-less item with an excerpt', async () => {
      const text = 'C:\\Program Files\\(x86)\\App\\[logs] *not em* `not code` [Email me](mailto:a@b.c)';
      const el = await listWith({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Feed',
        items: [{ id: '1', summary: text, content_text: text, date_published: '2026-05-10T14:30:00+05' }],
      });
      // A feed waits for its reader (a chunk of its own) the first time.
      await waitUntil(() => cards(el).length === 1, 'the feed’s card');
      const [card] = cards(el);
      await card!.updateComplete;
      const summary = card!.shadowRoot!.querySelector('[part="summary"]')!;
      expect(summary.textContent.trim()).to.equal(text);
      expect(summary.querySelector('a, em, code')).to.equal(null);
      // The offset date is read as a date, not shown raw.
      expect(card!.shadowRoot!.querySelector('time')!.textContent).to.not.contain('+05');
      const bodyOnly = await listWith({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Feed',
        items: [{ id: '2', content_text: 'Only a body, no title.\n\nSecond paragraph.' }],
      });
      await waitUntil(() => cards(bodyOnly).length === 1, 'the second feed’s card');
      const [lead] = cards(bodyOnly);
      await lead!.updateComplete;
      expect(lead!.shadowRoot!.querySelector('[part="summary"]')!.textContent.trim()).to.equal(
        'Only a body, no title.',
      );
    });

    it('offers a retry for network errors and recovers', async () => {
      const el = document.createElement('inc-report-list');
      el.src = '/__content/status/503';
      const errored = oneEvent(el, 'inc-error');
      document.body.append(el);
      try {
        expect((await errored).detail.reason).to.equal('http');
        await el.updateComplete;
        expect(shadowText(el, '[part="error"]')).to.contain('503');
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
        expect(retry).to.exist;
        const again = oneEvent(el, 'inc-error');
        retry!.click();
        expect((await again).detail.reason, 'retry requested the URL again').to.equal('http');
      } finally {
        el.remove();
      }
    });

    it('names a page-instead-of-JSON answer', async () => {
      const el = document.createElement('inc-report-list');
      el.src = '/__content/html';
      const errored = oneEvent(el, 'inc-error');
      document.body.append(el);
      try {
        const event = await errored;
        expect(event.detail.reason).to.equal('not-json');
        expect(event.detail.message).to.match(/HTML/);
      } finally {
        el.remove();
      }
    });

    it('says so for an empty collection', async () => {
      const el = await listWith({ reports: [] });
      expect(shadowText(el, '[part="empty"]')).to.equal('No reports yet.');
    });

    it('offers "clear filters" when nothing matches', async () => {
      const el = await listWith(collection, 'group-by=none');
      el.query = 'no such words anywhere';
      await el.updateComplete;
      expect(shadowText(el, '[part="empty"]')).to.contain('No reports match');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(cards(el)).to.have.length(4);
    });
  });

  describe('grouping and sorting', () => {
    it('groups by the collection groups in order; a report in several groups appears in each', async () => {
      const el = await listWith(collection);
      expect(sectionTitles(el)).to.deep.equal(['Data', 'Infrastructure', 'Other']);
      const sections = [...el.shadowRoot!.querySelectorAll('section')];
      const idsIn = (s: Element) => [...s.querySelectorAll('inc-card')].map((c) => c.report!.id);
      expect(idsIn(sections[0]!)).to.deep.equal(['INC-002', 'INC-001']);
      expect(idsIn(sections[1]!)).to.deep.equal(['INC-002', 'INC-003']);
      expect(idsIn(sections[2]!)).to.deep.equal(['INC-004']);
    });

    it('groups by year and category, or not at all', async () => {
      const el = await listWith(collection, 'group-by=year');
      expect(sectionTitles(el)).to.deep.equal(['2026', '2025']);
      el.groupBy = 'none';
      await el.updateComplete;
      expect(sectionTitles(el)).to.deep.equal([]);
      expect(ids(el)).to.deep.equal(['INC-002', 'INC-003', 'INC-001', 'INC-004']);
    });

    it('reads an empty or unknown group-by or sort as the default', async () => {
      // (Storybook's controls bind `group-by=""` when unset: everything went under one "Other".)
      for (const value of ['', 'bogus']) {
        const grouped = await listWith(collection, `group-by=${value} sort=${value}`);
        expect(sectionTitles(grouped), `group-by="${value}"`).to.deep.equal([
          'Data',
          'Infrastructure',
          'Other',
        ]);
        const ungrouped = collection.reports.map((report) => ({ ...report, groups: [] }));
        const flat = await listWith({ reports: ungrouped }, `group-by=${value} sort=${value}`);
        expect(sectionTitles(flat), `group-by="${value}", no groups`).to.deep.equal([]);
        // Newest first, the default for dated content.
        expect(ids(flat), `sort="${value}"`).to.deep.equal(['INC-002', 'INC-003', 'INC-001', 'INC-004']);
      }
    });

    it('sorts by date either way, id, title and source order', async () => {
      const el = await listWith(collection, 'group-by=none');
      el.sort = 'date-asc';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-004', 'INC-001', 'INC-003', 'INC-002']);
      el.sort = 'title';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-003', 'INC-004', 'INC-001', 'INC-002']);
      el.sort = 'id';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-001', 'INC-002', 'INC-003', 'INC-004']);
      el.sort = 'source';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-001', 'INC-002', 'INC-003', 'INC-004']);
    });
  });

  describe('filtering', () => {
    it('filters by any or all tags, case- and space-insensitively, and reflects tags', async () => {
      const el = await listWith(collection, 'group-by=none sort=id');
      el.tags = ' go ,  KAFKA';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-002', 'INC-004']);
      el.match = 'all';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['INC-002']);
      expect(el.getAttribute('match')).to.equal('all');
      expect(el.getAttribute('tags')).to.equal(' go ,  KAFKA');
    });

    it('searches title, summary, tags and id', async () => {
      const el = await listWith(collection, 'group-by=none sort=id');
      for (const [query, expected] of [
        ['monolith', ['INC-003']],
        ['double-spend', ['INC-004']],
        ['kubernetes', ['INC-003']],
        ['inc-002', ['INC-002']],
      ] as const) {
        el.query = query;
        await el.updateComplete;
        expect(ids(el), query).to.deep.equal(expected);
      }
    });

    it('fires inc-filter-change with the state and count', async () => {
      const el = await listWith(collection);
      const changed = oneEvent(el, 'inc-filter-change');
      el.tags = 'Python';
      const event = await changed;
      expect(event.detail).to.deep.equal({ tags: ['Python'], match: 'any', query: '', count: 2 });
    });

    it('card tags toggle the filter through context and show their pressed state', async () => {
      const el = await listWith(collection, 'group-by=none sort=id');
      const card = cards(el)[0]!;
      await card.updateComplete;
      const tag = card.shadowRoot!.querySelector<HTMLButtonElement>('button[part="tag"]')!;
      expect(tag.textContent.trim()).to.equal('Python');
      tag.click();
      await el.updateComplete;
      expect(el.tags).to.equal('Python');
      expect(ids(el)).to.deep.equal(['INC-001', 'INC-003']);
      await cards(el)[0]!.updateComplete;
      expect(
        cards(el)[0]!.shadowRoot!.querySelector('button[part="tag"]')!.getAttribute('aria-pressed'),
      ).to.equal('true');
    });
  });

  describe('sync-url', () => {
    it('reads the filter from the URL, so a shared or reloaded view keeps it', async () => {
      history.replaceState(null, '', '?tags=Go,Kafka&match=all');
      const el = await listWith(collection, 'sync-url group-by=none');
      await el.updateComplete;
      expect(el.tags).to.equal('Go,Kafka');
      expect(el.match).to.equal('all');
      expect(ids(el)).to.deep.equal(['INC-002']);
    });

    it('writes filter changes to the URL and follows back/forward', async () => {
      const el = await listWith(collection, 'sync-url group-by=none');
      el.state!.toggleTag('Go');
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('tags')).to.equal('Go');
      el.state!.toggleTag('Python');
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('tags')).to.equal('Go,Python');
      history.back();
      await waitUntil(() => el.tags === 'Go', 'back restores the previous filter', { timeout: 5000 });
      history.back();
      await waitUntil(() => el.tags === '', 'back again clears it', { timeout: 5000 });
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await listWith(collection);
      el.state!.toggleTag('Go');
      await el.updateComplete;
      expect(location.search).to.equal('');
    });
  });

  describe('long collections', () => {
    const TAGS = ['go', 'rust', 'kafka', 'redis', 'dns', 'tls'];
    /** `n` reports; report i has tag TAGS[i % 6] and, every third one, "kafka" too. */
    function longCollection(n: number) {
      return {
        reports: Array.from({ length: n }, (_, i) => ({
          id: `R-${String(i).padStart(4, '0')}`,
          title: `Report ${i}`,
          tags: i % 3 === 0 && TAGS[i % 6] !== 'kafka' ? [TAGS[i % 6]!, 'kafka'] : [TAGS[i % 6]!],
        })),
      };
    }
    const all = (el: IncReportList) => [...el.shadowRoot!.querySelectorAll<IncCard>('inc-card')];
    const painted = (card: IncCard) => Boolean(card.shadowRoot?.querySelector('article'));

    it('renders the first cards at once and the rest progressively, until renderComplete', async () => {
      const el = await listWith(longCollection(400), 'group-by=none');
      const first = all(el).length;
      expect(first, 'some cards in the first update').to.be.greaterThan(0);
      expect(first, 'not all of them').to.be.lessThan(400);
      expect(await el.renderComplete).to.equal(true);
      const cardsNow = all(el);
      expect(cardsNow).to.have.length(400);
      expect(cardsNow.every(painted), 'every card rendered').to.equal(true);
      // In document order, as sorted: find-in-page and screen readers reach every report.
      expect(cardsNow.map((c) => c.report!.id)).to.deep.equal(longCollection(400).reports.map((r) => r.id));
    });

    it('filters by hiding the cards already built, never rebuilding them', async () => {
      const el = await listWith(longCollection(300), 'group-by=none');
      await el.renderComplete;
      const before = all(el);
      el.tags = 'rust';
      await el.renderComplete;
      expect(all(el), 'the same card elements').to.deep.equal(before);
      expect(ids(el)).to.deep.equal(
        longCollection(300)
          .reports.filter((r) => r.tags.includes('rust'))
          .map((r) => r.id),
      );
      el.tags = '';
      await el.renderComplete;
      expect(cards(el)).to.have.length(300);
    });

    it('clearing a filter shows the first screenful of cards in the same update, the rest after it', async () => {
      const el = await listWith(longCollection(300), 'group-by=none');
      await el.renderComplete;
      el.tags = 'rust';
      await el.renderComplete;
      el.tags = '';
      await el.updateComplete;
      // Before any slice ran: the cards from the first on are shown without a gap, down past the
      // bottom of the screen, and no more chunks than that takes (here one chunk of 25 cards fills
      // it; the fixed limit of 60 cards this replaced updated two).
      const cardsInOrder = all(el);
      let prefix = 0;
      while (prefix < cardsInOrder.length && !cardsInOrder[prefix]!.closest('[hidden]')) prefix++;
      expect(prefix, 'some cards shown').to.be.greaterThan(0);
      const bottom = cardsInOrder[prefix - 1]!.getBoundingClientRect().bottom;
      expect(bottom, 'the cards shown fill the screen').to.be.at.least(innerHeight);
      // (The second chunk's first card carries rust, so it showed already.)
      expect(prefix, 'one chunk updated before the paint').to.be.below(50);
      await el.renderComplete;
      expect(cards(el)).to.have.length(300);
    });

    it('a filter change while scrolled shows only matches on screen before the paint; chunks above wait', async () => {
      // One report in twenty matches: an updated chunk keeps a card or two, and later chunks move up
      // (600 reports, so that enough of them follow to fill the screen).
      const input = longCollection(600);
      input.reports.forEach((report, i) => {
        if (i % 20 === 7) report.tags.push('needle');
      });
      // Every report in the page (above 500 the list would window: see windowing.test.ts).
      const el = await listWith(input, 'group-by=none windowing=never');
      await el.renderComplete;
      const cardsInOrder = all(el);
      const shownNow = (card: IncCard) => !card.closest('[hidden]');
      const matches = (card: IncCard) => card.report!.tags.includes('needle');
      try {
        cardsInOrder[101]!.scrollIntoView({ block: 'start' }); // the second card of the fifth chunk
        el.tags = 'needle';
        await el.updateComplete;
        const onScreen = cardsInOrder.filter((card) => {
          if (!shownNow(card)) return false;
          const box = card.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
        expect(onScreen.length, 'cards on screen').to.be.greaterThan(0);
        expect(onScreen.filter((card) => !matches(card)).map((card) => card.report!.id)).to.deep.equal([]);
        // Enough later chunks were updated to fill the screen. (Counted rather than measured: chunks
        // that were off screen keep their placeholder size until the next frame lays them out.)
        const cardHeight = onScreen[0]!.getBoundingClientRect().height;
        let upToDate = 0;
        for (const card of cardsInOrder.slice(100)) {
          if (shownNow(card) && !matches(card)) break;
          if (shownNow(card)) upToDate++;
        }
        expect(upToDate * cardHeight, 'matches fill the screen').to.be.at.least(innerHeight);
        // The fourth chunk, just above the screen, is near but waits for the slices after the paint.
        const fourth = cardsInOrder.slice(75, 100);
        expect(
          fourth.some((card) => shownNow(card) && !matches(card)),
          'the chunk above waits',
        ).to.equal(true);
        await el.renderComplete;
        expect(cardsInOrder.filter(shownNow).every(matches), 'every chunk after the slices').to.equal(true);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('chunks whose cards are all filtered out take no space, on screen or off', async () => {
      const input = longCollection(300);
      input.reports[0]!.tags = ['needle'];
      input.reports[299]!.tags = ['needle'];
      const el = await listWith(input, 'group-by=none');
      await el.renderComplete;
      el.tags = 'needle';
      await el.renderComplete;
      const [first, last] = all(el).filter((card) => !card.closest('[hidden]'));
      expect(last?.report?.id).to.equal('R-0299');
      // Eleven chunks of filtered-out cards lie between them; none may keep its former height.
      const gap = last!.getBoundingClientRect().top - first!.getBoundingClientRect().bottom;
      expect(gap, 'space between the two matching cards').to.be.lessThan(40);
    });

    it('a card hidden while its tag was selected shows the right pressed state when shown again', async () => {
      const el = await listWith(longCollection(60), 'group-by=none');
      await el.renderComplete;
      const goCard = all(el).find((c) => c.report!.id === 'R-0000')!; // tags: go, kafka
      const pressed = () =>
        [...goCard.shadowRoot!.querySelectorAll('[part="tag"]')]
          .find((b) => b.textContent.trim() === 'kafka')!
          .getAttribute('aria-pressed');
      el.tags = 'rust';
      await el.renderComplete;
      expect(goCard.closest('[hidden]'), 'hidden by the rust filter').to.exist;
      // kafka becomes selected while the card stays hidden (it lacks rust)…
      el.match = 'all';
      el.tags = 'rust,kafka';
      await el.renderComplete;
      expect(goCard.closest('[hidden]'), 'still hidden').to.exist;
      // …and a change that does not touch kafka shows it: it must not show a stale "not pressed".
      el.match = 'any';
      el.tags = 'kafka';
      await el.renderComplete;
      await goCard.updateComplete;
      expect(goCard.closest('[hidden]'), 'shown').to.equal(null);
      expect(pressed(), 'its kafka tag is pressed').to.equal('true');
    });

    it('validates a large collection in slices: loading first, then the content; the last one set wins', async function () {
      this.timeout(30000);
      const el = await fixture<IncReportList>(
        html`<inc-report-list group-by="none" windowing="never"></inc-report-list>`,
      );
      const loaded = oneEvent(el, 'inc-load');
      el.collection = longCollection(2000);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="skeleton"]'), 'loading while it validates').to.exist;
      const complete = el.renderComplete; // asked while still validating
      expect((await loaded).detail.count).to.equal(2000);
      expect(await complete).to.equal(true);
      expect(all(el), 'renderComplete waited for the content, then for every card').to.have.length(2000);
      expect(cards(el).length).to.be.greaterThan(0);
      // A large value then a small one at once: the small one stays, the large answer is dropped.
      el.collection = longCollection(1500);
      el.collection = collection;
      await el.updateComplete;
      await aTimeout(300);
      expect(ids(el)).to.have.length(4);
    });

    it('renderComplete resolves false when the list is removed before it finished', async () => {
      const el = await listWith(longCollection(400), 'group-by=none');
      const done = el.renderComplete;
      el.remove();
      expect(await done).to.equal(false);
    });
  });

  it('is accessible', async () => {
    const el = await listWith(collection);
    await Promise.all(cards(el).map((c) => c.updateComplete));
    await expect(el).to.be.accessible();
  });
});
