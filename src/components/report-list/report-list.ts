import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ContextProvider } from '@lit/context';
import type { Collection, Report } from '../../data/index.js';
import { IncElement } from '../../shared/base-element.js';
import { errorStyles } from '../../shared/error.styles.js';
import { inlineStyles } from '../../shared/inline.styles.js';
import { listStateContext, type CardDisplay, type ListState } from '../../shared/context.js';
import { ContentController, LOAD_STATUS } from '../../shared/content-controller.js';
import { renderContentError } from '../../shared/render-error.js';
import { renderInline } from '../../shared/render-inline.js';
import { incEvent } from '../../shared/events.js';
import {
  MATCH_MODES,
  countTags,
  createMatcher,
  isFilterActive,
  parseTagList,
  prepareSearch,
  reportTagKeys,
  tagKey,
  toggleTag,
  type FilterState,
  type MatchMode,
  type TagCount,
} from '../../shared/filter-state.js';
import type { CardVariant, DiagramMode } from '../card/card.js';
import { backgroundTask, renderNow, SLICE_MS, whenRenderQueueIdle } from '../../shared/render-queue.js';
import {
  defaultGroupBy,
  defaultSort,
  groupReports,
  sortReports,
  type GroupBy,
  type Section,
  type SortOrder,
} from './arrange.js';
import { COLLAPSED_CHUNK, nearViewport, screenFill } from './near-viewport.js';
import { UrlSyncController } from './url-sync-controller.js';
import { renderSkippedNotice, skippedNoticeStyles } from './skipped-notice.js';
import { reportListStyles } from './report-list.styles.js';

/** Whether two sets have a member in common. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of b) if (a.has(key)) return true;
  return false;
}

/** Rendered cards an item height is averaged over; the estimate below stands in for those not yet rendered. */
const MIN_MEASURED_ITEMS = 3;
/** Height of an item before any is measured, in rem (as in report-list.styles.ts). */
const CARD_ESTIMATE_EM = 12;
const ROW_ESTIMATE_EM = 4.5;
/** Reports per rendering chunk (the unit a rendered item list grows by). */
const CHUNK_SIZE = 25;
/** Reports in the first render: a few screens of cards (all of them on the server, which renders once). */
const FIRST_ITEMS = isServer ? Number.POSITIVE_INFINITY : 50;
/** Reports added per later step, once the cards added before have rendered. */
const ITEMS_PER_STEP = 100;
/**
 * Chunks a filter change may bring up to date before the paint while looking for a screenful of
 * matches (a rare tag empties most of them): 2,000 items checked, about a millisecond.
 */
const MAX_CHUNKS_BEFORE_PAINT = 80;

/**
 * The whole collection: header with a count, grouping, sorting, tag and text filtering, and the
 * loading, error, empty and no-match states. Shares the collection and filter with descendants
 * (cards, `inc-tag-filter`) through context.
 *
 * Long collections render progressively: the first cards in the same frame, the rest in small slices
 * between frames until every report is in the page (so find-in-page and screen readers reach them
 * all). Filtering hides and shows the cards already built instead of rebuilding them, so a tag or a
 * keystroke costs the same at ten thousand reports as at ten.
 *
 * @customElement inc-report-list
 * @summary A collection of incident reports or posts, grouped, sorted and filterable.
 *
 * @slot filter - Filter controls shown under the header, e.g. `<inc-tag-filter slot="filter">`.
 * @slot header - Replaces the built-in header (title, description, count).
 * @slot - A `<script type="application/json">` holding the collection (used when neither `collection` nor `src` is set).
 *
 * @csspart base - The list's outer box.
 * @csspart header - The header with title, description and count.
 * @csspart title - The collection title.
 * @csspart description - The collection description.
 * @csspart count - The count line.
 * @csspart section - Each group's section.
 * @csspart section-title - Each group's heading.
 * @csspart items - Each list of cards.
 * @csspart empty - The empty and no-match messages.
 * @csspart clear-button - The "clear filters" button.
 * @csspart error - The error panel.
 * @csspart skipped - The notice naming reports left out because they break the content format.
 * @csspart retry-button - The retry button on network errors.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --inc-color-bg - Page-facing background of the list.
 * @cssprop --inc-color-text - Body text colour.
 * @cssprop --inc-color-muted - Secondary text colour.
 * @cssprop --inc-color-accent - Links and active controls.
 * @cssprop --inc-font-sans - Body font.
 * @cssprop --inc-font-mono - Monospace font (ids, diagrams, terminal theme).
 * @cssprop --inc-radius - Corner radius.
 * @cssprop --inc-list-min-height - Space reserved while loading, so content does not jump in.
 *
 * @fires inc-load - Content loaded and valid. `detail.count` is the number of reports.
 * @fires inc-error - Content could not be loaded or is invalid (or, with `detail.reason` `'skipped'`, some invalid reports were left out). `detail.reason`, `detail.message`, `detail.issues` (each with a JSON path).
 * @fires inc-filter-change - The filter changed. `detail` holds `tags`, `match`, `query` and the matching `count`.
 */
export class IncReportList extends IncElement {
  static override styles = [errorStyles, inlineStyles, reportListStyles, skippedNoticeStyles];

  /** The collection as an object (takes precedence over `src` and inline JSON); validated like any other source. */
  @property({ attribute: false }) collection?: unknown;

  /** URL of a collection, a bare report array, or a JSON Feed. */
  @property() src?: string;

  /** The count line; `{count}` is the number of reports shown, `{total}` all of them; empty (`heading=""`) shows none. */
  @property() heading?: string;

  /** `group` (the collection's groups), `category`, `year` or `none`; default follows the content. */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy;

  /** `date-desc`, `date-asc`, `id`, `title` or `source`; default newest first when reports have dates. */
  @property() sort?: SortOrder;

  /** Selected tags, comma-separated. */
  @property({ reflect: true }) tags = '';

  /** Whether a report needs `any` selected tag or `all` of them. */
  @property({ reflect: true }) match: MatchMode = 'any';

  /** Text search over title, summary, tags and id. */
  @property() query = '';

  /** Mirror the filter to the page URL (`?tags=…&match=…&q=…`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Card layout: `card` or `row`. */
  @property() variant: CardVariant = 'card';

  /** How cards show diagrams: `show`, `collapsed` or `hide`. */
  @property() diagram: DiagramMode = 'show';

  /** The cards' line above the title: fields in order, e.g. `date category reading` (see `inc-card`'s `meta`). */
  @property() meta?: string;

  /** Text of each card's link to its report's `url`, e.g. `Read the full report →`. */
  @property({ attribute: 'link-label' }) linkLabel?: string;

  /** Tags each card shows before a "+N more" button (default 8; `0` shows every tag). */
  @property({ type: Number, attribute: 'tag-limit' }) tagLimit?: number;

  /** Level of the collection title heading (2–5); sections and cards follow below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds to wait for `src`. */
  @property({ type: Number }) timeout = 15000;

  private readonly content = new ContentController(this);
  private readonly provider = new ContextProvider(this, { context: listStateContext });
  private readonly urlSync = new UrlSyncController(
    this,
    () => this.syncUrl,
    (filter) => this.applyFilter(filter),
  );
  private tagCounts: TagCount[] = [];
  private countedCollection: Collection | undefined;
  /** Every report in display order, grouped into sections (the filter only hides and shows them). */
  private sections: Section[] = [];
  private ordered: Report[] = [];
  private sectionsKey = '';
  private sectionsCollection: Collection | undefined;
  /** Each section cut into fixed chunks; a rendered chunk is never rebuilt by a filter change. */
  private readonly chunks = new WeakMap<Section, Report[][]>();
  /** How many reports (counted across sections, in order, whole chunks) may be in the page so far. */
  private renderLimit = FIRST_ITEMS;
  /** Cancels the pending growth step, if one is scheduled. */
  private growth: (() => void) | undefined;
  private growthWaiters: Array<() => void> = [];
  private visible: Report[] = [];
  private matching = new Set<Report>();
  private readonly selection = new Set<string>();
  /** What cards read for `meta`, `link-label` and `tag-limit` (shared through context, updated in place). */
  private readonly display: CardDisplay = {};
  /** Measured height of one rendered item (px), which sizes the space reserved for items not laid out yet. */
  private itemSize: number | undefined;
  private itemSizeFinal = false;
  private itemSizeKey = '';
  private measuredCollection: Collection | undefined;
  /** Reports not rendered yet that the filter would show: the size of the `.pending` placeholder. */
  private pendingItems = 0;
  /** Watches the first laid-out chunk until its cards (rendered in time slices) give a measurement. */
  private sizeObserver: ResizeObserver | undefined;
  private observedChunk: Element | undefined;
  /** Tag keys whose selection changed since cards last heard: their visible cards re-render. */
  private changedTags = new Set<string>();
  /** Cards hidden when their tags' selection changed; they re-render when shown again. */
  private readonly staleCards = new WeakSet<Element>();
  /** Filter updates waiting for off-screen chunks, run in slices after the next paint. */
  private readonly deferredChunks = new Map<Element, () => number>();
  private cancelDeferred: (() => void) | undefined;
  /** Cancels the background preparation of the reports' search text, while it runs. */
  private cancelSearchPrep: (() => void) | undefined;
  /** Tag keys changed since a deferred chunk was last brought up to date. */
  private readonly chunkChanges = new WeakMap<Element, Set<string>>();
  /** The `matching` set each chunk was last brought up to date with (a new set per filter change). */
  private readonly chunkShows = new WeakMap<Element, ReadonlySet<Report>>();
  /** The `matching` set the sections' own visibility was last set from. */
  private sectionsShow: ReadonlySet<Report> | undefined;
  private arrangedCollection: Collection | undefined;
  private arrangedKey = '';
  private lastAnnounced = '';
  /** What held focus in the shadow root when the update began (see `keepFocus`). */
  private focusBefore: Element | null = null;

  /** The current filter, as parsed from `tags`, `match` and `query`. */
  get filter(): FilterState {
    return {
      tags: parseTagList(this.tags),
      match: MATCH_MODES.includes(this.match) ? this.match : 'any',
      query: this.query.trim(),
    };
  }

  /** Reports that match the filter, in display order (before grouping). */
  get visibleReports(): readonly Report[] {
    return this.visible;
  }

  /** What the list shares with cards and tag filters; also read by a tag filter connected with `for`. */
  get state(): ListState | undefined {
    return this.provider.value;
  }

  /** Clears tags and search. */
  clearFilters(): void {
    this.setFilter({ tags: [], match: this.filter.match, query: '' }, false);
  }

  /** Fetches `src` again. */
  reload(): Promise<void> {
    return this.content.retry();
  }

  /**
   * Resolves once every report is in the page, rendered and shown or hidden as the filter says
   * (long lists render progressively, and off-screen parts catch up after a filter change just
   * after the next paint); `false` if the list was removed first.
   */
  get renderComplete(): Promise<boolean> {
    return this.whenRendered();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.content.status === LOAD_STATUS.idle) this.loadContent();
    if (this.hasUpdated) {
      this.scheduleGrowth();
      this.scheduleDeferred();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.growth?.();
    this.growth = undefined;
    this.cancelDeferred?.();
    this.cancelDeferred = undefined;
    this.cancelSearchPrep?.();
    this.cancelSearchPrep = undefined;
    this.unwatchChunk();
    for (const resolve of this.growthWaiters.splice(0)) resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusBefore = this.shadowRoot?.activeElement ?? null;
    if (changed.has('collection') || changed.has('src') || !this.hasUpdated) this.loadContent();
    if (changed.has('syncUrl')) this.urlSync.sync();
    this.display.meta = this.meta;
    this.display.linkLabel = this.linkLabel;
    this.display.tagLimit = this.tagLimit;
    this.arrange();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.replacedPrerendered) this.showTakenOverCards();
    if (changed.has('meta') || changed.has('linkLabel') || changed.has('tagLimit')) {
      // Cards read these when they render, and only re-render when asked. A card not upgraded yet
      // (its chunk still loading under a prerendered list) reads them when it first renders.
      for (const card of this.renderRoot.querySelectorAll('inc-card')) {
        if (card instanceof IncElement) card.requestUpdate();
      }
    }
    this.applyVisibility();
    // Through the CSSOM: a style attribute would be blocked by a strict CSP (style-src-attr).
    this.renderRoot
      .querySelector<HTMLElement>('.pending')
      ?.style.setProperty('--_items', String(this.pendingItems));
    this.measureItems();
    this.watchFirstChunk();
    this.keepFocus(this.focusBefore);
    this.focusBefore = null;
    this.scheduleGrowth();
    const key = JSON.stringify(this.filter);
    if (this.content.collection && key !== this.lastAnnounced) {
      const first = this.lastAnnounced === '';
      this.lastAnnounced = key;
      if (!first || isFilterActive(this.filter)) {
        this.dispatchEvent(incEvent('inc-filter-change', { ...this.filter, count: this.visible.length }));
      }
    }
    super.updated(changed);
  }

  private loadContent(): void {
    if (this.collection !== undefined && this.collection !== null) {
      this.content.useValue(this.collection);
    } else if (this.src) {
      void this.content.useUrl(this.src, this.timeout);
    } else {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) this.content.useJsonText(script.textContent ?? '');
      else if (this.content.status !== LOAD_STATUS.idle) this.content.reset();
    }
  }

  /** Inline JSON added or changed after start-up. */
  private readonly onDefaultSlotChange = (): void => {
    if ((this.collection === undefined || this.collection === null) && !this.src) this.loadContent();
  };

  private setFilter(filter: FilterState, replaceHistory: boolean): void {
    this.applyFilter(filter);
    this.urlSync.write(filter, replaceHistory);
  }

  private applyFilter(filter: FilterState): void {
    this.tags = filter.tags.join(',');
    this.match = filter.match;
    this.query = filter.query;
  }

  /** Filters and sorts once per update and publishes the new state to context consumers. */
  private arrange(): void {
    const collection = this.content.collection;
    if (!collection) {
      this.visible = [];
      this.sections = [];
      this.ordered = [];
      this.sectionsCollection = undefined;
      this.arrangedCollection = undefined;
      return;
    }
    if (collection !== this.countedCollection) {
      this.countedCollection = collection;
      this.tagCounts = countTags(collection.reports);
      this.prepareSearchLater(collection.reports, 0);
    }
    const filter = this.filter;
    const order = this.sortOrder(collection);
    const groupBy = this.groupBy ?? defaultGroupBy(collection);
    const sectionsKey = `${order}|${groupBy}|${this.text('ungrouped')}`;
    if (collection !== this.sectionsCollection || sectionsKey !== this.sectionsKey) {
      this.sectionsCollection = collection;
      this.sectionsKey = sectionsKey;
      this.ordered = sortReports(collection.reports, order);
      this.sections = groupReports(this.ordered, collection, groupBy, this.text('ungrouped'));
      this.arrangedKey = ''; // the visible list follows the new order
      this.renderLimit = FIRST_ITEMS; // and the page rebuilds progressively, like a first render
    }
    // Updates that change neither content, filter nor order (theme, variant, heading…) reuse the last
    // result, so 10,000 reports are not re-filtered and no card is told the context changed.
    const key = `${JSON.stringify(filter)}|${order}`;
    if (collection === this.arrangedCollection && key === this.arrangedKey) return;
    this.arrangedCollection = collection;
    this.arrangedKey = key;
    const match = createMatcher(filter);
    // Filtering keeps the sorted order, so the visible list is a pass over the sorted sections' order.
    this.visible = this.ordered.filter(match);
    this.matching = new Set(this.visible);
    const selected = new Set(filter.tags.map(tagKey));
    for (const key of new Set([...selected, ...this.selection])) {
      if (selected.has(key) !== this.selection.has(key)) this.changedTags.add(key);
    }
    this.selection.clear();
    for (const key of selected) this.selection.add(key);
    const state: ListState = {
      collection,
      filter,
      selection: this.selection,
      display: this.display,
      matchCount: this.visible.length,
      tagCounts: this.tagCounts,
      toggleTag: (tag) => this.setFilter({ ...this.filter, tags: toggleTag(this.filter.tags, tag) }, false),
      setTags: (tags) => this.setFilter({ ...this.filter, tags }, false),
      setMatch: (match) => this.setFilter({ ...this.filter, match }, false),
      setQuery: (query) => this.setFilter({ ...this.filter, query }, true),
      clearFilters: () => this.clearFilters(),
    };
    this.provider.setValue(state);
  }

  /**
   * Shows the cards that match and hides the rest, directly on the rendered items (flipping `hidden`
   * flags is far cheaper than re-rendering templates). Chunks off screen (skipped by
   * `content-visibility`) catch up in time slices after the next paint, so the work before it follows
   * what is on screen. Visible cards whose tags changed selection re-render (their pressed state).
   */
  private applyVisibility(): void {
    const changed = this.changedTags;
    this.changedTags = new Set();
    const matching = this.matching;
    const sectionElements = this.renderRoot.querySelectorAll<HTMLElement>('.sections > section');
    // Most updates (each progressive growth step) only add chunks: those are brought up to date
    // here, and nothing else is touched or measured.
    const stale: Array<[HTMLElement, () => number]> = [];
    sectionElements.forEach((element, index) => {
      const section = this.sections[index];
      const chunkElements = element.querySelector('.items')?.children;
      if (!section || !chunkElements) return;
      // Decided from the data: a section's matching items may not all be rendered yet.
      if (this.sectionsShow !== matching) element.hidden = !section.reports.some((r) => matching.has(r));
      let offset = 0;
      for (const chunk of chunkElements as HTMLCollectionOf<HTMLElement>) {
        const start = offset;
        offset += chunk.children.length;
        // Its placeholder size counts its items (see `measureItems`); a chunk Lit reuses after a
        // regrouping or re-sort may hold a different number.
        const count = String(chunk.children.length);
        if (chunk.style.getPropertyValue('--_items') !== count) chunk.style.setProperty('--_items', count);
        const shows = this.chunkShows.get(chunk);
        if (shows === matching) continue;
        if (changed.size > 0) {
          const tags = this.chunkChanges.get(chunk);
          if (tags) for (const key of changed) tags.add(key);
          else this.chunkChanges.set(chunk, new Set(changed));
        }
        const apply = () => this.applyChunk(chunk, section, start);
        if (shows === undefined) apply();
        else stale.push([chunk, apply]);
      }
    });
    this.sectionsShow = matching;
    if (stale.length === 0) return;
    // Chunks away from the screen wait for slices after the paint (collapsed ones count as near
    // next to near ones).
    const near = nearViewport([...this.renderRoot.querySelectorAll<HTMLElement>('.chunk')]);
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
        this.deferredChunks.delete(chunk);
        shown += apply();
        applied++;
      } else this.deferredChunks.set(chunk, apply);
    }
    this.scheduleDeferred();
  }

  /**
   * Keyboard focus must never drop to `<body>` when what held it goes away: a card hidden by the
   * filter, the "clear filters" button once there are matches again, the retry button once the
   * content loads. Focus then moves to the count line (which says what changed), else the list.
   */
  private keepFocus(before: Element | null): void {
    if (!before || (before.isConnected && !before.closest('[hidden]'))) return;
    const root = this.shadowRoot!;
    const active = document.activeElement;
    // Still on the element that went away, or dropped to nowhere; anywhere else was chosen on purpose.
    const lost =
      root.activeElement === before || (!root.activeElement && (!active || active === document.body));
    // Both are focusable from script only (tabindex="-1" in the template).
    if (lost)
      (
        root.querySelector<HTMLElement>('[part="count"]') ?? root.querySelector<HTMLElement>('.list')
      )?.focus();
  }

  /**
   * Lower-cases every report's search text in background slices, so the first keystroke in the
   * search box of a long list filters as fast as the later ones (at 10,000 reports that first
   * keystroke otherwise spends about 13 ms building them).
   */
  private prepareSearchLater(reports: readonly Report[], from: number): void {
    this.cancelSearchPrep?.();
    this.cancelSearchPrep = undefined;
    if (!this.isConnected || from >= reports.length) return;
    this.cancelSearchPrep = backgroundTask(() => {
      this.cancelSearchPrep = undefined;
      this.prepareSearchLater(reports, prepareSearch(reports, from, performance.now() + SLICE_MS));
    });
  }

  /** Brings deferred chunks up to date about 8 ms at a time, each slice after a frame. */
  private scheduleDeferred(): void {
    if (this.cancelDeferred || this.deferredChunks.size === 0 || !this.isConnected) return;
    this.cancelDeferred = backgroundTask(() => {
      this.cancelDeferred = undefined;
      const end = performance.now() + SLICE_MS;
      const focused = this.shadowRoot?.activeElement ?? null;
      for (const [chunk, apply] of this.deferredChunks) {
        this.deferredChunks.delete(chunk);
        apply();
        if (performance.now() >= end) break;
      }
      this.keepFocus(focused);
      this.scheduleDeferred();
    });
  }

  /** Shows and hides one chunk's items for the current filter; returns how many it shows. */
  private applyChunk(chunk: HTMLElement, section: Section, start: number): number {
    const changed = this.chunkChanges.get(chunk);
    this.chunkChanges.delete(chunk);
    this.chunkShows.set(chunk, this.matching);
    const items = chunk.children;
    let shown = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as HTMLElement;
      const report = section.reports[start + i];
      const show = report !== undefined && this.matching.has(report);
      const card = item.firstElementChild;
      if (show) shown++;
      if (item.hidden === show) item.hidden = !show;
      if (!card || !report) continue;
      const affected = changed !== undefined && sharesAny(reportTagKeys(report), changed);
      if (affected && !show) this.staleCards.add(card);
      else if (show && (affected || this.staleCards.has(card))) {
        this.staleCards.delete(card);
        if (card instanceof IncElement) card.requestUpdate();
      }
    }
    // A chunk with nothing to show collapses to an empty box. Not `hidden`: taking a
    // style-contained box out of the layout tree makes Chromium walk the whole page's layout tree
    // for list markers and counters (~35 ms at 10,000 cards, on every filter change).
    chunk.classList.toggle(COLLAPSED_CHUNK, shown === 0);
    return shown;
  }

  /** Adds the next chunks once the cards already added have rendered, a few per task. */
  private scheduleGrowth(): void {
    if (this.growth !== undefined || !this.isConnected) return;
    if (this.allRendered()) {
      for (const resolve of this.growthWaiters.splice(0)) resolve();
      return;
    }
    let cancelled = false;
    let cancelTask = (): void => undefined;
    this.growth = () => {
      cancelled = true;
      cancelTask();
    };
    void whenRenderQueueIdle().then(() => {
      if (cancelled) return;
      cancelTask = backgroundTask(() => {
        this.growth = undefined;
        this.renderLimit += ITEMS_PER_STEP;
        this.requestUpdate();
      });
    });
  }

  private allRendered(): boolean {
    return this.renderLimit >= this.sections.reduce((sum, section) => sum + section.reports.length, 0);
  }

  private chunksOf(section: Section): Report[][] {
    let chunks = this.chunks.get(section);
    if (!chunks) {
      chunks = [];
      for (let i = 0; i < section.reports.length; i += CHUNK_SIZE) {
        chunks.push(section.reports.slice(i, i + CHUNK_SIZE));
      }
      this.chunks.set(section, chunks);
    }
    return chunks;
  }

  private async whenRendered(): Promise<boolean> {
    for (;;) {
      await this.updateComplete;
      if (!this.isConnected) return false;
      if (this.content.status === LOAD_STATUS.loading) {
        // Fetching or validating (large collections validate in slices): nothing to render yet.
        await new Promise<void>((resolve) => backgroundTask(resolve));
        continue;
      }
      if (this.allRendered()) {
        await whenRenderQueueIdle();
        if (this.deferredChunks.size > 0) await new Promise<void>((resolve) => backgroundTask(resolve));
        else if (!this.isUpdatePending && this.allRendered()) return true;
      } else {
        await new Promise<void>((resolve) => this.growthWaiters.push(resolve));
      }
    }
  }

  /**
   * Measures the height of the first laid-out chunk's items, once per collection and layout, so the
   * space reserved for chunks not laid out yet (skipped off screen, or not rendered yet) matches the
   * cards that will fill it and the page height holds still while the list renders.
   */
  private measureItems(): void {
    // What changes which cards come first or how tall they are. Not the filter: hidden cards take no
    // room and chunks keep their item count, and a keystroke at 10,000 reports should not force a
    // layout read here.
    const key = [
      this.variant,
      this.diagram,
      this.meta ?? '',
      this.sort ?? '',
      this.groupBy ?? '',
      this.theme ?? '',
      this.headingLevel ?? '',
      this.linkLabel ?? '',
      this.tagLimit ?? '',
    ].join('|');
    if (this.content.collection !== this.measuredCollection) this.itemSizeFinal = false;
    if (this.itemSizeFinal && key === this.itemSizeKey) return;
    for (const chunk of this.renderRoot.querySelectorAll<HTMLElement>('.chunk:not(.collapsed)')) {
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
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const estimate = (this.variant === 'row' ? ROW_ESTIMATE_EM : CARD_ESTIMATE_EM) * em;
      const height = (bottom - top + missing * estimate) / (rendered + missing);
      if (!(height > 0)) continue;
      this.itemSize = height;
      // From the first cards rendered, refined until a whole chunk has.
      this.itemSizeFinal = rendered === items.length;
      this.itemSizeKey = key;
      this.measuredCollection = this.content.collection;
      this.renderRoot
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
  private watchFirstChunk(): void {
    if (this.itemSizeFinal || typeof ResizeObserver === 'undefined') {
      this.unwatchChunk();
      return;
    }
    const chunks = [...this.renderRoot.querySelectorAll<HTMLElement>('.chunk:not(.collapsed)')];
    // The cards' own updates settle in the task that renders them: measuring in a microtask after
    // them keeps even a script's layout read between tasks from seeing the estimate.
    for (const item of chunks[0]?.children ?? []) {
      const card = item.firstElementChild;
      // Not upgraded yet (the loader's card chunk still on its way): the observer sees it render.
      if (!(card instanceof IncElement) || card.hasUpdated || this.awaitedCards.has(card)) continue;
      this.awaitedCards.add(card);
      void card.updateComplete.then(this.measureSoon, () => undefined);
    }
    // Only a chunk whose content is laid out: a skipped one's size follows the measurement (an
    // observer loop). Asked of its first shown item: the chunk itself is never inside a skipped box.
    // (Not decided yet on its first frame: the content-visibility event looks again.)
    const first = chunks.find((chunk) => {
      const item = [...(chunk.children as HTMLCollectionOf<HTMLElement>)].find((el) => !el.hidden);
      return item?.checkVisibility?.({ contentVisibilityAuto: true }) ?? false;
    });
    if (first === this.observedChunk) return;
    this.unwatchChunk();
    if (!first) return;
    this.sizeObserver ??= new ResizeObserver(() => {
      this.measureItems();
      if (this.itemSizeFinal) this.unwatchChunk();
    });
    this.sizeObserver.observe(first);
    this.observedChunk = first;
  }

  private readonly awaitedCards = new WeakSet<Element>();
  private measureQueued = false;
  /** One measurement after every card update settled in the same task. */
  private readonly measureSoon = (): void => {
    if (this.measureQueued) return;
    this.measureQueued = true;
    queueMicrotask(() => {
      this.measureQueued = false;
      if (this.itemSizeFinal || !this.isConnected) return;
      this.measureItems();
      if (this.itemSizeFinal) this.unwatchChunk();
    });
  };

  private unwatchChunk(): void {
    this.sizeObserver?.disconnect();
    this.observedChunk = undefined;
  }

  /**
   * The list replaced prerendered cards: its first chunk's cards render at once instead of in time
   * slices, since a card not rendered yet is empty and the page would jump where the prerendered
   * one stood. (In a microtask: the cards' own updates reach the render queue in the ones before.)
   */
  private showTakenOverCards(): void {
    const first = this.renderRoot.querySelector('.chunk');
    if (!first) return; // loading, or nothing to show: the next update looks again
    this.replacedPrerendered = false;
    queueMicrotask(() => {
      for (const item of first.children) if (item.firstElementChild) renderNow(item.firstElementChild);
    });
  }

  /** A chunk laid out for the first time: measure its items if nothing was measured yet. */
  private readonly onChunkShown = {
    handleEvent: (event: Event): void => {
      if ((event as Event & { skipped?: boolean }).skipped !== false) return;
      this.measureItems();
      this.watchFirstChunk();
    },
    capture: true,
  };

  private sortOrder(collection: Collection): SortOrder {
    return this.sort ?? defaultSort(collection);
  }

  override render() {
    const misuse = this.renderMisuse();
    if (misuse) return misuse;
    const { status, collection, error } = this.content;
    const busy = status === LOAD_STATUS.loading;
    return html`<div class="inc-root list" part="base" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
      <slot name="header">${collection ? this.renderHeader(collection) : nothing}</slot>
      ${collection ? html`<slot name="filter"></slot>` : nothing}
      ${
        error
          ? renderContentError(
              error,
              this.content.source,
              (k, v) => this.text(k, v),
              () => {
                void this.content.retry();
              },
            )
          : nothing
      }
      ${collection && !error ? renderSkippedNotice(this.content.skipped, (k, v) => this.text(k, v)) : nothing}
      ${collection ? this.renderBody(collection) : busy ? this.renderSkeleton() : nothing}
      <slot hidden @slotchange=${this.onDefaultSlotChange}></slot>
    </div>`;
  }

  private renderHeader(collection: Collection) {
    const level = this.level(0);
    const countLine = this.heading ?? this.text('countLine');
    // A page whose description already says the count (the seed blog index) asks for no count line.
    if (!countLine && !collection.title && !collection.description) return nothing;
    return html`<header class="header" part="header">
      ${
        collection.title
          ? html`<div class="title" part="title" role="heading" aria-level=${level}>${collection.title}</div>`
          : nothing
      }
      ${
        collection.description
          ? html`<p class="description" part="description">${renderInline(collection.description)}</p>`
          : nothing
      }
      ${
        countLine
          ? html`<p class="count" part="count" tabindex="-1">
              ${countLine
                .replaceAll('{count}', String(this.visible.length))
                .replaceAll('{total}', String(collection.reports.length))}
            </p>`
          : nothing
      }
    </header>`;
  }

  private level(offset: number): number {
    const base = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    return Math.min(6, base + offset);
  }

  private renderBody(collection: Collection) {
    if (collection.reports.length === 0) {
      return html`<p class="empty" part="empty">${this.text('empty')}</p>`;
    }
    const noMatches = this.visible.length === 0;
    // With no matches the built cards stay (hidden), so clearing the filter does not rebuild them.
    return html`${
        noMatches
          ? html`<div class="empty" part="empty">
              <p>${this.text('noMatches')}</p>
              <button class="clear" part="clear-button" type="button" @click=${() => this.clearFilters()}>
                ${this.text('clearFilters')}
              </button>
            </div>`
          : nothing
      }
      <div
        class="sections"
        ?hidden=${noMatches}
        data-variant=${this.variant === 'row' ? 'row' : 'card'}
        @contentvisibilityautostatechange=${this.onChunkShown}
      >
        ${this.renderSections(collection)}${this.renderPending(collection)}
      </div>`;
  }

  private renderSections(collection: Collection) {
    const grouped = (this.groupBy ?? defaultGroupBy(collection)) !== 'none';
    const cardLevel = this.level(grouped ? 2 : 1);
    let budget = this.renderLimit;
    const rendered = [];
    for (const section of this.sections) {
      const chunks: Report[][] = [];
      for (const chunk of this.chunksOf(section)) {
        if (budget <= 0) break;
        chunks.push(chunk);
        budget -= chunk.length;
      }
      if (chunks.length === 0) break;
      rendered.push(this.renderSection(section, chunks, cardLevel));
    }
    return rendered;
  }

  /**
   * Space for the reports not rendered yet (a long list renders progressively), sized from measured
   * items, so the scrollbar and page height are right before the render completes.
   */
  private renderPending(collection: Collection) {
    const total = collection.reports.length;
    const pending = Math.max(0, total - Math.min(total, this.renderLimit));
    if (pending === 0) return nothing;
    // The filter's share of them: an estimate, cheap at any length.
    const shown = Math.round((pending * this.visible.length) / total);
    this.pendingItems = shown;
    return html`<div class="pending" aria-hidden="true"></div>`;
  }

  private renderSection(section: Section, chunks: Report[][], cardLevel: number) {
    return html`<section class="section" part="section" aria-label=${section.title ?? nothing}>
      ${
        section.title
          ? html`<div class="section-title" part="section-title" role="heading" aria-level=${this.level(1)}>
              ${section.title}
            </div>`
          : nothing
      }
      ${
        section.description
          ? html`<p class="section-description">${renderInline(section.description)}</p>`
          : nothing
      }
      <div class="items" part="items" role="list">
        ${chunks.map(
          (chunk) =>
            html`<div class="chunk" role="none">
              ${guard([chunk, this.strings, this.variant, this.diagram, cardLevel], () =>
                chunk.map(
                  (report) =>
                    html`<div class="item" role="listitem">
                      <inc-card
                        .report=${report}
                        .strings=${this.strings}
                        variant=${this.variant}
                        diagram=${this.diagram}
                        heading-level=${cardLevel}
                      ></inc-card>
                    </div>`,
                ),
              )}
            </div>`,
        )}
      </div>
    </section>`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" part="skeleton">
      <span class="visually-hidden" role="status">${this.text('loading')}</span>
      ${[0, 1, 2].map(() => html`<div class="skeleton-card" aria-hidden="true"></div>`)}
    </div>`;
  }
}
