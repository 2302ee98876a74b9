import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { Report } from '../../data/index.js';
import { IncElement } from '../../shared/base-element.js';
import { listStateContext } from '../../shared/context.js';
import { SingleReportController } from '../../shared/single-report-controller.js';
import { inlineText, renderInline } from '../../shared/render-inline.js';
import { renderBadges, renderMeta, renderOutcomes } from '../../shared/render-report-parts.js';
import { reportPartsStyles } from '../../shared/report-parts.styles.js';
import { tagKey } from '../../shared/filter-state.js';
import { errorStyles } from '../../shared/error.styles.js';
import { inlineStyles } from '../../shared/inline.styles.js';
import { DeepLinkController } from './deep-link-controller.js';
import { cardStyles } from './card.styles.js';

/** How a card is laid out. */
export const CARD_VARIANTS = ['card', 'row'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** How a card shows its report's diagram. */
export const DIAGRAM_MODES = ['show', 'collapsed', 'hide'] as const;
export type DiagramMode = (typeof DIAGRAM_MODES)[number];

/**
 * One incident report or post: id, status, severity, title, summary, meta, outcomes, tags, diagram
 * and the "read the report" link.
 *
 * @customElement inc-card
 * @summary One incident report or post, as a card or a compact row.
 *
 * @csspart base - The card's box.
 * @csspart header - The line with id, status and severity.
 * @csspart id - The report id badge.
 * @csspart status - The status badge (text plus colour).
 * @csspart severity - The severity badge.
 * @csspart title - The title heading.
 * @csspart summary - The summary paragraph.
 * @csspart meta - Date, reading time and category.
 * @csspart outcomes - The headline results.
 * @csspart tags - The tag list.
 * @csspart tag - Each tag (a toggle button inside a list, a label otherwise).
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
 * @fires inc-error - Standalone with `src`: the content could not be loaded or the id was not found.
 */
export class IncCard extends IncElement {
  static override styles = [errorStyles, inlineStyles, reportPartsStyles, cardStyles];
  /** @internal */
  static override readonly timeSliced = true;

  /** The report to show (takes precedence over `src`). */
  @property({ attribute: false }) report?: Report;

  /** URL of a collection to take the report from, with `report-id` (standalone embed). */
  @property() src?: string;

  /** Id of the report to show from `src`. */
  @property({ attribute: 'report-id' }) reportId?: string;

  /** `card` (default) or `row`, a compact one-line layout. */
  @property({ reflect: true }) variant: CardVariant = 'card';

  /** `show` (default), `collapsed` (behind a disclosure) or `hide`. */
  @property() diagram: DiagramMode = 'show';

  /** Level of the title heading (2–6), so the page outline stays correct. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = 15000;

  private readonly source = new SingleReportController(this, (key, values) => this.text(key, values));
  // Not subscribed: the list re-renders the cards a filter change affects (see ListState).
  private readonly list = new ContextConsumer(this, { context: listStateContext });
  /** A report with a body but no `url` opens in place; the URL hash (`#INC-001`) remembers it. */
  private readonly deepLink = new DeepLinkController(this, () => {
    const report = this.source.report;
    return report && report.body.length > 0 && !report.url ? report.id : undefined;
  });

  override render() {
    const report = this.source.report;
    return report ? this.renderReport(report) : this.source.renderState('card');
  }

  private renderReport(report: Report): TemplateResult {
    const list = this.list.value;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const title = report.title ?? '';
    return html`<article class="inc-root card" part="base" aria-labelledby=${title ? 'title' : nothing}>
      <div class="top" part="header">${renderBadges(report, this.text.bind(this))}</div>
      ${
        title
          ? html`<div class="title" part="title" id="title" role="heading" aria-level=${level}>
              ${report.url ? html`<a href=${report.url}>${title}</a>` : title}
            </div>`
          : nothing
      }
      ${report.summary ? html`<p class="summary" part="summary">${renderInline(report.summary)}</p>` : nothing}
      ${renderMeta(report, this.text.bind(this), this.pageLang)}
      ${renderOutcomes(report, this.text.bind(this))} ${this.renderTags(report, list !== undefined)}
      ${this.renderDiagram(report)} ${this.renderInPlace(report, level)}
      ${
        report.url
          ? html`<a class="read" part="link" href=${report.url}
              >${this.text('readReport')}${title ? html`<span class="visually-hidden">: ${title}</span>` : nothing}
              <span aria-hidden="true">→</span></a
            >`
          : nothing
      }
    </article>`;
  }

  private renderInPlace(report: Report, level: number) {
    if (report.body.length === 0 || report.url) return nothing;
    const open = this.deepLink.open;
    return html`<button
        class="open-report"
        part="open-button"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="full-report"
        @click=${() => this.deepLink.toggle()}
      >
        ${open ? this.text('close') : this.text('openReport')}
      </button>
      <div id="full-report" class="full-report" ?hidden=${!open}>
        ${
          open
            ? html`<inc-report
                part="report"
                .report=${report}
                heading-level=${Math.min(5, level + 1)}
              ></inc-report>`
            : nothing
        }
      </div>`;
  }

  private renderTags(report: Report, interactive: boolean) {
    if (report.tags.length === 0) return nothing;
    const selected = this.list.value?.selection;
    return html`<ul class="tags" part="tags" aria-label=${this.text('tags')}>
      ${report.tags.map(
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
                    @click=${() => this.list.value?.toggleTag(tag)}
                  >
                    ${tag}
                  </button>`
                : html`<span class="tag" part="tag">${tag}</span>`
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderDiagram(report: Report) {
    if (!report.diagram || this.diagram === 'hide') return nothing;
    const diagram = html`<inc-ascii-diagram
      part="diagram"
      .diagram=${report.diagram}
      label=${
        report.diagram.label ??
        report.title ??
        (report.summary ? inlineText(report.summary) : this.text('diagram'))
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
