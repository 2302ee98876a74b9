import { expect, fixture, html } from '@open-wc/testing';
import { makeCollection, type ControllerHost } from '../../../tests/browser/helpers/list-controllers.js';
import { CHUNK_SIZE, FIRST_ITEMS, ITEMS_PER_STEP } from './growth-controller.js';

const items = (el: ControllerHost) => el.renderRoot.querySelectorAll('.item').length;

describe('GrowthController', () => {
  it('renders the first items at once, then grows in steps until every report is in the page', async () => {
    const el = await fixture<ControllerHost>(html`<list-controller-host></list-controller-host>`);
    const limits: number[] = [];
    el.addEventListener('grew', () => limits.push(el.growth.renderLimit));
    el.collection = makeCollection(320);
    await el.updateComplete;
    expect(items(el)).to.equal(FIRST_ITEMS);
    expect(el.growth.chunksOf(el.growth.sections[0]!).map((c) => c.length)).to.deep.equal([
      ...Array<number>(12).fill(CHUNK_SIZE),
      20,
    ]);
    expect(await el.growth.whenRendered()).to.equal(true);
    expect(items(el)).to.equal(320);
    expect(el.growth.renderLimit).to.equal(FIRST_ITEMS + 3 * ITEMS_PER_STEP);
  });

  it('starts again from the first step for new content, and reports a removed host', async () => {
    const el = await fixture<ControllerHost>(html`<list-controller-host></list-controller-host>`);
    el.collection = makeCollection(200);
    expect(await el.growth.whenRendered()).to.equal(true);
    el.collection = makeCollection(400);
    await el.updateComplete;
    expect(items(el)).to.equal(FIRST_ITEMS);
    const done = el.growth.whenRendered();
    el.remove();
    expect(await done).to.equal(false);
    expect(items(el), 'no growth while removed').to.equal(FIRST_ITEMS);
  });
});
