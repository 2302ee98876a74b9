// Case 4 probe, loaded as the last module script of both page-load pages (after the bundle on the
// element page). Times are performance.now(), i.e. milliseconds since navigation start
// (performance.timeOrigin). Polls each frame, since a MutationObserver cannot see into shadow roots.
import { paintWhen, rendered, windowComplete } from './harness.js';

const expected = Number(document.body.dataset.expected);
const list = document.querySelector('inc-report-list');
const TAIL = 500; // long tasks are collected until this long after everything is painted

let incLoad = null;
list?.addEventListener('inc-load', () => (incLoad = performance.now()), { once: true });

const firstContent = list
  ? () => rendered(list.shadowRoot?.querySelector('inc-card'))
  : () => document.querySelector('.items > li') !== null;
const count = list
  ? () => list.shadowRoot?.querySelectorAll('inc-card').length ?? 0
  : () => document.querySelectorAll('.items > li').length;
/**
 * Every report has its card (element: and the last card has rendered, as cards render in slices). A
 * windowed list (issue 16): its window says it holds every report, and each card in it has rendered.
 */
const complete = list
  ? () => {
      if (list.windowed === true) return windowComplete(list, expected);
      const cards = list.shadowRoot?.querySelectorAll('inc-card') ?? [];
      return cards.length === expected && rendered(cards[cards.length - 1]);
    }
  : () => count() === expected;

async function measure() {
  const first = await paintWhen(firstContent, 120000, 'first report content');
  let renderComplete = null;
  if (list && typeof list.renderComplete?.then === 'function') renderComplete = await list.renderComplete;
  const all = await paintWhen(complete, 120000, `${expected} reports`);
  await new Promise((resolve) => setTimeout(resolve, TAIL));
  const obs = window.__benchObs;
  const longtasks = obs.longtasks ? obs.longtasks.filter((t) => t.startTime <= all + TAIL) : null;
  return {
    firstContent: first,
    allContent: all,
    incLoad,
    renderComplete: list ? typeof list.renderComplete?.then === 'function' : null,
    renderCompleteValue: renderComplete,
    fcp: obs.paint.find((p) => p.name === 'first-contentful-paint')?.startTime ?? null,
    lcp: obs.lcp.length ? obs.lcp[obs.lcp.length - 1].startTime : null,
    longtasks,
    longestTask: longtasks ? longtasks.reduce((max, t) => Math.max(max, t.duration), 0) : null,
    cards: count(),
    windowed: list ? list.windowed === true : null,
  };
}

window.benchLoad = measure().catch((error) => ({ error: String(error?.stack ?? error) }));
