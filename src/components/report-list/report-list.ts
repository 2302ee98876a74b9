import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ContextProvider } from '@lit/context';
import type { Collection, Report } from '../../data/index.js';
import { IncElement } from '../../shared/base-element.js';
import { CONTENT_STRINGS } from '../../shared/strings/content.js';
import { LIST_STRINGS } from '../../shared/strings/list.js';
import { errorStyles } from '../../shared/error.styles.js';
import { inlineStyles } from '../../shared/inline.styles.js';
import { listStateContext, type CardDisplay, type ListState } from '../../shared/context.js';
import { ContentController, LOAD_STATUS } from '../../shared/content-controller.js';
import { renderContentError } from '../../shared/render-error.js';
import type { FilterState, MatchMode } from '../../shared/filter-state.js';
import type { CardVariant, DiagramMode } from '../card/card.js';
import {
  defaultGroupBy,
  defaultSort,
  GROUP_BY,
  SORT_ORDERS,
  type GroupBy,
  type Section,
  type SortOrder,
} from './arrange.js';
import { FilterController } from './filter-controller.js';
import { GrowthController } from './growth-controller.js';
import { VisibilityController } from './visibility-controller.js';
import { WindowController, WINDOWING, type WindowItem, type Windowing } from './window-controller.js';
import { renderNow } from '../../shared/render-queue.js';
import { safeNumberFormat } from '../../shared/locale.js';
import { renderSkippedNotice, skippedNoticeStyles } from './skipped-notice.js';
import { reportListStyles } from './report-list.styles.js';
import { FocusKeeper } from './focus-keeper.js';
import {
  isSingular,
  renderCard,
  renderListHeader,
  renderSectionHeading,
  renderSkeleton,
  type CardLook,
} from './list-parts.js';

/** Its default UI text (see `IncElement.defaultStrings`). */
const LIST_DEFAULTS = { ...CONTENT_STRINGS, ...LIST_STRINGS };

/**
 * The whole collection: header with a count, grouping, sorting, tag and text filtering, and the
 * loading, error, empty and no-match states. Shares the collection and filter with descendants
 * (cards, `inc-tag-filter`) through context.
 *
 * Long collections render progressively: the first cards in the same frame, the rest in small slices
 * between frames until every report is in the page (so find-in-page and screen readers reach them
 * all). Filtering hides and shows the cards already built instead of rebuilding them. Above 500
 * reports (`windowing`) only the cards near the screen are in the page, each with its position in
 * the list (`aria-posinset`/`aria-setsize`); a "Show all" button renders every one.
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
 * @csspart windowed-note - The line above a windowed list, with its "Show all" button.
 * @csspart show-all-button - The button that renders every report of a windowed list.
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
export class IncReportList extends IncElement<keyof typeof LIST_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    collection: { attribute: false },
    src: {},
    heading: {},
    groupBy: { attribute: 'group-by' },
    sort: {},
    tags: { reflect: true },
    match: { reflect: true },
    query: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    variant: {},
    diagram: {},
    meta: {},
    linkLabel: { attribute: 'link-label' },
    tagLimit: { type: Number, attribute: 'tag-limit' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    windowing: {},
  };

  protected static override readonly defaultStrings = LIST_DEFAULTS;

  static override styles = [errorStyles, inlineStyles, reportListStyles, skippedNoticeStyles];

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }

  /** The collection as an object (takes precedence over `src` and inline JSON); validated like any other source. */
  collection?: unknown;

  /** URL of a collection, a bare report array, or a JSON Feed. */
  src?: string;

  /** The count line; `{count}` is the number of reports shown, `{total}` all of them; empty (`heading=""`) shows none. */
  heading?: string;

  /** `group` (the collection's groups), `category`, `year` or `none`; default follows the content. */
  groupBy?: GroupBy;

  /** `date-desc`, `date-asc`, `id`, `title` or `source`; default newest first when reports have dates. */
  sort?: SortOrder;

  /** Selected tags, comma-separated. */
  tags = '';

  /** Whether a report needs `any` selected tag or `all` of them. */
  match: MatchMode = 'any';

  /** Text search over title, summary, tags and id. */
  query = '';

  /** Mirror the filter to the page URL (`?tags=…&match=…&q=…`). */
  syncUrl = false;

  /** Card layout: `card` or `row`. */
  variant: CardVariant = 'card';

  /** How cards show diagrams: `show`, `collapsed` or `hide`. */
  diagram: DiagramMode = 'show';

  /** The cards' line above the title: fields in order, e.g. `date category reading` (see `inc-card`'s `meta`). */
  meta?: string;

  /** Text of each card's link to its report's `url`, e.g. `Read the full report →`. */
  linkLabel?: string;

  /** Tags each card shows before a "+N more" button (default 8; `0` shows every tag). */
  tagLimit?: number;

  /** Level of the collection title heading (2–5); sections and cards follow below it. */
  headingLevel = 2;

  /** Milliseconds to wait for `src`. */
  timeout = 15000;

  /** `auto` keeps only the reports near the screen in the page above 500 reports; `always`; `never`. */
  windowing: Windowing = 'auto';

  readonly #content = new ContentController(this, {
    onLargeInput: () => this.#virtualWindow.preload(),
  });
  readonly #provider = new ContextProvider(this, { context: listStateContext });
  // A long list filters after the next paint, so a keystroke or a pressed tag paints at once.
  readonly #filtering: FilterController = new FilterController(this, () => this.windowed);
  readonly #growth: GrowthController = new GrowthController(this, {
    // Fetching or validating, or windowed while the window's chunk loads: nothing to render yet.
    loading: () =>
      this.#content.status === LOAD_STATUS.loading || (this.windowed && !this.#virtualWindow.ready),
    deferred: () => this.#visibility.hasDeferred || this.#filtering.pending,
    windowed: () => this.windowed,
  });
  readonly #visibility: VisibilityController = new VisibilityController(
    this,
    this.#filtering,
    this.#growth,
    (before) => this.#focusKeeper.keep(before),
  );
  readonly #virtualWindow = new WindowController(
    this,
    () => (WINDOWING.includes(this.windowing) ? this.windowing : 'auto'),
    () => this.renderRoot.querySelector<HTMLElement>('.items.windowed'),
  );
  readonly #focusKeeper = new FocusKeeper(this, () => this.#virtualWindow.settled());
  /** What cards read for `meta`, `link-label` and `tag-limit` (shared through context, updated in place). */
  readonly #display: CardDisplay = {};

  /** The current filter, as parsed from `tags`, `match` and `query`. */
  get filter(): FilterState {
    return this.#filtering.filter;
  }

  /** Reports that match the filter, in display order (before grouping). */
  get visibleReports(): readonly Report[] {
    return this.#filtering.visible;
  }

  /** Whether only the reports near the screen are in the page (a long list; see `windowing`). */
  get windowed(): boolean {
    return this.#virtualWindow.active;
  }

  /** What the list shares with cards and tag filters; also read by a tag filter connected with `for`. */
  get state(): ListState | undefined {
    return this.#provider.value;
  }

  /** Clears tags and search. */
  clearFilters(): void {
    this.#filtering.clear();
  }

  /** Fetches `src` again. */
  reload(): Promise<void> {
    return this.#content.retry();
  }

  /**
   * Resolves once every report is in the page, rendered and shown or hidden as the filter says
   * (long lists render progressively, and off-screen parts catch up after a filter change just
   * after the next paint); `false` if the list was removed first.
   */
  get renderComplete(): Promise<boolean> {
    return this.#growth.whenRendered();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The growth and the deferred chunks resume in their controllers' hostConnected.
    if (this.hasUpdated && this.#content.status === LOAD_STATUS.idle) this.#loadContent();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#focusKeeper.capture();
    if (changed.has('collection') || changed.has('src') || !this.hasUpdated) this.#loadContent();
    if (changed.has('syncUrl')) this.#filtering.syncUrl();
    this.#display.meta = this.meta;
    this.#display.linkLabel = this.linkLabel;
    this.#display.tagLimit = this.tagLimit;
    this.#virtualWindow.decide(this.#content.collection?.reports.length);
    this.#arrange();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.replacedPrerendered) this.#showTakenOverCards();
    // Cards read these when they render, and only re-render when asked. A card not upgraded yet
    // (its chunk still loading under a prerendered list) reads them when it first renders.
    if (changed.has('meta') || changed.has('linkLabel') || changed.has('tagLimit')) this.#refreshCards();
    // What changes which cards come first or how tall they are.
    const layoutKey = [
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
    // A windowed list re-renders its cards from the same reports, so a card does not update by
    // itself when a tag's selection changes: the few in the page are asked to (their pressed state),
    // once the filter's pass is in: until then they are about to be replaced.
    if (this.windowed) {
      if (!this.#filtering.pending && this.#filtering.takeChangedTags().size > 0) this.#refreshCards();
    } else this.#visibility.afterUpdate(layoutKey, this.#content.collection, this.variant === 'row');
    this.#virtualWindow.afterUpdate();
    this.#focusKeeper.restore();
    this.#growth.schedule();
    this.#filtering.announce(this.#content.collection !== undefined);
    super.updated(changed);
  }

  #loadContent(): void {
    if (this.collection !== undefined && this.collection !== null) {
      this.#content.useValue(this.collection);
    } else if (this.src) {
      void this.#content.useUrl(this.src, this.timeout);
    } else {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) this.#content.useJsonText(script.textContent ?? '');
      else if (this.#content.status !== LOAD_STATUS.idle) this.#content.reset();
    }
  }

  /** Inline JSON added or changed after start-up. */
  readonly #onDefaultSlotChange = (): void => {
    if ((this.collection === undefined || this.collection === null) && !this.src) this.#loadContent();
  };

  /** Sorts, groups and filters once per update and publishes the new state to context consumers. */
  #arrange(): void {
    const collection = this.#content.collection;
    const order = collection ? this.#sortOrder(collection) : 'date-desc';
    const groupBy = collection ? this.#grouping(collection) : 'none';
    const reordered = this.#growth.arrange(collection, order, groupBy, this.text('ungrouped'));
    const state = this.#filtering.arrange(collection, this.#growth.ordered, order, reordered, this.#display);
    if (state) this.#provider.setValue(state);
  }

  /** Asks the cards in the page to render again. */
  #refreshCards(): void {
    // A card not upgraded yet has no requestUpdate: it renders with the latest when it does.
    for (const card of this.renderRoot.querySelectorAll('inc-card')) {
      (card as Partial<IncElement>).requestUpdate?.();
    }
  }

  /**
   * The list replaced prerendered cards: its first chunk's cards render at once instead of in time
   * slices, since a card not rendered yet is empty and the page would jump where the prerendered
   * one stood. (In a microtask: the cards' own updates reach the render queue in the ones before.)
   */
  #showTakenOverCards(): void {
    const first = this.renderRoot.querySelector('.chunk, .windowed');
    if (!first) return; // loading, or nothing to show: the next update looks again
    this.replacedPrerendered = false;
    queueMicrotask(() => {
      for (const card of first.querySelectorAll(':scope > .item > inc-card')) renderNow(card);
    });
  }

  /** The order in effect: the attribute's when it names one; empty or unknown means the default. */
  #sortOrder(collection: Collection): SortOrder {
    return SORT_ORDERS.includes(this.sort!) ? this.sort! : defaultSort(collection);
  }

  /** The grouping in effect, as `sortOrder` (`group-by=""` once grouped everything under "Other"). */
  #grouping(collection: Collection): GroupBy {
    return GROUP_BY.includes(this.groupBy!) ? this.groupBy! : defaultGroupBy(collection);
  }

  override render() {
    const misuse = this.renderMisuse();
    if (misuse) return misuse;
    const { status, collection, error } = this.#content;
    const busy = status === LOAD_STATUS.loading;
    return html`<div class="inc-root list" part="base" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
      <slot name="header">${collection ? this.#renderHeader(collection) : nothing}</slot>
      ${collection ? html`<slot name="filter"></slot>` : nothing}
      ${
        error
          ? renderContentError(
              error,
              this.#content.source,
              (k, v) => this.text(k, v),
              () => {
                void this.#content.retry();
              },
            )
          : nothing
      }
      ${collection && !error ? renderSkippedNotice(this.#content.skipped, (k, v) => this.text(k, v)) : nothing}
      ${collection ? this.#renderBody(collection) : busy ? renderSkeleton((k) => this.text(k)) : nothing}
      <slot hidden @slotchange=${this.#onDefaultSlotChange}></slot>
    </div>`;
  }

  #renderHeader(collection: Collection) {
    const count = this.#filtering.visible.length;
    // Numbers as the page's language writes them ("1,000"), as the tag filter's status does.
    const number = safeNumberFormat(this.pageLang);
    return renderListHeader(
      collection,
      this.heading ?? this.#countLine(count),
      { count: number.format(count), total: number.format(collection.reports.length) },
      this.#level(0),
    );
  }

  /**
   * The built-in count line, singular for one report. A host that gave its own `countLine` and no
   * `countLineOne` keeps its line for one report too (never the English singular).
   */
  #countLine(count: number): string {
    const own = this.strings;
    const one =
      isSingular(this.pageLang, count) && (own.countLine === undefined || own.countLineOne !== undefined);
    return this.text(one ? 'countLineOne' : 'countLine');
  }

  #level(offset: number): number {
    const base = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    return Math.min(6, base + offset);
  }

  #renderBody(collection: Collection) {
    if (collection.reports.length === 0) {
      return html`<p class="empty" part="empty">${this.text('empty')}</p>`;
    }
    const noMatches = this.#filtering.visible.length === 0;
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
        @contentvisibilityautostatechange=${this.#visibility.onChunkShown}
      >
        ${
          this.windowed
            ? this.#renderWindow(collection)
            : html`${this.#renderSections(collection)}${this.#renderPending(collection)}`
        }
      </div>`;
  }

  /** A windowed list: one list of the matching reports, section headings inside their first item. */
  #renderWindow(collection: Collection) {
    if (!this.#virtualWindow.ready) return renderSkeleton((k) => this.text(k));
    const items = this.#virtualWindow.items(this.#growth.sections, this.#filtering.matching);
    const look = this.#cardLook(this.#level(this.#grouping(collection) !== 'none' ? 2 : 1));
    const total = collection.reports.length;
    const item = ({ report, section }: WindowItem, index: number) =>
      html`<div
        class="item"
        role="listitem"
        tabindex="-1"
        aria-setsize=${items.length}
        aria-posinset=${index + 1}
      >
        ${section ? renderSectionHeading(section, this.#level(1)) : nothing}${renderCard(report, look)}
      </div>`;
    return html`<p class="windowed-note" part="windowed-note">
        ${this.text('windowedNote')}
        <button class="clear" part="show-all-button" type="button" @click=${() => (this.windowing = 'never')}>
          ${this.text('showAll', { total: safeNumberFormat(this.pageLang).format(total) })}
        </button>
      </p>
      <div class="items windowed" part="items" role="list" @rangeChanged=${this.#focusKeeper.onWindowRange}>
        ${this.#virtualWindow.render(items, item)}
      </div>`;
  }

  #renderSections(collection: Collection) {
    const grouped = this.#grouping(collection) !== 'none';
    const cardLevel = this.#level(grouped ? 2 : 1);
    let budget = this.#growth.renderLimit;
    const rendered = [];
    for (const section of this.#growth.sections) {
      const chunks: Report[][] = [];
      for (const chunk of this.#growth.chunksOf(section)) {
        if (budget <= 0) break;
        chunks.push(chunk);
        budget -= chunk.length;
      }
      if (chunks.length === 0) break;
      rendered.push(this.#renderSection(section, chunks, cardLevel));
    }
    return rendered;
  }

  /**
   * Space for the reports not rendered yet (a long list renders progressively), sized from measured
   * items, so the scrollbar and page height are right before the render completes.
   */
  #renderPending(collection: Collection) {
    const total = collection.reports.length;
    const pending = Math.max(0, total - Math.min(total, this.#growth.renderLimit));
    if (pending === 0) return nothing;
    // The filter's share of them: an estimate, cheap at any length.
    this.#visibility.pendingItems = Math.round((pending * this.#filtering.visible.length) / total);
    return html`<div class="pending" aria-hidden="true"></div>`;
  }

  #renderSection(section: Section, chunks: Report[][], cardLevel: number) {
    return html`<section class="section" part="section" aria-label=${section.title ?? nothing}>
      ${renderSectionHeading(section, this.#level(1))}
      <div class="items" part="items" role="list">
        ${chunks.map(
          (chunk) =>
            html`<div class="chunk" role="none">
              ${guard([chunk, this.strings, this.variant, this.diagram, cardLevel], () => {
                const look = this.#cardLook(cardLevel);
                return chunk.map(
                  (report) => html`<div class="item" role="listitem">${renderCard(report, look)}</div>`,
                );
              })}
            </div>`,
        )}
      </div>
    </section>`;
  }

  /** How this render's cards look, at heading level `level`. */
  #cardLook(level: number): CardLook {
    return { strings: this.strings, variant: this.variant, diagram: this.diagram, level };
  }
}
