import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define.js';
import type { IncReportList } from '../report-list/report-list.js';
import type { IncTagFilter } from './tag-filter.js';

const collection = {
  reports: [
    { id: 'a', title: 'A', tags: ['Go', 'Kafka', 'Redis'] },
    { id: 'b', title: 'B', tags: ['Go', 'Python'] },
    { id: 'c', title: 'C', tags: ['go', 'Feature flags'] },
    { id: 'd', title: 'D', tags: ['Python'] },
  ],
};

function buttons(filter: IncTagFilter): HTMLButtonElement[] {
  return [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="tag"]')];
}
function labels(filter: IncTagFilter): string[] {
  return buttons(filter).map((b) => b.textContent.replace(/\s+/g, ' ').trim());
}

async function setup(filterAttrs: Partial<IncTagFilter> = {}) {
  const list = await fixture<IncReportList>(
    html`<inc-report-list group-by="none" .collection=${collection}>
      <inc-tag-filter
        slot="filter"
        .limit=${filterAttrs.limit ?? 12}
        ?search=${filterAttrs.search ?? false}
      ></inc-tag-filter>
    </inc-report-list>`,
  );
  const filter = list.querySelector('inc-tag-filter')!;
  await list.updateComplete;
  await filter.updateComplete;
  return { list, filter };
}

describe('inc-tag-filter', () => {
  it('lists every tag with its count, most used first, tolerant of case', async () => {
    const { filter } = await setup();
    expect(labels(filter)).to.deep.equal(['Go, 3', 'Python, 2', 'Feature flags, 1', 'Kafka, 1', 'Redis, 1']);
  });

  it('toggles tags with aria-pressed and filters the list', async () => {
    const { list, filter } = await setup();
    const changed = oneEvent(list, 'inc-filter-change');
    buttons(filter)[1]!.click();
    expect((await changed).detail.count).to.equal(2);
    await filter.updateComplete;
    expect(buttons(filter)[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(buttons(filter)[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(list.tags).to.equal('Python');
  });

  it('switches between any and all, and clears', async () => {
    const { list, filter } = await setup();
    list.tags = 'Go,Python';
    await list.updateComplete;
    await filter.updateComplete;
    expect(list.visibleReports).to.have.length(4);
    const [any, all] = [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="match"] button')];
    expect(any!.getAttribute('aria-pressed')).to.equal('true');
    all!.click();
    await list.updateComplete;
    await filter.updateComplete;
    expect(list.visibleReports.map((r) => r.id)).to.deep.equal(['b']);
    expect(all!.getAttribute('aria-pressed')).to.equal('true');
    const clear = filter.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    expect(clear.hidden, 'Clear shows while a filter is set').to.equal(false);
    expect(clear.getClientRects().length).to.be.greaterThan(0);
    clear.click();
    await list.updateComplete;
    await filter.updateComplete;
    expect(list.tags).to.equal('');
    // Nothing left to clear: the button is gone from view (and from the Tab order).
    expect(clear.hidden).to.equal(true);
    expect(clear.getClientRects().length).to.equal(0);
  });

  it('shows Clear only while a tag or search filter is set', async () => {
    const { list, filter } = await setup({ search: true });
    const clear = () => filter.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    const shown = () => clear().getClientRects().length > 0;
    expect(shown(), 'nothing filtered on load').to.equal(false);
    list.query = 'python';
    await list.updateComplete;
    await filter.updateComplete;
    expect(shown(), 'a search is set').to.equal(true);
    list.query = '';
    list.tags = 'Go';
    await list.updateComplete;
    await filter.updateComplete;
    expect(shown(), 'a tag is set').to.equal(true);
    list.tags = '';
    await list.updateComplete;
    await filter.updateComplete;
    expect(shown(), 'cleared from outside').to.equal(false);
  });

  it('searches with the optional text box', async () => {
    const { list, filter } = await setup({ search: true });
    const input = filter.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'python';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    expect(list.query).to.equal('python');
    expect(list.visibleReports.map((r) => r.id)).to.deep.equal(['b', 'd']);
  });

  it('shows more past the limit, keeping selected tags visible', async () => {
    const { list, filter } = await setup({ limit: 2 });
    expect(labels(filter)).to.have.length(2);
    const more = filter.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
    expect(more.textContent.trim()).to.equal('Show 3 more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    list.tags = 'Redis';
    await list.updateComplete;
    await filter.updateComplete;
    expect(labels(filter)).to.include('Redis, 1');
    more.click();
    await filter.updateComplete;
    expect(labels(filter)).to.have.length(5);
  });

  it('announces the matching count politely, and assertively when none match', async () => {
    const { list, filter } = await setup();
    const polite = filter.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const assertive = filter.shadowRoot!.querySelector('[aria-live="assertive"]')!;
    expect(polite.textContent.trim()).to.equal('');
    buttons(filter)[0]!.click();
    await list.updateComplete;
    await filter.updateComplete;
    expect(polite.textContent.trim()).to.equal('3 of 4 reports match');
    list.query = 'zzz';
    await list.updateComplete;
    await filter.updateComplete;
    expect(assertive.textContent.trim()).to.equal('No reports match');
    expect(polite.textContent.trim()).to.equal('');
  });

  it('connects to a list elsewhere on the page with for=', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <inc-tag-filter for="far-list"></inc-tag-filter>
        <p>Other content</p>
        <inc-report-list id="far-list" group-by="none" .collection=${collection}></inc-report-list>
      </div>`,
    );
    const filter = root.querySelector('inc-tag-filter')!;
    const list = root.querySelector('inc-report-list')!;
    await waitUntil(() => buttons(filter).length === 5, 'filter finds the list', { timeout: 5000 });
    buttons(filter)[0]!.click();
    await list.updateComplete;
    expect(list.tags).to.equal('Go');
    await filter.updateComplete;
    expect(buttons(filter)[0]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is keyboard operable and accessible', async () => {
    const { list, filter } = await setup({ search: true });
    const tag = buttons(filter)[0]!;
    tag.focus();
    expect(filter.shadowRoot!.activeElement).to.equal(tag);
    // Buttons activate on Enter/Space natively; check the element keeps focus across re-render.
    tag.click();
    await list.updateComplete;
    await filter.updateComplete;
    expect(filter.shadowRoot!.activeElement).to.equal(buttons(filter)[0]);
    await expect(filter).to.be.accessible();
  });
});

describe('inc-tag-filter upgrade order', () => {
  it('finds its list through context even when the filter upgrades first', async () => {
    // Simulate a page where the list's definition arrives after the filter's: use a fresh tag name
    // for the list so it is undefined while the filter connects.
    const { IncReportList } = await import('../report-list/report-list.js');
    const tag = `late-list-${Math.random().toString(36).slice(2)}`;
    const host = document.createElement('div');
    const list = document.createElement(tag) as IncReportList;
    list.setAttribute('group-by', 'none');
    const filter = document.createElement('inc-tag-filter');
    filter.slot = 'filter';
    list.append(filter);
    host.append(list);
    document.body.append(host);
    try {
      await filter.updateComplete;
      expect(buttons(filter)).to.have.length(0);
      customElements.define(tag, class extends IncReportList {});
      list.collection = collection;
      await list.updateComplete;
      await waitUntil(() => buttons(filter).length === 5, 'the filter connects once the list upgrades', {
        timeout: 5000,
      });
    } finally {
      host.remove();
    }
  });
});

describe('inc-tag-filter without tags', () => {
  it('offers only search when the collection has no tags', async () => {
    const list = await fixture<IncReportList>(
      html`<inc-report-list .collection=${{ reports: [{ title: 'A' }, { title: 'B' }] }}>
        <inc-tag-filter slot="filter" search></inc-tag-filter>
      </inc-report-list>`,
    );
    const filter = list.querySelector('inc-tag-filter')!;
    await filter.updateComplete;
    expect(filter.shadowRoot!.querySelector('[part="tags"]')).to.equal(null);
    expect(filter.shadowRoot!.querySelector('[part="match"]')).to.equal(null);
    expect(filter.shadowRoot!.querySelector('input[type="search"]')).to.exist;
    await expect(filter).to.be.accessible();
  });
});
