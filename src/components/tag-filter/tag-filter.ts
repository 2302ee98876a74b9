import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { IncElement } from '../../shared/base-element.js';
import { TAG_FILTER_STRINGS } from '../../shared/strings/tag-filter.js';
import { isFilterActive, type MatchMode } from '../../shared/filter-state.js';
import { tagKey } from '../../shared/tag-key.js';
import { safeNumberFormat } from '../../shared/locale.js';
import type { ListState } from '../../shared/context.js';
import { ListConnectionController } from './list-connection-controller.js';
import { tagFilterStyles } from './tag-filter.styles.js';

/** Its default UI text (see `IncElement.defaultStrings`). */
const TAG_FILTER_DEFAULTS = { ...TAG_FILTER_STRINGS };

/**
 * Tech-tag facets for a report list: every tag with its count, most used first, as toggle buttons;
 * an any/all switch; clear (shown while a filter is set); an optional search box; and a live region announcing how many reports
 * match.
 *
 * @customElement inc-tag-filter
 * @summary Tag facets and search for an `inc-report-list`.
 *
 * @csspart base - The filter's box.
 * @csspart search - The search input.
 * @csspart tags - The list of tag buttons.
 * @csspart tag - Each tag toggle button.
 * @csspart tag-count - The count inside each tag button.
 * @csspart match - The any/all switch.
 * @csspart clear-button - The clear button.
 * @csspart more-button - The "show more" button.
 * @csspart status - The visible "N of M reports match" line.
 *
 * @cssprop --inc-color-accent - Pressed tags and the active match mode.
 * @cssprop --inc-color-border - Tag and control borders.
 */
export class IncTagFilter extends IncElement<keyof typeof TAG_FILTER_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    for: { attribute: 'for' },
    search: { type: Boolean },
    limit: { type: Number },
    expanded: { state: true },
    announcement: { state: true },
  };

  protected static override readonly defaultStrings = TAG_FILTER_DEFAULTS;

  static override styles = tagFilterStyles;

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }

  /** Id of the `inc-report-list` to control when this filter is not inside it. */
  for?: string;

  /** Show a text search box. */
  search = false;

  /** How many tags show before "show more" (0 shows all). */
  limit = 12;

  private expanded = false;
  /** The last announced count, so the live region speaks only on change, not on load. */
  private announcement = '';
  #announcedKey: string | undefined;

  readonly #list = new ListConnectionController(this, () => this.for);

  /**
   * Changes the filter through the list's state, then renders with the list's next state: a list
   * named by `for` is heard through its events, and a long list fires its event only after its
   * filter pass, a frame later; the pressed tag must not wait for that.
   */
  #change(apply: () => void): void {
    apply();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && this.hasUpdated) this.#list.retarget();
    const state = this.#list.state;
    // A long list counts a new filter's matches after the next paint: announce the count then.
    if (!state || state.pending) return;
    const key = JSON.stringify(state.filter);
    if (this.#announcedKey !== undefined && key !== this.#announcedKey) {
      this.announcement =
        state.matchCount === 0
          ? this.text('matchingNone')
          : this.#matching(state, safeNumberFormat(this.pageLang));
    }
    this.#announcedKey = key;
  }

  /** "12 of 1,000 reports match", the numbers as the page's language writes them. */
  #matching(state: ListState, number: Intl.NumberFormat): string {
    return this.text('matching', {
      count: number.format(state.matchCount),
      total: number.format(state.collection.reports.length),
    });
  }

  /**
   * Clear shows only while something is filtered, so it hides itself once pressed: focus moves to the
   * filter's first control (the search box or first tag) rather than dropping to the page.
   */
  #onClear(state: ListState, button: HTMLElement): void {
    const hadFocus = this.shadowRoot?.activeElement === button;
    const next = this.renderRoot.querySelector<HTMLElement>('[part="search"], [part="tag"]');
    this.#change(() => state.clearFilters());
    if (hadFocus) next?.focus();
  }

  override render() {
    const state = this.#list.state;
    if (!state) return html`<div class="inc-root" part="base" hidden></div>`;
    const number = safeNumberFormat(this.pageLang);
    const hasTags = state.tagCounts.length > 0;
    return html`<div class="inc-root filter" part="base" role="group" aria-label=${this.text('tagsLabel')}>
      ${this.search ? this.#renderSearch(state) : nothing}
      ${hasTags ? this.#renderTags(state, number) : nothing}
      <div class="controls">
        ${hasTags ? this.#renderMatch(state) : nothing}
        <button
          class="clear"
          part="clear-button"
          type="button"
          ?hidden=${!isFilterActive(state.filter)}
          @click=${(event: Event) => this.#onClear(state, event.currentTarget as HTMLElement)}
        >
          ${this.text('clear')}
        </button>
        <p class="status" part="status" aria-hidden="true">${this.#matching(state, number)}</p>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${state.matchCount > 0 ? this.announcement : ''}
      </div>
      <div class="visually-hidden" role="alert" aria-live="assertive">
        ${state.matchCount === 0 ? this.announcement : ''}
      </div>
    </div>`;
  }

  #renderSearch(state: ListState) {
    return html`<label class="search">
      <span class="visually-hidden">${this.text('search')}</span>
      <input
        part="search"
        type="search"
        .value=${state.filter.query}
        placeholder=${this.text('searchPlaceholder')}
        autocomplete="off"
        @input=${(e: Event) => this.#change(() => state.setQuery((e.target as HTMLInputElement).value))}
      />
    </label>`;
  }

  #renderTags(state: ListState, number: Intl.NumberFormat) {
    const selected = new Set(state.filter.tags.map(tagKey));
    const limit = this.limit > 0 && !this.expanded ? this.limit : Infinity;
    // Selected tags always show, even past the limit.
    const shown = state.tagCounts.filter((t, i) => i < limit || selected.has(tagKey(t.tag)));
    const hidden = state.tagCounts.length - shown.length;
    return html`<ul class="tags" part="tags" aria-label=${this.text('tagsLabel')}>
      ${shown.map(
        ({ tag, count }) =>
          html`<li>
            <button
              class="tag"
              part="tag"
              type="button"
              aria-pressed=${selected.has(tagKey(tag)) ? 'true' : 'false'}
              @click=${() => this.#change(() => state.toggleTag(tag))}
            >
              <bdi>${tag}</bdi
              ><span class="count" part="tag-count"
                ><span class="visually-hidden">, </span>${number.format(count)}</span
              >
            </button>
          </li>`,
      )}
      ${
        hidden > 0 || this.expanded
          ? html`<li>
              <button
                class="more"
                part="more-button"
                type="button"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                @click=${() => (this.expanded = !this.expanded)}
              >
                ${this.expanded ? this.text('showLess') : this.text('showMore', { count: hidden })}
              </button>
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderMatch(state: ListState) {
    return html`<div class="match" part="match" role="group" aria-label=${this.text('matchLabel')}>
      ${(['any', 'all'] as const).map(
        (mode: MatchMode) =>
          html`<button
            type="button"
            aria-pressed=${state.filter.match === mode ? 'true' : 'false'}
            @click=${() => this.#change(() => state.setMatch(mode))}
          >
            ${mode === 'any' ? this.text('matchAny') : this.text('matchAll')}
          </button>`,
      )}
    </div>`;
  }
}
