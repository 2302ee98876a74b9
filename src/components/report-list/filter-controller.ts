import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Collection, Report } from '../../data/index.js';
import type { CardDisplay, ListState } from '../../shared/context.js';
import { incEvent } from '../../shared/events.js';
import {
  MATCH_MODES,
  countTags,
  createMatcher,
  isFilterActive,
  parseTagList,
  prepareSearch,
  toggleTag,
  type FilterState,
  type MatchMode,
  type TagCount,
} from '../../shared/filter-state.js';
import { tagKey } from '../../shared/tag-key.js';
import { backgroundTask, SLICE_MS } from '../../shared/render-queue.js';
import { UrlSyncController } from './url-sync-controller.js';

/** What the filter reads and writes on the list: its `tags`, `match`, `query` and `sync-url`. */
export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  tags: string;
  match: MatchMode;
  query: string;
  syncUrl: boolean;
}

/**
 * The list's filter state and its rules:
 * - the filter is parsed from the host's `tags`, `match` and `query` (see `filter`); `set` writes them
 *   and, with `sync-url`, the page URL (tags and match add a history entry, typing replaces it);
 * - `arrange` filters the display order once per content, filter and order change: `visible`, the
 *   `matching` set (a new one per change), the selection (one Set, updated in place) and the tag keys
 *   whose selection changed since the cards last heard (`takeChangedTags`);
 * - `announce` fires `inc-filter-change` once per distinct filter after an update (not for the
 *   initial, inactive one);
 * - every report's search text is prepared in background slices once per collection, so the first
 *   keystroke costs what the later ones do;
 * - in a long list (`defer`: windowed), a filter change makes its pass after the next paint, as
 *   React's `useDeferredValue` does: the filter and the selection are new in the same update, so the
 *   pressed tag and the typed character paint at once; the count and the matches (`pending` until
 *   then) a frame later. At 10,000 reports the pass, the new cards and the virtualizer's measuring
 *   take 30–60 ms, and a first keystroke's pass alone 5–15 ms. Changes within a frame make one pass.
 */
export class FilterController implements ReactiveController {
  /** Reports that match the filter, in display order. */
  visible: Report[] = [];
  /** The same reports as a set: a new set per filter change, so "up to date" is an identity check. */
  matching: ReadonlySet<Report> = new Set();
  readonly #selection = new Set<string>();
  #changedTags = new Set<string>();
  #tagCounts: TagCount[] = [];
  #countedCollection: Collection | undefined;
  #arrangedCollection: Collection | undefined;
  #arrangedKey = '';
  #lastAnnounced = '';
  #cancelSearchPrep: (() => void) | undefined;
  /** Cancels the deferred pass (see the class); set while one waits. */
  #cancelPass: (() => void) | undefined;
  /** The deferred pass is due in the next `arrange`. */
  #passDue = false;
  readonly #urlSync: UrlSyncController;
  readonly #host: FilterHost;
  readonly #defer: () => boolean;

  constructor(host: FilterHost, defer: () => boolean) {
    this.#host = host;
    this.#defer = defer;
    this.#urlSync = new UrlSyncController(
      host,
      () => host.syncUrl,
      (filter) => this.#apply(filter),
    );
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancelSearchPrep?.();
    this.#cancelSearchPrep = undefined;
    // A waiting filter pass is left to run (within a frame), so the state the list last published
    // does not stay pending.
  }

  /** A filter change waits for its pass: `visible`, `matching` and the count are the previous filter's. */
  get pending(): boolean {
    return this.#cancelPass !== undefined;
  }

  /** The current filter, as parsed from `tags`, `match` and `query`. */
  get filter(): FilterState {
    return {
      tags: parseTagList(this.#host.tags),
      match: MATCH_MODES.includes(this.#host.match) ? this.#host.match : 'any',
      query: this.#host.query.trim(),
    };
  }

  /** Sets the filter, and the URL when synced (`replaceHistory` for keystrokes). */
  set(filter: FilterState, replaceHistory: boolean): void {
    this.#apply(filter);
    this.#urlSync.write(filter, replaceHistory);
  }

  /** Clears tags and search. */
  clear(): void {
    this.set({ tags: [], match: this.filter.match, query: '' }, false);
  }

  /** Starts or stops following the URL after `sync-url` changed. */
  syncUrl(): void {
    this.#urlSync.sync();
  }

  /** Tag keys whose selection changed since the last call: their shown cards re-render. */
  takeChangedTags(): Set<string> {
    const changed = this.#changedTags;
    this.#changedTags = new Set();
    return changed;
  }

  /**
   * Filters `ordered` (the collection in display order) for the current filter. Returns the state
   * to share with cards and tag filters when it changed; `undefined` when nothing did (an update that
   * changes neither content, filter nor order reuses the last result, and no card hears of it).
   * `reordered` says the display order was rebuilt.
   */
  arrange(
    collection: Collection | undefined,
    ordered: readonly Report[],
    order: string,
    reordered: boolean,
    display: Readonly<CardDisplay>,
  ): ListState | undefined {
    if (!collection) {
      this.visible = [];
      this.#arrangedCollection = undefined;
      return undefined;
    }
    if (collection !== this.#countedCollection) {
      this.#countedCollection = collection;
      this.#tagCounts = countTags(collection.reports);
      this.#prepareSearchLater(collection.reports, 0);
    }
    if (reordered) this.#arrangedKey = ''; // the visible list follows the new order
    const filter = this.filter;
    const key = `${JSON.stringify(filter)}|${order}`;
    const same = collection === this.#arrangedCollection;
    if (same && key === this.#arrangedKey && !this.#passDue) return undefined;
    if (same && !this.#passDue && this.#defer()) {
      this.#cancelPass ??= backgroundTask(() => {
        this.#cancelPass = undefined;
        this.#passDue = true;
        this.#host.requestUpdate();
      });
    } else {
      this.#passDue = false;
      this.#cancelPass?.();
      this.#cancelPass = undefined;
      this.#arrangedCollection = collection;
      this.#arrangedKey = key;
      // Filtering keeps the sorted order, so the visible list is a pass over the sorted sections' order.
      this.visible = ordered.filter(createMatcher(filter));
      this.matching = new Set(this.visible);
    }
    const selected = new Set(filter.tags.map(tagKey));
    for (const tag of new Set([...selected, ...this.#selection])) {
      if (selected.has(tag) !== this.#selection.has(tag)) this.#changedTags.add(tag);
    }
    this.#selection.clear();
    for (const tag of selected) this.#selection.add(tag);
    return {
      collection,
      filter,
      selection: this.#selection,
      display,
      matchCount: this.visible.length,
      pending: this.pending,
      tagCounts: this.#tagCounts,
      toggleTag: (tag) => this.set({ ...this.filter, tags: toggleTag(this.filter.tags, tag) }, false),
      setTags: (tags) => this.set({ ...this.filter, tags }, false),
      setMatch: (match) => this.set({ ...this.filter, match }, false),
      setQuery: (query) => this.set({ ...this.filter, query }, true),
      clearFilters: () => this.clear(),
    };
  }

  /** After an update: fires `inc-filter-change` if the filter differs from the last one announced. */
  announce(hasContent: boolean): void {
    const key = JSON.stringify(this.filter);
    if (!hasContent || this.pending || key === this.#lastAnnounced) return;
    const first = this.#lastAnnounced === '';
    this.#lastAnnounced = key;
    if (!first || isFilterActive(this.filter)) {
      this.#host.dispatchEvent(incEvent('inc-filter-change', { ...this.filter, count: this.visible.length }));
    }
  }

  #apply(filter: FilterState): void {
    this.#host.tags = filter.tags.join(',');
    this.#host.match = filter.match;
    this.#host.query = filter.query;
  }

  /**
   * Lower-cases every report's search text in background slices, so the first keystroke in the
   * search box of a long list filters as fast as the later ones (at 10,000 reports that first
   * keystroke otherwise spends about 13 ms building them).
   */
  #prepareSearchLater(reports: readonly Report[], from: number): void {
    this.#cancelSearchPrep?.();
    this.#cancelSearchPrep = undefined;
    if (!this.#host.isConnected || from >= reports.length) return;
    this.#cancelSearchPrep = backgroundTask(() => {
      this.#cancelSearchPrep = undefined;
      this.#prepareSearchLater(reports, prepareSearch(reports, from, performance.now() + SLICE_MS));
    });
  }
}
