import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Report } from '../../data/index.js';
import { reportExcerpt } from '../../data/excerpt.js';
import { IncElement } from '../../shared/base-element.js';
import { enqueueRender } from '../../shared/render-queue.js';
import { CONTENT_STRINGS } from '../../shared/strings/content.js';
import { REPORT_PARTS_STRINGS } from '../../shared/strings/report-parts.js';
import { CARD_STRINGS } from '../../shared/strings/card.js';
import { listStateContext } from '../../shared/context.js';
import { SingleReportController } from '../../shared/single-report-controller.js';
import { inlineText, renderInline } from '../../shared/render-inline.js';
import {
  parseMetaFields,
  renderBadges,
  renderFields,
  renderMeta,
  renderOutcomes,
  type MetaField,
} from '../../shared/render-report-parts.js';
import { excerpt } from '../../shared/authored.js';
import { reportPartsStyles } from '../../shared/report-parts.styles.js';
import { tagKey } from '../../shared/tag-key.js';
import { errorStyles } from '../../shared/error.styles.js';
import { inlineStyles } from '../../shared/inline.styles.js';
import { DeepLinkController } from './deep-link-controller.js';
import { cardStyles } from './card.styles.js';

/** How a card is laid out. */
export const CARD_VARIANTS = ['card', 'row'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** A title-less report's summary: its heading, styled as the summary (no whitespace around the text). */
// prettier-ignore
const leadSummary = (summary: string, level: number) =>
  html`<p class="summary lead" part="summary" role="heading" aria-level=${level}>${renderInline(summary)}</p>`;

/** A report with neither title nor summary (a feed item with only a body): its excerpt, as plain text. */
// prettier-ignore
const leadExcerpt = (excerpt: string, level: number) =>
  html`<p class="summary lead" part="summary" role="heading" aria-level=${level}>${excerpt}</p>`;

/** Tags a card shows before "+N more" unless `tag-limit` says otherwise. */
export const DEFAULT_TAG_LIMIT = 8;

/** Fields the full report leaves out when it opens inside a card that already shows them. */
const CARD_FIELDS = 'title summary outcomes tags';

/** How a card shows its report's diagram. */
export const DIAGRAM_MODES = ['show', 'collapsed', 'hide'] as const;
export type DiagramMode = (typeof DIAGRAM_MODES)[number];

/** Its default UI text (see `IncElement.defaultStrings`). */
const CARD_DEFAULTS = { ...CONTENT_STRINGS, ...REPORT_PARTS_STRINGS, ...CARD_STRINGS };

/**
 * One incident report or post: id, status, severity, title, summary, meta, outcomes, tags, diagram
 * and the "read the report" link.
 *
 * @customElement inc-card
 * @summary One incident report or post, as a card or a compact row.
 *
 * @csspart base - The card's box.
 * @csspart header - The line with id, status and severity.
 * @csspart id - The report id (only an id the author wrote).
 * @csspart slug - The report slug (only a slug the author wrote).
 * @csspart status - The status badge (text plus colour).
 * @csspart severity - The severity badge.
 * @csspart title - The title heading.
 * @csspart summary - The summary paragraph (the heading, styled as text, of a report without a title; the start of the body for a titled report without a summary).
 * @csspart meta - Date, reading time and category.
 * @csspart outcomes - The headline results.
 * @csspart tags - The tag list.
 * @csspart tag - Each tag (a toggle button inside a list, a label otherwise).
 * @csspart more-tags - The "+N more" button shown past `tag-limit` tags.
 * @csspart diagram - The report's ASCII diagram.
 * @csspart link - The "read the report" link.
 * @csspart open-button - Opens the full report in place (a report with a body and no `url`).
 * @csspart report - The full report opened in place.
 *
 * @cssprop --inc-card-gap - Space below each card.
 * @cssprop --inc-color-surface - Card background.
 * @cssprop --inc-color-border - Card border.
 * @cssprop --inc-color-accent - Links and pressed tags.
 * @cssprop --inc-status-resolved - Colour of a status (one property per status: investigating, identified, monitoring, resolved, postmortem, operating, retired).
 *
 * @fires inc-load - Standalone with `src`: the content loaded. `detail.count` is the number of reports in it.
 * @fires inc-error - Standalone with `src`: the content could not be loaded, the id was not found, or the source holds several reports and no `report-id` was given. Also when `report` arrived as an attribute.
 */
export class IncCard extends IncElement<keyof typeof CARD_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: {},
    reportId: { attribute: 'report-id' },
    reportIdLowercase: { attribute: 'reportid' },
    variant: { reflect: true },
    diagram: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    meta: {},
    linkLabel: { attribute: 'link-label' },
    tagLimit: { type: Number, attribute: 'tag-limit' },
    timeout: { type: Number },
    allTags: { state: true },
  };

  protected static override readonly defaultStrings = CARD_DEFAULTS;

  static override styles = [errorStyles, inlineStyles, reportPartsStyles, cardStyles];

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }

  /** The report to show (takes precedence over `src`). */
  report?: Report;

  /** URL of a collection to take the report from, with `report-id` (standalone embed). */
  src?: string;

  /** Id of the report to show from `src`. */
  reportId?: string;

  /** @internal React's lowercase spelling of `report-id` (see SingleReportController), observed so a change re-renders. */
  private reportIdLowercase?: string;

  /** `card` (default) or `row`, a compact one-line layout. */
  variant: CardVariant = 'card';

  /** `show` (default), `collapsed` (behind a disclosure) or `hide`. */
  diagram: DiagramMode = 'show';

  /** Level of the title heading (2–6), so the page outline stays correct. */
  headingLevel = 3;

  /**
   * The line above the title, as space-separated fields in the order shown: `id`, `slug`, `status`,
   * `severity`, `date`, `category`, `reading` (e.g. `meta="date category reading"`). Unset: id · slug
   * and badges above the title, date · reading time · category below the summary. Inside a list,
   * the list's `meta` applies unless the card has its own.
   */
  meta?: string;

  /** Text of the link to a report's `url` (default "read the report →"); inside a list, the list's `link-label`. */
  linkLabel?: string;

  /** Tags shown before a "+N more" button (default 8; `0` shows every tag); inside a list, the list's `tag-limit`. */
  tagLimit?: number;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = 15000;

  /** Whether "+N more" was used: every tag shows. */
  private allTags = false;

  readonly #source = new SingleReportController(this, (key, values) => this.text(key, values));
  // Not subscribed: the list re-renders the cards a filter change affects (see ListState).
  readonly #list = new ContextConsumer(this, { context: listStateContext });
  /** A report with a body but no `url` opens in place; the URL hash (`#INC-001`) remembers it. */
  readonly #deepLink = new DeepLinkController(this, () => {
    const report = this.#source.report;
    return report && report.body.length > 0 && !report.url ? report.id : undefined;
  });

  // Cards come in thousands: their updates run in time slices, on-screen ones first.
  protected override runUpdate(): Promise<void> {
    return enqueueRender(this, () => void super.runUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('report') || changed.has('reportId')) this.allTags = false;
  }

  override render() {
    const misuse = this.renderMisuse();
    if (misuse) return misuse;
    const report = this.#source.report;
    return report ? this.#renderReport(report) : this.#source.renderState('card');
  }

  #renderReport(report: Report): TemplateResult {
    const list = this.#list.value;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const text = this.text.bind(this);
    const title = report.title ?? '';
    const fields = parseMetaFields(this.meta ?? list?.display.meta);
    const summary = report.summary ? inlineText(report.summary) : '';
    const linkLabel = this.linkLabel ?? list?.display.linkLabel;
    return html`<article
      class="inc-root card"
      part="base"
      aria-labelledby=${title ? 'title' : nothing}
      aria-label=${!title && summary ? excerpt(summary) : nothing}
    >
      <div class="top" part="header">
        ${fields ? renderFields(report, fields, text, this.pageLang) : renderBadges(report, text)}
      </div>
      ${
        title
          ? html`<div class="title" part="title" id="title" role="heading" aria-level=${level}>
              ${report.url ? html`<a href=${report.url}>${title}</a>` : title}
            </div>`
          : nothing
      }
      ${
        report.summary
          ? title
            ? html`<p class="summary" part="summary">${renderInline(report.summary)}</p>`
            : // No title: the summary leads, as text, and is the card's heading (for heading navigation).
              leadSummary(report.summary, level)
          : title
            ? this.#renderBodyExcerpt(report)
            : // Neither (a feed item with only a body): an excerpt of the body leads, as plain text.
              leadExcerpt(reportExcerpt(report, 200), level)
      }
      ${fields ? nothing : renderMeta(report, text, this.pageLang)} ${renderOutcomes(report, text)}
      ${this.#renderTags(report, list !== undefined)} ${this.#renderDiagram(report)}
      ${this.#renderInPlace(report, level, fields)}
      ${
        report.url
          ? html`<a class="read" part="link" href=${report.url}
              >${linkLabel ?? this.text('readReport')}${
                title ? html`<span class="visually-hidden">: ${title}</span>` : nothing
              }${linkLabel ? nothing : html` <span aria-hidden="true">→</span>`}</a
            >`
          : nothing
      }
    </article>`;
  }

  /**
   * A titled report with a body and no summary (most blog feeds): the start of its body stands in for
   * the summary, as plain text, as a blog's index shows it; not while the report is open below it.
   */
  #renderBodyExcerpt(report: Report) {
    const text = this.#deepLink.open ? '' : reportExcerpt(report, 200);
    return text ? html`<p class="summary excerpt" part="summary">${text}</p>` : nothing;
  }

  #renderInPlace(report: Report, level: number, fields: readonly MetaField[] | undefined) {
    if (report.body.length === 0 || report.url) return nothing;
    const open = this.#deepLink.open;
    return html`<button
        class="open-report"
        part="open-button"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="full-report"
        @click=${() => this.#deepLink.toggle()}
      >
        ${open ? this.text('close') : this.text('openReport')}
      </button>
      <div id="full-report" class="full-report" ?hidden=${!open}>
        ${
          open
            ? // The reading view: only what the card above it does not already show, its sections
              // one level below the card's title.
              html`<inc-report
                part="report"
                .report=${report}
                .strings=${this.strings}
                heading-level=${Math.min(5, level)}
                omit=${this.#shownFields(fields)}
              ></inc-report>`
            : nothing
        }
      </div>`;
  }

  /** What this card shows, as `inc-report`'s `omit` list, so the opened report shows each field once. */
  #shownFields(fields: readonly MetaField[] | undefined): string {
    const top = fields ?? ['id', 'slug', 'status', 'severity', 'date', 'reading', 'category'];
    return `${CARD_FIELDS} ${top.join(' ')}${this.diagram === 'hide' ? '' : ' diagram'}`;
  }

  get #effectiveTagLimit(): number {
    const limit = this.tagLimit ?? this.#list.value?.display.tagLimit ?? DEFAULT_TAG_LIMIT;
    return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : Number.POSITIVE_INFINITY;
  }

  #renderTags(report: Report, interactive: boolean) {
    if (report.tags.length === 0) return nothing;
    const selected = this.#list.value?.selection;
    const limit = this.#effectiveTagLimit;
    // "+1 more" would take the room of the tag it hides.
    const capped = !this.allTags && report.tags.length > limit + 1;
    const shown = capped ? report.tags.slice(0, limit) : report.tags;
    const hidden = report.tags.length - shown.length;
    return html`<ul class="tags" part="tags" aria-label=${this.text('tags')}>
      ${shown.map(
        (tag) =>
          html`<li>
            ${
              interactive
                ? html`<button
                    class="tag"
                    part="tag"
                    type="button"
                    aria-pressed=${selected?.has(tagKey(tag)) ? 'true' : 'false'}
                    title=${this.text('tagFilterHint', { tag })}
                    @click=${() => {
                      // Pressed at once: a long list refreshes its cards only after its filter pass.
                      this.#list.value?.toggleTag(tag);
                      this.requestUpdate();
                    }}
                  >
                    ${tag}
                  </button>`
                : html`<span class="tag" part="tag" tabindex="-1">${tag}</span>`
            }
          </li>`,
      )}
      ${
        capped
          ? html`<li>
              <button
                class="more-tags"
                part="more-tags"
                type="button"
                @click=${() => this.#showAllTags(limit)}
              >
                ${this.text('moreTags', { count: this.#formatCount(hidden) })}<span class="visually-hidden">
                  ${this.text('moreTagsName')}</span
                >
              </button>
            </li>`
          : nothing
      }
    </ul>`;
  }

  #formatCount(count: number): string {
    try {
      return new Intl.NumberFormat(this.pageLang).format(count);
    } catch {
      return String(count);
    }
  }

  /** Reveals the rest and moves focus to the first tag revealed, so keyboard and screen reader users carry on from there. */
  async #showAllTags(limit: number): Promise<void> {
    this.allTags = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.tags [part="tag"]')[limit]?.focus();
  }

  #renderDiagram(report: Report) {
    if (!report.diagram || this.diagram === 'hide') return nothing;
    const diagram = html`<inc-ascii-diagram
      part="diagram"
      .diagram=${report.diagram}
      label=${
        report.diagram.label ??
        report.title ??
        (report.summary ? inlineText(report.summary) : reportExcerpt(report, 80) || this.text('diagram'))
      }
    ></inc-ascii-diagram>`;
    if (this.diagram === 'collapsed') {
      return html`<details>
        <summary>${this.text('showDiagram')}</summary>
        ${diagram}
      </details>`;
    }
    return diagram;
  }
}
