// The element pages' side of the cases: window.bench, driven by bench/run.mjs. On list.html it runs
// cases 1, 5 and 2 (render from a loaded collection, heap, tag toggle); on the page-load page it is
// loaded after the probe and runs case 3 (search keystroke) once the page has loaded everything.
// Uses only public behaviour: the `collection` property, `visibleReports`, `renderComplete` when the
// element has it (feature-detected), and the shadow DOM structure (counting inc-card elements,
// finding the tag buttons and search box of inc-tag-filter).
import {
  armInteraction,
  centreOf,
  eventTimingFor,
  fetchCollection,
  paintWhen,
  rendered,
  settle,
  windowComplete,
} from './harness.js';

const list = document.getElementById('list');
const filter = list.querySelector('inc-tag-filter');
let data;
let pending;
let matchesPainted;

/** inc-card elements in the list that are shown (a filter may hide cards rather than remove them). */
const shownCards = () => {
  const all = list.shadowRoot?.querySelectorAll('inc-card') ?? [];
  const shown = [];
  for (const card of all) if (!card.closest('[hidden]')) shown.push(card);
  return shown;
};
const cards = () => shownCards().length;
const firstCardPainted = () => rendered(list.shadowRoot?.querySelector('inc-card'));
const hasRenderComplete = () => typeof list.renderComplete?.then === 'function';
/** A windowed list (issue 16) holds only the cards near the screen (see `windowComplete`). */
const windowed = () => list.windowed === true;

/**
 * Waits until every report that should show has a shown inc-card and the last of them has rendered
 * (awaiting `renderComplete` first when the element has it), then a paint. A windowed list: until
 * its window holds the matching reports' count and every card in it has rendered.
 */
async function allPainted(expected, timeout) {
  let resolvedWith;
  if (hasRenderComplete()) resolvedWith = await list.renderComplete;
  const painted = await paintWhen(
    () => {
      if (windowed()) return windowComplete(list, expected);
      const shown = shownCards();
      return shown.length === expected && (expected === 0 || rendered(shown[shown.length - 1]));
    },
    timeout,
    `${expected} rendered inc-card elements`,
  );
  return { painted, renderCompleteValue: resolvedWith };
}

function tagButton(tag) {
  const buttons = filter.shadowRoot?.querySelectorAll('button.tag') ?? [];
  for (const button of buttons) {
    // The label is isolated in a <bdi> (right-to-left pages); the count is a sibling of it.
    const label = (button.querySelector('bdi')?.textContent ?? '').trim();
    if (label === tag) return button;
  }
  throw new Error(`no tag button "${tag}" in inc-tag-filter (${buttons.length} buttons)`);
}

const searchBox = () => {
  const input = filter.shadowRoot?.querySelector('input[type="search"]');
  if (!input) throw new Error('inc-tag-filter has no search box');
  return input;
};

window.bench = {
  kind: 'element',
  async ready() {
    // The script-tag loader defines inc-card when one first appears (the list renders none until it
    // has content): show it one, so the render case times rendering, not the card chunk's fetch.
    const warm = document.createElement('inc-card');
    warm.hidden = true;
    document.body.append(warm);
    await Promise.all(
      ['inc-report-list', 'inc-card', 'inc-tag-filter'].map((t) => customElements.whenDefined(t)),
    );
    warm.remove();
    return { renderComplete: 'renderComplete' in list };
  },
  async load(n) {
    data = await fetchCollection(n);
    await settle(200);
    return data.reports.length;
  },
  /** Case 1: assignment → first report painted, and → every report in the DOM and painted. */
  async render(timeout = 120000) {
    const expected = data.reports.length;
    const start = performance.now();
    list.collection = data;
    const first = await paintWhen(firstCardPainted, timeout, 'first inc-card content');
    const cardsAtFirstPaint = cards();
    const all = await allPainted(expected, timeout);
    return {
      first: first - start,
      all: all.painted - start,
      cardsAtFirstPaint,
      cards: cards(),
      expected,
      renderComplete: hasRenderComplete(),
      renderCompleteValue: all.renderCompleteValue,
      windowed: windowed(),
    };
  },
  settle: (quiet) => settle(quiet),
  tagTarget: (tag) => centreOf(tagButton(tag)),
  searchTarget() {
    const input = searchBox();
    const centre = centreOf(input);
    input.focus();
    return { ...centre, focused: filter.shadowRoot.activeElement === input };
  },
  arm(startType, paintType) {
    pending = armInteraction(startType, paintType, () => ({
      cards: cards(),
      shown: list.visibleReports.length,
    }));
    // From the same input: the paint in which the new matches show (the filter ran, so
    // `visibleReports` is a new array, and every match shows rendered, or a windowed list's window
    // holds them), watched from the frame after the input, not after the Event Timing wait.
    const before = list.visibleReports;
    matchesPainted = new Promise((resolve) => {
      const watch = () => {
        const complete = () => {
          const expected = list.visibleReports.length;
          if (list.visibleReports === before) return false;
          if (windowed()) return windowComplete(list, expected);
          const shown = shownCards();
          return shown.length === expected && (expected === 0 || rendered(shown[shown.length - 1]));
        };
        resolve(paintWhen(complete, 120000, 'the new matches painted'));
      };
      window.addEventListener(paintType, watch, { capture: true, once: true });
    });
  },
  /** Resolves at the paint after the armed input (bench/profile.mjs stops sampling there). */
  painted: () => pending,
  async finish(names, timeout = 120000) {
    const result = await pending;
    const eventTiming = await eventTimingFor(result.inputTime, names);
    const shown = list.visibleReports.length;
    const matches = await matchesPainted;
    // Settled (renderComplete) before the next case.
    await allPainted(shown, timeout);
    return { ...result, eventTiming, shown, allPainted: matches - result.inputTime };
  },
};
