import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Report } from '../../data/index.js';
import { reportExcerpt } from '../../data/excerpt.js';
import { slugify } from '../../data/slug.js';
import { IncElement } from '../../shared/base-element.js';
import { CONTENT_STRINGS } from '../../shared/strings/content.js';
import { REPORT_PARTS_STRINGS } from '../../shared/strings/report-parts.js';
import { REPORT_STRINGS } from '../../shared/strings/report.js';
import { errorStyles } from '../../shared/error.styles.js';
import { inlineStyles } from '../../shared/inline.styles.js';
import { reportPartsStyles } from '../../shared/report-parts.styles.js';
import { SingleReportController } from '../../shared/single-report-controller.js';
import { inlineText, renderInline } from '../../shared/render-inline.js';
import { renderFields, renderOutcomes, type MetaField } from '../../shared/render-report-parts.js';
import { excerpt } from '../../shared/authored.js';
import { formatDate } from '../../shared/format-date.js';
import { AnchorController } from './anchor-controller.js';
import { renderBlocks } from './render-blocks.js';
import { reportStyles } from './report.styles.js';

/** A timeline `at` that parses as an ISO date-time is shown as a time; a label ("T+4 min") as written. */
const TOP_FIELDS: readonly MetaField[] = ['id', 'slug', 'status', 'severity'];
const META_LINE_FIELDS: readonly MetaField[] = ['date', 'reading', 'category'];

function isIsoDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))
  );
}

/** Its default UI text (see `IncElement.defaultStrings`). */
const REPORT_DEFAULTS = { ...CONTENT_STRINGS, ...REPORT_PARTS_STRINGS, ...REPORT_STRINGS };

/**
 * The whole report: header (id, status, severity, title, meta, authors, tags), summary, outcomes,
 * impact, diagram, timeline, action items, and the body blocks with highlighted code. Headings get
 * permalinks that work from the page URL.
 *
 * @customElement inc-report
 * @summary One full incident report or postmortem.
 *
 * @csspart base - The report's box.
 * @csspart header - The header.
 * @csspart id - The report id (only an id the author wrote).
 * @csspart slug - The report slug (only a slug the author wrote).
 * @csspart status - The status badge.
 * @csspart severity - The severity badge.
 * @csspart title - The title heading.
 * @csspart meta - Date, reading time and category.
 * @csspart authors - The author line.
 * @csspart tags - The tag list.
 * @csspart summary - The summary (the heading, styled as text, of a report without a title).
 * @csspart outcomes - The headline results.
 * @csspart impact - The impact section.
 * @csspart diagram - The report diagram and diagram blocks.
 * @csspart timeline - The timeline section.
 * @csspart action-items - The action items section.
 * @csspart body - The body blocks.
 * @csspart code-block - Each code block.
 *
 * @cssprop --inc-report-max-width - Measure of the text column (default `72ch`).
 * @cssprop --inc-color-accent - Links and permalinks.
 * @cssprop --inc-callout-info - Colour of info callouts (also `--inc-callout-warning`, `--inc-callout-danger`).
 *
 * @fires inc-load - With `src`: the content loaded. `detail.count` is the number of reports in it.
 * @fires inc-error - With `src`: the content could not be loaded, has no report with `report-id`, or holds several and no `report-id` was given. Also when `report` arrived as an attribute.
 */
export class IncReport extends IncElement<keyof typeof REPORT_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: {},
    reportId: { attribute: 'report-id' },
    reportIdLowercase: { attribute: 'reportid' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    omit: {},
  };

  protected static override readonly defaultStrings = REPORT_DEFAULTS;

  static override styles = [errorStyles, inlineStyles, reportPartsStyles, reportStyles];

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }

  /** The report to show (takes precedence over `src`). */
  report?: Report;

  /** URL of a collection to take the report from, with `report-id`. */
  src?: string;

  /** Id of the report to show from `src`. */
  reportId?: string;

  /** @internal React's lowercase spelling of `report-id` (see SingleReportController), observed so a change re-renders. */
  private reportIdLowercase?: string;

  /** Level of the report title (1–5); body headings follow below it, so the page outline stays correct. */
  headingLevel = 2;

  /** Milliseconds to wait for `src`. */
  timeout = 15000;

  /**
   * Fields to leave out, space-separated (`id slug status severity title summary date category
   * reading tags outcomes diagram`): what a card around the report already shows.
   */
  omit = '';

  readonly #source = new SingleReportController(this, (key, values) => this.text(key, values));
  readonly #anchors = new AnchorController(this);

  get #titleLevel(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  override render() {
    const misuse = this.renderMisuse();
    if (misuse) return misuse;
    const report = this.#source.report;
    return report ? this.#renderReport(report) : this.#source.renderState('report');
  }

  #renderReport(report: Report): TemplateResult {
    const text = this.text.bind(this);
    const level = this.#titleLevel;
    const omit = new Set(this.omit.toLowerCase().split(/[\s,]+/));
    const show = (field: string): boolean => !omit.has(field);
    const summaryText = report.summary ? inlineText(report.summary) : '';
    const title =
      report.title ?? (summaryText ? excerpt(summaryText) : reportExcerpt(report, 120) || report.id);
    const titleId = `${report.id}--title`;
    // Without a title the summary leads, as text, and is the report's heading.
    const lead = !report.title && report.summary && show('summary');
    const labelled = (report.title && show('title')) || lead;
    const top = renderFields(report, TOP_FIELDS.filter(show), text, this.pageLang);
    const meta = renderFields(report, META_LINE_FIELDS.filter(show), text, this.pageLang);
    const tags = show('tags') && report.tags.length > 0;
    const header =
      top.length > 0 || labelled || meta.length > 0 || report.updated || report.authors.length > 0 || tags;
    return html`<article
      class="inc-root report"
      part="base"
      aria-labelledby=${labelled ? titleId : nothing}
      aria-label=${labelled ? nothing : title}
    >
      ${header ? this.#renderHeader(report, { top, meta, lead: Boolean(lead), tags, titleId }) : nothing}
      ${
        report.title && report.summary && show('summary')
          ? html`<p class="summary" part="summary">${renderInline(report.summary)}</p>`
          : nothing
      }
      ${show('outcomes') ? renderOutcomes(report, text) : nothing}
      ${
        report.impact
          ? html`<section class="section" part="impact" aria-labelledby=${`${report.id}--impact`}>
              ${this.#sectionHeading(report, 'impact', this.text('impact'))}
              <p>${renderInline(report.impact)}</p>
            </section>`
          : nothing
      }
      ${
        report.diagram && show('diagram')
          ? html`<inc-ascii-diagram
              part="diagram"
              .diagram=${report.diagram}
              label=${report.diagram.label ?? title}
            ></inc-ascii-diagram>`
          : nothing
      }
      ${this.#renderTimeline(report)} ${this.#renderActionItems(report)}
      ${
        report.body.length
          ? html`<div class="body" part="body">
              ${renderBlocks(report.body, {
                reportId: report.id,
                titleLevel: level,
                reportTitle: title,
                permalinkLabel: this.text('permalink'),
                toneLabels: {
                  info: this.text('calloutInfo'),
                  warning: this.text('calloutWarning'),
                  danger: this.text('calloutDanger'),
                },
              })}
            </div>`
          : nothing
      }
    </article>`;
  }

  #omits(field: string): boolean {
    return this.omit
      .toLowerCase()
      .split(/[\s,]+/)
      .includes(field);
  }

  #renderHeader(
    report: Report,
    parts: { top: TemplateResult[]; meta: TemplateResult[]; lead: boolean; tags: boolean; titleId: string },
  ) {
    return html`<header class="header" part="header">
      ${parts.top.length > 0 ? html`<div class="top">${parts.top}</div>` : nothing}
      ${
        report.title && !this.#omits('title')
          ? html`<div
              class="title"
              part="title"
              role="heading"
              aria-level=${this.#titleLevel}
              id=${parts.titleId}
            >
              ${report.title}
            </div>`
          : nothing
      }
      ${
        parts.lead
          ? // prettier-ignore
            html`<p class="summary lead" part="summary" role="heading" aria-level=${this.#titleLevel} id=${parts.titleId}>${renderInline(report.summary)}</p>`
          : nothing
      }
      ${parts.meta.length > 0 ? html`<p class="meta" part="meta">${parts.meta}</p>` : nothing}
      ${
        report.updated
          ? html`<p class="meta">
              ${this.text('updated', { date: formatDate(report.updated, this.pageLang) })}
            </p>`
          : nothing
      }
      ${this.#renderAuthors(report)} ${parts.tags ? this.#renderTags(report) : nothing}
    </header>`;
  }

  #sectionHeading(report: Report, key: string, label: string) {
    const id = `${report.id}--${slugify(key)}`;
    return html`<div
      class="heading h2"
      role="heading"
      aria-level=${this.#titleLevel + 1}
      id=${id}
      tabindex="-1"
    >
      ${label}<a class="anchor" href=${`#${id}`} aria-label=${`${this.text('permalink')}: ${label}`}>#</a>
    </div>`;
  }

  #renderAuthors(report: Report) {
    if (report.authors.length === 0) return nothing;
    return html`<p class="authors" part="authors">
      ${this.text('by')}
      ${report.authors.map(
        (author, i) =>
          html`${i > 0 ? ', ' : ''}${author.url ? html`<a href=${author.url}>${author.name}</a>` : author.name}`,
      )}
    </p>`;
  }

  #renderTags(report: Report) {
    if (report.tags.length === 0) return nothing;
    return html`<ul class="tags" part="tags" aria-label=${this.text('tags')}>
      ${report.tags.map((tag) => html`<li><span class="tag">${tag}</span></li>`)}
    </ul>`;
  }

  #renderTimeline(report: Report) {
    if (report.timeline.length === 0) return nothing;
    return html`<section class="section" part="timeline" aria-labelledby=${`${report.id}--timeline`}>
      ${this.#sectionHeading(report, 'timeline', this.text('timeline'))}
      <ol class="timeline">
        ${report.timeline.map(
          (entry) =>
            html`<li>
              ${
                isIsoDateTime(entry.at)
                  ? html`<time class="at" datetime=${entry.at}>${this.#formatMoment(entry.at)}</time>`
                  : html`<span class="at">${entry.at}</span>`
              }
              <span class="what">${renderInline(entry.text)}</span>
            </li>`,
        )}
      </ol>
    </section>`;
  }

  #formatMoment(iso: string): string {
    if (!iso.includes('T')) return formatDate(iso, this.pageLang);
    try {
      return new Intl.DateTimeFormat(this.pageLang, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }).format(new Date(iso));
    } catch {
      return iso;
    }
  }

  #renderActionItems(report: Report) {
    if (report.actionItems.length === 0) return nothing;
    return html`<section class="section" part="action-items" aria-labelledby=${`${report.id}--action-items`}>
      ${this.#sectionHeading(report, 'action-items', this.text('actionItems'))}
      <ul class="actions">
        ${report.actionItems.map(
          (item) =>
            html`<li class=${item.done ? 'done' : 'open'}>
              <span class="state">${item.done ? this.text('done') : this.text('open')}</span>
              <span class="what">
                ${item.text}
                ${item.url ? html`<a class="ref" href=${item.url}>${this.text('details')}</a>` : nothing}
                ${item.owner ? html`<span class="owner">${this.text('owner', { owner: item.owner })}</span>` : nothing}
              </span>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
