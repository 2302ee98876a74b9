import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextProvider } from '@lit/context';
import type { Collection, Report } from '../../data/index.js';
import { IncElement } from '../../shared/base-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { errorStyles } from '../../shared/error.styles.js';
import { listStateContext, type ListState } from '../../shared/context.js';
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
  toggleTag,
  type FilterState,
  type MatchMode,
  type TagCount,
} from '../../shared/filter-state.js';
import type { CardVariant, DiagramMode } from '../card/card.js';
import {
  defaultGroupBy,
  defaultSort,
  groupReports,
  sortReports,
  type GroupBy,
  type SortOrder,
} from './arrange.js';
import { UrlSyncController } from './url-sync-controller.js';
import { reportListStyles } from './report-list.styles.js';

/**
 * The whole collection: header with a count, grouping, sorting, tag and text filtering, and the
 * loading, error, empty and no-match states. Shares the collection and filter with descendants
 * (cards, `inc-tag-filter`) through context.
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
 * @fires inc-error - Content could not be loaded or is invalid. `detail.reason`, `detail.message`, `detail.issues` (each with a JSON path).
 * @fires inc-filter-change - The filter changed. `detail` holds `tags`, `match`, `query` and the matching `count`.
 */
export class IncReportList extends IncElement {
  static override styles = [baseStyles, errorStyles, reportListStyles];

  /** The collection as an object (takes precedence over `src` and inline JSON); validated like any other source. */
  @property({ attribute: false }) collection?: unknown;

  /** URL of a collection, a bare report array, or a JSON Feed. */
  @property() src?: string;

  /** The count line; `{count}` is the number of reports shown, `{total}` all of them. */
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
  private visible: Report[] = [];
  private arrangedCollection: Collection | undefined;
  private arrangedKey = '';
  private lastAnnounced = '';

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

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.content.status === LOAD_STATUS.idle) this.loadContent();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('collection') || changed.has('src') || !this.hasUpdated) this.loadContent();
    if (changed.has('syncUrl')) this.urlSync.sync();
    this.arrange();
  }

  protected override updated(changed: PropertyValues<this>): void {
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
      this.arrangedCollection = undefined;
      return;
    }
    if (collection !== this.countedCollection) {
      this.countedCollection = collection;
      this.tagCounts = countTags(collection.reports);
    }
    const filter = this.filter;
    const order = this.sortOrder(collection);
    // Updates that change neither content, filter nor order (theme, variant, heading…) reuse the last
    // result, so 10,000 reports are not re-filtered and no card is told the context changed.
    const key = `${JSON.stringify(filter)}|${order}`;
    if (collection === this.arrangedCollection && key === this.arrangedKey) return;
    this.arrangedCollection = collection;
    this.arrangedKey = key;
    const matching = collection.reports.filter(createMatcher(filter));
    this.visible = sortReports(matching, order);
    const state: ListState = {
      collection,
      filter,
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

  private sortOrder(collection: Collection): SortOrder {
    return this.sort ?? defaultSort(collection);
  }

  override render() {
    const { status, collection, error } = this.content;
    const busy = status === LOAD_STATUS.loading;
    return html`<div class="inc-root list" part="base" aria-busy=${busy ? 'true' : 'false'}>
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
      ${collection ? this.renderBody(collection) : busy ? this.renderSkeleton() : nothing}
      <slot hidden @slotchange=${this.onDefaultSlotChange}></slot>
    </div>`;
  }

  private renderHeader(collection: Collection) {
    const level = this.level(0);
    const countLine = this.heading ?? this.text('countLine');
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
      <p class="count" part="count">
        ${countLine
          .replaceAll('{count}', String(this.visible.length))
          .replaceAll('{total}', String(collection.reports.length))}
      </p>
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
    if (this.visible.length === 0) {
      return html`<div class="empty" part="empty">
        <p>${this.text('noMatches')}</p>
        <button class="clear" part="clear-button" type="button" @click=${() => this.clearFilters()}>
          ${this.text('clearFilters')}
        </button>
      </div>`;
    }
    const groupBy = this.groupBy ?? defaultGroupBy(collection);
    const sections = groupReports(this.visible, collection, groupBy, this.text('ungrouped'));
    const grouped = groupBy !== 'none';
    const cardLevel = this.level(grouped ? 2 : 1);
    return html`${sections.map(
      (section) =>
        html`<section class="section" part="section" aria-label=${section.title ?? nothing}>
          ${
            section.title
              ? html`<div
                  class="section-title"
                  part="section-title"
                  role="heading"
                  aria-level=${this.level(1)}
                >
                  ${section.title}
                </div>`
              : nothing
          }
          ${
            section.description
              ? html`<p class="section-description">${renderInline(section.description)}</p>`
              : nothing
          }
          <ul class="items" part="items" role="list">
            ${repeat(
              section.reports,
              (report) => report.id,
              (report) =>
                html`<li>
                  <inc-card
                    .report=${report}
                    .strings=${this.strings}
                    variant=${this.variant}
                    diagram=${this.diagram}
                    heading-level=${cardLevel}
                  ></inc-card>
                </li>`,
            )}
          </ul>
        </section>`,
    )}`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" part="skeleton">
      <span class="visually-hidden" role="status">${this.text('loading')}</span>
      ${[0, 1, 2].map(() => html`<div class="skeleton-card" aria-hidden="true"></div>`)}
    </div>`;
  }
}
