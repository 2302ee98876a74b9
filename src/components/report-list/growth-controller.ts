import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { Collection, Report } from '../../data/index.js';
import { backgroundTask, whenRenderQueueIdle } from '../../shared/render-queue.js';
import { groupReports, sortReports, type GroupBy, type Section, type SortOrder } from './arrange.js';

/** Reports per rendering chunk (the unit a rendered item list grows by). */
export const CHUNK_SIZE = 25;
/** Reports in the first render: a few screens of cards (all of them on the server, which renders once). */
export const FIRST_ITEMS = isServer ? Number.POSITIVE_INFINITY : 50;
/** Reports added per later step, once the cards added before have rendered. */
export const ITEMS_PER_STEP = 100;

/** What the growth needs to know of the rest of the list. */
export interface GrowthOptions {
  /** Whether the content is still loading or validating (nothing to render yet). */
  loading(): boolean;
  /** Whether chunks still wait to be brought up to date with the filter (see `VisibilityController`). */
  deferred(): boolean;
  /** Whether the list is windowed: the window holds what is rendered, not the growth. */
  windowed(): boolean;
}

/**
 * How a long list gets into the page:
 * - `arrange` sorts and groups the collection into sections, once per content, order and grouping;
 *   each section is cut into fixed chunks of {@link CHUNK_SIZE} that are never rebuilt by a filter;
 * - the first render holds {@link FIRST_ITEMS} reports (whole chunks, across sections in order); each
 *   later step adds {@link ITEMS_PER_STEP} once the render queue is idle (the cards added before have
 *   rendered), in a background task, until every report is in the page; a re-sort or regrouping
 *   starts again from the first step;
 * - `whenRendered` (the list's `renderComplete`) resolves once all of that is done and no chunk waits
 *   for the filter, `false` if the host was removed first.
 */
export class GrowthController implements ReactiveController {
  /** Every report in display order, grouped into sections (the filter only hides and shows them). */
  sections: Section[] = [];
  /** Every report in display order. */
  ordered: Report[] = [];
  /** How many reports (counted across sections, in order, whole chunks) may be in the page so far. */
  renderLimit = FIRST_ITEMS;
  #sectionsKey = '';
  #sectionsCollection: Collection | undefined;
  readonly #chunks = new WeakMap<Section, Report[][]>();
  /** Cancels the pending growth step, if one is scheduled. */
  #cancelStep: (() => void) | undefined;
  #waiters: Array<() => void> = [];
  readonly #host: ReactiveElement;
  readonly #options: GrowthOptions;

  constructor(host: ReactiveElement, options: GrowthOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.schedule();
  }

  hostDisconnected(): void {
    this.#cancelStep?.();
    this.#cancelStep = undefined;
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  /** Sorts and groups `collection`; returns whether the sections were rebuilt. */
  arrange(
    collection: Collection | undefined,
    order: SortOrder,
    groupBy: GroupBy,
    ungroupedLabel: string,
  ): boolean {
    if (!collection) {
      this.sections = [];
      this.ordered = [];
      this.#sectionsCollection = undefined;
      return false;
    }
    const key = `${order}|${groupBy}|${ungroupedLabel}`;
    if (collection === this.#sectionsCollection && key === this.#sectionsKey) return false;
    this.#sectionsCollection = collection;
    this.#sectionsKey = key;
    this.ordered = sortReports(collection.reports, order);
    this.sections = groupReports(this.ordered, collection, groupBy, ungroupedLabel);
    this.renderLimit = FIRST_ITEMS; // the page rebuilds progressively, like a first render
    return true;
  }

  /** A section's fixed chunks (cut once per section). */
  chunksOf(section: Section): Report[][] {
    let chunks = this.#chunks.get(section);
    if (!chunks) {
      chunks = [];
      for (let i = 0; i < section.reports.length; i += CHUNK_SIZE) {
        chunks.push(section.reports.slice(i, i + CHUNK_SIZE));
      }
      this.#chunks.set(section, chunks);
    }
    return chunks;
  }

  /** Whether every report may be in the page. */
  #allRendered(): boolean {
    if (this.#options.windowed()) return true;
    return this.renderLimit >= this.sections.reduce((sum, section) => sum + section.reports.length, 0);
  }

  /** After an update: adds the next chunks once the cards already added have rendered, a few per task. */
  schedule(): void {
    if (this.#cancelStep !== undefined || !this.#host.isConnected) return;
    if (this.#allRendered()) {
      for (const resolve of this.#waiters.splice(0)) resolve();
      return;
    }
    let cancelled = false;
    let cancelTask = (): void => undefined;
    this.#cancelStep = () => {
      cancelled = true;
      cancelTask();
    };
    void whenRenderQueueIdle().then(() => {
      if (cancelled) return;
      cancelTask = backgroundTask(() => {
        this.#cancelStep = undefined;
        this.renderLimit += ITEMS_PER_STEP;
        this.#host.requestUpdate();
      });
    });
  }

  /** Resolves once every report is rendered and up to date with the filter; `false` if the host left. */
  async whenRendered(): Promise<boolean> {
    for (;;) {
      await this.#host.updateComplete;
      if (!this.#host.isConnected) return false;
      if (this.#options.loading()) {
        // Fetching or validating (large collections validate in slices): nothing to render yet.
        await new Promise<void>((resolve) => backgroundTask(resolve));
        continue;
      }
      if (this.#allRendered()) {
        await whenRenderQueueIdle();
        if (this.#options.deferred()) await new Promise<void>((resolve) => backgroundTask(resolve));
        else if (!this.#host.isUpdatePending && this.#allRendered()) return true;
      } else {
        await new Promise<void>((resolve) => this.#waiters.push(resolve));
      }
    }
  }
}
