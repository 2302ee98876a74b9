import type { ReactiveController, ReactiveElement } from 'lit';
import type { Collection, Report } from '../../data/index.js';
import type { FilterController } from './filter-controller.js';
import type { GrowthController } from './growth-controller.js';
import { IncElement } from '../../shared/base-element.js';
import { ItemMeasure } from './item-measure.js';
import { reportTagKeys } from '../../shared/filter-state.js';
import { backgroundTask, SLICE_MS } from '../../shared/render-queue.js';
import type { Section } from './arrange.js';
import { COLLAPSED_CHUNK, nearViewport, screenFill } from './near-viewport.js';

/**
 * Chunks a filter change may bring up to date before the paint while looking for a screenful of
 * matches (a rare tag empties most of them): 2,000 items checked, about a millisecond.
 */
const MAX_CHUNKS_BEFORE_PAINT = 80;

/** Whether two sets have a member in common. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of b) if (a.has(key)) return true;
  return false;
}

/**
 * Shows and hides the rendered cards for the filter, and sizes the space of those not laid out:
 * - after each update, every chunk not up to date with `matching` is brought up to date by flipping
 *   `hidden` on its items (never re-rendering templates); a new chunk at once, others only while they
 *   are near the screen and until they show a screenful (at most {@link MAX_CHUNKS_BEFORE_PAINT}),
 *   the rest in ~8 ms slices after the paint (`hasDeferred` says some wait);
 * - shown cards whose tags changed selection re-render (their pressed state); hidden ones re-render
 *   when shown again; a chunk that shows nothing collapses (class `collapsed`, not `hidden`);
 * - placeholders: each chunk's `--_items` is its item count, `.pending` gets the filter's share of the
 *   reports not rendered yet, and `ItemMeasure` sets the measured item height they multiply.
 */
export class VisibilityController implements ReactiveController {
  /** Reports not rendered yet that the filter would show: the size of the `.pending` placeholder. */
  pendingItems = 0;
  /** Cards hidden when their tags' selection changed; they re-render when shown again. */
  readonly #staleCards = new WeakSet<Element>();
  /** Filter updates waiting for off-screen chunks, run in slices after the next paint. */
  readonly #deferredChunks = new Map<Element, () => number>();
  #cancelDeferred: (() => void) | undefined;
  /** Tag keys changed since a deferred chunk was last brought up to date. */
  readonly #chunkChanges = new WeakMap<Element, Set<string>>();
  /** The `matching` set each chunk was last brought up to date with. */
  readonly #chunkShows = new WeakMap<Element, ReadonlySet<Report>>();
  /** The `matching` set the sections' own visibility was last set from. */
  #sectionsShow: ReadonlySet<Report> | undefined;
  readonly #measure: ItemMeasure;
  readonly #host: ReactiveElement;
  readonly #filter: FilterController;
  readonly #growth: GrowthController;
  /** Moves focus somewhere sensible if what held it (`before`) was hidden. */
  readonly #keepFocus: (before: Element | null) => void;

  constructor(
    host: ReactiveElement,
    filter: FilterController,
    growth: GrowthController,
    keepFocus: (before: Element | null) => void,
  ) {
    this.#host = host;
    this.#filter = filter;
    this.#growth = growth;
    this.#keepFocus = keepFocus;
    this.#measure = new ItemMeasure(host);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.#scheduleDeferred();
  }

  hostDisconnected(): void {
    this.#cancelDeferred?.();
    this.#cancelDeferred = undefined;
    this.#measure.stop();
  }

  /** Whether chunks still wait for a slice to catch up with the filter. */
  get hasDeferred(): boolean {
    return this.#deferredChunks.size > 0;
  }

  /**
   * After an update: visibility, then placeholder sizes, then the item measurement (see
   * `ItemMeasure`: `layoutKey`, `collection` and `rows` say when to measure again and how to estimate).
   */
  afterUpdate(layoutKey: string, collection: Collection | undefined, rows: boolean): void {
    this.#applyVisibility();
    // Through the CSSOM: a style attribute would be blocked by a strict CSP (style-src-attr).
    this.#host.renderRoot
      .querySelector<HTMLElement>('.pending')
      ?.style.setProperty('--_items', String(this.pendingItems));
    this.#measure.update(layoutKey, collection, rows);
  }

  /** A chunk laid out for the first time (`contentvisibilityautostatechange`): measure if due. */
  readonly onChunkShown = {
    handleEvent: (event: Event): void => {
      if ((event as Event & { skipped?: boolean }).skipped === false) this.#measure.chunkShown();
    },
    capture: true,
  };

  /**
   * Shows the cards that match and hides the rest, directly on the rendered items. Chunks off screen
   * (skipped by `content-visibility`) catch up in time slices after the next paint, so the work
   * before it follows what is on screen.
   */
  #applyVisibility(): void {
    const changed = this.#filter.takeChangedTags();
    const matching = this.#filter.matching;
    const sections = this.#growth.sections;
    const root = this.#host.renderRoot;
    // Most updates (each progressive growth step) only add chunks: those are brought up to date
    // here, and nothing else is touched or measured.
    const stale: Array<[HTMLElement, () => number]> = [];
    root.querySelectorAll<HTMLElement>('.sections > section').forEach((element, index) => {
      const section = sections[index];
      const chunkElements = element.querySelector('.items')?.children;
      if (!section || !chunkElements) return;
      // Decided from the data: a section's matching items may not all be rendered yet.
      if (this.#sectionsShow !== matching) element.hidden = !section.reports.some((r) => matching.has(r));
      let offset = 0;
      for (const chunk of chunkElements as HTMLCollectionOf<HTMLElement>) {
        const start = offset;
        offset += chunk.children.length;
        // Its placeholder size counts its items (see `measureItems`); a chunk Lit reuses after a
        // regrouping or re-sort may hold a different number.
        const count = String(chunk.children.length);
        if (chunk.style.getPropertyValue('--_items') !== count) chunk.style.setProperty('--_items', count);
        const shows = this.#chunkShows.get(chunk);
        if (shows === matching) continue;
        if (changed.size > 0) {
          const tags = this.#chunkChanges.get(chunk);
          if (tags) for (const key of changed) tags.add(key);
          else this.#chunkChanges.set(chunk, new Set(changed));
        }
        const apply = () => this.#applyChunk(chunk, section, start);
        if (shows === undefined) apply();
        else stale.push([chunk, apply]);
      }
    });
    this.#sectionsShow = matching;
    if (stale.length === 0) return;
    // Chunks away from the screen wait for slices after the paint (collapsed ones count as near
    // next to near ones).
    const near = nearViewport([...root.querySelectorAll<HTMLElement>('.chunk')]);
    // Every layout read comes before the first change. From the first near chunk that is not above
    // the screen, chunks are brought up to date in document order until they show a screenful,
    // near or not: a filter that empties the first chunks pulls later ones up into view, and one
    // that fills them pushes the later ones off screen. Chunks above the screen wait for the slices
    // (scroll anchoring keeps what is on screen in place when they change), as do the rest.
    const { above, fill } = screenFill(near);
    let started = false;
    let shown = 0;
    let applied = 0;
    for (const [chunk, apply] of stale) {
      started ||= near.has(chunk) && !above.has(chunk);
      if (started && shown < fill && applied < MAX_CHUNKS_BEFORE_PAINT) {
        this.#deferredChunks.delete(chunk);
        shown += apply();
        applied++;
      } else this.#deferredChunks.set(chunk, apply);
    }
    this.#scheduleDeferred();
  }

  /** Brings deferred chunks up to date about 8 ms at a time, each slice after a frame. */
  #scheduleDeferred(): void {
    if (this.#cancelDeferred || this.#deferredChunks.size === 0 || !this.#host.isConnected) return;
    this.#cancelDeferred = backgroundTask(() => {
      this.#cancelDeferred = undefined;
      const end = performance.now() + SLICE_MS;
      const focused = this.#host.shadowRoot?.activeElement ?? null;
      for (const [chunk, apply] of this.#deferredChunks) {
        this.#deferredChunks.delete(chunk);
        apply();
        if (performance.now() >= end) break;
      }
      this.#keepFocus(focused);
      this.#scheduleDeferred();
    });
  }

  /** Shows and hides one chunk's items for the current filter; returns how many it shows. */
  #applyChunk(chunk: HTMLElement, section: Section, start: number): number {
    const matching = this.#filter.matching;
    const changed = this.#chunkChanges.get(chunk);
    this.#chunkChanges.delete(chunk);
    this.#chunkShows.set(chunk, matching);
    const items = chunk.children;
    let shown = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as HTMLElement;
      const report = section.reports[start + i];
      const show = report !== undefined && matching.has(report);
      const card = item.firstElementChild;
      if (show) shown++;
      if (item.hidden === show) item.hidden = !show;
      if (!card || !report) continue;
      const affected = changed !== undefined && sharesAny(reportTagKeys(report), changed);
      if (affected && !show) this.#staleCards.add(card);
      else if (show && (affected || this.#staleCards.has(card))) {
        this.#staleCards.delete(card);
        if (card instanceof IncElement) card.requestUpdate();
      }
    }
    // A chunk with nothing to show collapses to an empty box. Not `hidden`: taking a
    // style-contained box out of the layout tree makes Chromium walk the whole page's layout tree
    // for list markers and counters (~35 ms at 10,000 cards, on every filter change).
    chunk.classList.toggle(COLLAPSED_CHUNK, shown === 0);
    return shown;
  }
}
