import type { ReactiveElement } from 'lit';
import type { Collection } from '../../data/index.js';
import { IncElement } from '../../shared/base-element.js';

/** Rendered cards an item height is averaged over; the estimate below stands in for those not yet rendered. */
const MIN_MEASURED_ITEMS = 3;
/** Height of an item before any is measured, in em (as in report-list.styles.ts). */
const CARD_ESTIMATE_EM = 12;
const ROW_ESTIMATE_EM = 4.5;

/**
 * The measured height of one list item, which sizes the placeholders of chunks not laid out yet
 * (`--_item-measured` on `.sections`): from the first laid-out chunk's rendered cards, averaged with
 * an em-based estimate until {@link MIN_MEASURED_ITEMS} have rendered, once per collection and layout
 * key, refined until a whole chunk has rendered. Cards render in time slices after the list's own
 * update, so it also measures as they appear: a ResizeObserver on the first laid-out chunk, and a
 * microtask after the first cards' updates settle.
 */
export class ItemMeasure {
  #final = false;
  /** The layout key of the last update, and the one the last measurement was taken under. */
  #key = '';
  #measuredKey = '';
  #collection: Collection | undefined;
  #measuredCollection: Collection | undefined;
  #rows = false;
  /** Watches the first laid-out chunk until its cards (rendered in time slices) give a measurement. */
  #sizeObserver: ResizeObserver | undefined;
  #observedChunk: Element | undefined;
  readonly #awaitedCards = new WeakSet<Element>();
  #measureQueued = false;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /**
   * After the list's update: measures if due and watches the first chunk. `key` says what changes
   * which cards come first or how tall they are (not the filter: hidden cards take no room and
   * chunks keep their item count, and a keystroke at 10,000 reports should not force a layout read).
   */
  update(key: string, collection: Collection | undefined, rows: boolean): void {
    this.#key = key;
    this.#collection = collection;
    this.#rows = rows;
    this.#measure();
    this.#watchFirstChunk();
  }

  /** A chunk laid out for the first time: measure its items if nothing was measured yet, and watch. */
  chunkShown(): void {
    this.#measure();
    this.#watchFirstChunk();
  }

  /** Stops watching (the list left the page). */
  stop(): void {
    this.#sizeObserver?.disconnect();
    this.#observedChunk = undefined;
  }

  #measure(): void {
    if (this.#collection !== this.#measuredCollection) this.#final = false;
    if (this.#final && this.#key === this.#measuredKey) return;
    const root = this.#host.renderRoot;
    for (const chunk of root.querySelectorAll<HTMLElement>('.chunk:not(.collapsed)')) {
      const items = [...(chunk.children as HTMLCollectionOf<HTMLElement>)].filter((item) => !item.hidden);
      // A chunk skipped by content-visibility reports its placeholder size, not its cards'.
      if (!items[0] || items[0].checkVisibility?.({ contentVisibilityAuto: true }) === false) continue;
      // Cards render in time slices: measure the run of rendered ones at the start of the chunk.
      let rendered = 0;
      while (
        rendered < items.length &&
        (items[rendered]!.firstElementChild as IncElement | null)?.hasUpdated
      ) {
        rendered++;
      }
      if (rendered === 0) return; // none yet: the observer or the next update measures again
      const top = items[0].getBoundingClientRect().top;
      const bottom =
        rendered < items.length
          ? items[rendered]!.getBoundingClientRect().top
          : chunk.getBoundingClientRect().bottom;
      // One card is no average (a first card with outcomes and a diagram may be twice the next):
      // until a few have rendered, the styles' estimate makes up the rest.
      const missing = Math.max(0, MIN_MEASURED_ITEMS - rendered);
      // The estimates are in em of the list's own text, as in its styles (never the root's).
      const em = parseFloat(getComputedStyle(this.#host).fontSize) || 16;
      const estimate = (this.#rows ? ROW_ESTIMATE_EM : CARD_ESTIMATE_EM) * em;
      const height = (bottom - top + missing * estimate) / (rendered + missing);
      if (!(height > 0)) continue;
      // From the first cards rendered, refined until a whole chunk has.
      this.#final = rendered === items.length;
      this.#measuredKey = this.#key;
      this.#measuredCollection = this.#collection;
      root
        .querySelector<HTMLElement>('.sections')
        ?.style.setProperty('--_item-measured', `${height.toFixed(1)}px`);
      return;
    }
  }

  /**
   * Cards render in time slices after the list's own update, so nothing of the list's runs as they
   * appear. A ResizeObserver on the first laid-out chunk hears it grow (after layout, before the
   * paint) and measures then, so the placeholders below are right in the frame the cards appear.
   * One target at a time: a chunk Lit replaces, or a list moved, never leaves targets behind.
   */
  #watchFirstChunk(): void {
    if (this.#final || typeof ResizeObserver === 'undefined') {
      this.stop();
      return;
    }
    const chunks = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.chunk:not(.collapsed)')];
    // The cards' own updates settle in the task that renders them: measuring in a microtask after
    // them keeps even a script's layout read between tasks from seeing the estimate.
    for (const item of chunks[0]?.children ?? []) {
      const card = item.firstElementChild;
      // Not upgraded yet (the loader's card chunk still on its way): the observer sees it render.
      if (!(card instanceof IncElement) || card.hasUpdated || this.#awaitedCards.has(card)) continue;
      this.#awaitedCards.add(card);
      void card.updateComplete.then(this.#measureSoon, () => undefined);
    }
    // Only a chunk whose content is laid out: a skipped one's size follows the measurement (an
    // observer loop). Asked of its first shown item: the chunk itself is never inside a skipped box.
    // (Not decided yet on its first frame: the content-visibility event looks again.)
    const first = chunks.find((chunk) => {
      const item = [...(chunk.children as HTMLCollectionOf<HTMLElement>)].find((el) => !el.hidden);
      return item?.checkVisibility?.({ contentVisibilityAuto: true }) ?? false;
    });
    if (first === this.#observedChunk) return;
    this.stop();
    if (!first) return;
    this.#sizeObserver ??= new ResizeObserver(() => {
      this.#measure();
      if (this.#final) this.stop();
    });
    this.#sizeObserver.observe(first);
    this.#observedChunk = first;
  }

  /** One measurement after every card update settled in the same task. */
  readonly #measureSoon = (): void => {
    if (this.#measureQueued) return;
    this.#measureQueued = true;
    queueMicrotask(() => {
      this.#measureQueued = false;
      if (this.#final || !this.#host.isConnected) return;
      this.#measure();
      if (this.#final) this.stop();
    });
  };
}
