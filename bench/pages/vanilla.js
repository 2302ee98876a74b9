// The baseline pages' side of the cases: the same window.bench interface as list.js, over the
// vanilla-DOM rendering in vanilla-render.js. Rendering is synchronous, so "first content" and "all
// reports in the DOM" are the same paint. Everything else reads the DOM, so the page-load baseline
// page (rendered by load-vanilla.js) can use it too.
import { armInteraction, centreOf, eventTimingFor, fetchCollection, paintWhen, settle } from './harness.js';
import { renderVanilla, tagKey } from './vanilla-render.js';

let data;
let pending;
const rows = () => document.querySelectorAll('.items > li').length;
const shown = () => document.querySelectorAll('.items > li:not([hidden])').length;
const search = () => document.querySelector('.search');

window.bench = {
  kind: 'vanilla',
  async ready() {
    return { renderComplete: false };
  },
  async load(n) {
    data = await fetchCollection(n);
    await settle(200);
    return data.reports.length;
  },
  /** Case 1 baseline: build everything, then the next paint. */
  async render(timeout = 120000) {
    const expected = data.reports.length;
    const start = performance.now();
    renderVanilla(data);
    const painted = await paintWhen(() => rows() === expected, timeout, `${expected} rows`);
    return {
      first: painted - start,
      all: painted - start,
      cardsAtFirstPaint: rows(),
      cards: rows(),
      expected,
    };
  },
  settle: (quiet) => settle(quiet),
  tagTarget(tag) {
    const button = document.querySelector(`.facet[data-tag="${CSS.escape(tagKey(tag))}"]`);
    if (!button) throw new Error(`no facet button "${tag}"`);
    return centreOf(button);
  },
  searchTarget() {
    const input = search();
    const centre = centreOf(input);
    input.focus();
    return { ...centre, focused: document.activeElement === input };
  },
  arm(startType, paintType) {
    pending = armInteraction(startType, paintType, () => ({ cards: rows(), shown: shown() }));
  },
  async finish(names) {
    const result = await pending;
    const eventTiming = await eventTimingFor(result.inputTime, names);
    // Synchronous: everything was in the painted frame.
    return { ...result, eventTiming, shown: shown(), allPainted: result.inputToPaint };
  },
};
