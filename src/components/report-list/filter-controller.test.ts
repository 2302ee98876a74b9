import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IncFilterChangeDetail } from '../../shared/events.js';
import { makeCollection, type ControllerHost } from '../../../tests/browser/helpers/list-controllers.js';

const TAGS = [['Go'], ['Python'], ['Go', 'Kafka'], []];
const collection = makeCollection(4, (i) => TAGS[i]!);

async function mount(syncUrl = false): Promise<ControllerHost> {
  return fixture<ControllerHost>(html`<list-controller-host .syncUrl=${syncUrl}></list-controller-host>`);
}

describe('FilterController', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('parses the filter forgivingly from tags, match and query', async () => {
    const el = await mount();
    el.tags = ' go, Go ,, python ';
    el.match = 'most' as never;
    el.query = '  lock ';
    expect(el.filtering.filter).to.deep.equal({ tags: ['go', 'python'], match: 'any', query: 'lock' });
  });

  it('filters the display order, shares the state once per change, and tells which tags changed', async () => {
    const el = await mount();
    el.collection = collection;
    await el.updateComplete;
    expect(el.filtering.visible.map((r) => r.id)).to.deep.equal(['R-0', 'R-1', 'R-2', 'R-3']);
    const first = el.state;
    expect(first?.matchCount).to.equal(4);
    el.requestUpdate(); // nothing changed: the shared state stays the same object
    await el.updateComplete;
    expect(el.state).to.equal(first);
    const matching = el.filtering.matching;
    el.state!.toggleTag('go');
    await el.updateComplete;
    expect(el.tags).to.equal('go');
    expect(el.filtering.visible.map((r) => r.id)).to.deep.equal(['R-0', 'R-2']);
    expect(el.filtering.matching, 'a new set per change').not.to.equal(matching);
    expect(el.state!.selection.has('go')).to.equal(true);
    el.state!.setTags(['go', 'kafka']);
    el.state!.setMatch('all');
    await el.updateComplete;
    expect(el.filtering.visible.map((r) => r.id)).to.deep.equal(['R-2']);
    // The host's visibility took the changes after each update; a new one is taken once.
    el.state!.setTags(['python']);
    await el.updateComplete;
    expect([...el.filtering.takeChangedTags()]).to.deep.equal([]);
    el.state!.clearFilters();
    expect(el.filtering.takeChangedTags().size, 'taken before the update').to.equal(0);
  });

  it('fires inc-filter-change once per distinct filter, not for the initial empty one', async () => {
    const el = await mount();
    const seen: IncFilterChangeDetail[] = [];
    el.addEventListener('inc-filter-change', (event) => seen.push(event.detail));
    el.collection = collection;
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    el.state!.setQuery('report 1');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen).to.deep.equal([{ tags: [], match: 'any', query: 'report 1', count: 1 }]);
  });

  it('with defer, makes the pass after the next paint: the filter and selection at once, the count after', async () => {
    const el = await mount();
    el.deferFilter = true;
    const seen: number[] = [];
    el.addEventListener('inc-filter-change', (event) => seen.push(event.detail.count));
    el.collection = collection;
    await el.updateComplete;
    expect(el.state!.matchCount, 'new content is filtered at once').to.equal(4);
    let painted = false;
    requestAnimationFrame(() => setTimeout(() => (painted = true)));
    el.state!.toggleTag('go');
    el.state!.setQuery('report');
    await el.updateComplete;
    expect(el.state!.filter).to.deep.equal({ tags: ['go'], match: 'any', query: 'report' });
    expect(el.state!.selection.has('go')).to.equal(true);
    expect(el.state!.pending).to.equal(true);
    expect(el.state!.matchCount).to.equal(4);
    expect(el.filtering.visible).to.have.length(4);
    expect(seen).to.deep.equal([]);
    await waitUntil(() => el.state!.pending === false, 'the pass ran');
    expect(painted).to.equal(true);
    expect(el.state!.pending).to.equal(false);
    expect(el.filtering.visible.map((r) => r.id)).to.deep.equal(['R-0', 'R-2']);
    expect(seen, 'one pass, one event').to.deep.equal([2]);
    // Changed and changed back before the pass: the pass still publishes a settled state.
    el.state!.setQuery('');
    await el.updateComplete;
    expect(el.state!.pending).to.equal(true);
    el.state!.setQuery('report');
    await el.updateComplete;
    await waitUntil(() => el.state!.pending === false, 'the pass ran');
    expect(el.state!.filter).to.deep.equal({ tags: ['go'], match: 'any', query: 'report' });
    expect(el.state!.matchCount).to.equal(2);
    expect(seen, 'the same filter again: no event').to.deep.equal([2]);
  });

  it('with sync-url, reads the URL and writes tags as a new history entry and typing in place', async () => {
    history.replaceState(null, '', '?tags=Kafka&q=report');
    const el = await mount(true);
    el.collection = collection;
    await el.updateComplete;
    expect(el.filtering.filter).to.deep.equal({ tags: ['Kafka'], match: 'any', query: 'report' });
    const length = history.length;
    el.state!.toggleTag('Go');
    expect(new URL(location.href).searchParams.get('tags')).to.equal('Kafka,Go');
    expect(history.length, 'a tag adds an entry').to.equal(length + 1);
    el.state!.setQuery('reports');
    expect(new URL(location.href).searchParams.get('q')).to.equal('reports');
    expect(history.length, 'typing replaces it').to.equal(length + 1);
  });
});
