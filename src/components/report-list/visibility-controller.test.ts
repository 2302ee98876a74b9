import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { makeCollection, type ControllerHost } from '../../../tests/browser/helpers/list-controllers.js';

// 300 reports of 100 px: most chunks are far below the screen. Every third report is tagged "odd".
const collection = () => makeCollection(300, (i) => (i % 3 === 1 ? ['odd'] : ['even']));

async function mount(): Promise<ControllerHost> {
  const el = await fixture<ControllerHost>(html`<list-controller-host></list-controller-host>`);
  el.collection = collection();
  await el.growth.whenRendered();
  return el;
}

describe('VisibilityController', () => {
  it('shows the matching items by flipping hidden, and collapses a chunk that shows none', async () => {
    const el = await mount();
    const chunks = [...el.renderRoot.querySelectorAll<HTMLElement>('.chunk')];
    expect(chunks[0]!.style.getPropertyValue('--_items'), 'each chunk counts its items').to.equal('25');
    const first = el.renderRoot.querySelector('.item');
    el.query = 'report 17';
    await el.updateComplete;
    await el.growth.whenRendered();
    expect(el.shownIds()).to.deep.equal(el.filtering.visible.map((r) => r.id));
    expect(el.shownIds()).to.include.members(['R-17', 'R-170', 'R-179']);
    expect(el.renderRoot.querySelector('.item'), 'the items were not rebuilt').to.equal(first);
    expect(chunks[1]!.classList.contains('collapsed'), 'R-25…R-49 show nothing').to.equal(true);
    expect(chunks[1]!.hidden, 'collapsed, not hidden').to.equal(false);
  });

  it('brings the chunks near the screen up to date before the paint, and the rest in slices after it', async () => {
    const el = await mount();
    el.tags = 'odd';
    await el.updateComplete;
    const chunks = [...el.renderRoot.querySelectorAll<HTMLElement>('.chunk')];
    const upToDate = (chunk: HTMLElement) =>
      [...chunk.children].every(
        (item, i) => (item as HTMLElement).hidden === ((i + chunks.indexOf(chunk) * 25) % 3 !== 1),
      );
    expect(upToDate(chunks[0]!), 'the first chunk, on screen').to.equal(true);
    expect(upToDate(chunks.at(-1)!), 'the last chunk waits').to.equal(false);
    expect(el.visibility.hasDeferred).to.equal(true);
    await waitUntil(() => !el.visibility.hasDeferred, 'the deferred chunks catch up');
    expect(chunks.every(upToDate)).to.equal(true);
    expect(el.shownIds()).to.have.length(100);
    expect(el.focusChecks, 'focus is checked after each slice').to.be.greaterThan(0);
  });
});
