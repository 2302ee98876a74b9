import { html, nothing, type TemplateResult } from 'lit';
import type { Report, Status } from '../data/index.js';
import type { IncStrings } from './strings.js';
import { formatDate } from './format-date.js';

type Text = (key: keyof IncStrings, values?: Record<string, string | number>) => string;

const STATUS_KEYS = {
  investigating: 'statusInvestigating',
  identified: 'statusIdentified',
  monitoring: 'statusMonitoring',
  resolved: 'statusResolved',
  postmortem: 'statusPostmortem',
  operating: 'statusOperating',
  retired: 'statusRetired',
} as const satisfies Record<Status, keyof IncStrings>;

/** Id, status (text as well as colour) and severity: the line above a report's title. */
export function renderBadges(report: Report, text: Text): TemplateResult {
  return html`<span class="id" part="id">${report.id}</span> ${
      report.status
        ? html`<span class="status" part="status" data-status=${report.status}
            ><span class="visually-hidden">${text('status')}: </span>${text(STATUS_KEYS[report.status])}</span
          >`
        : nothing
    }
    ${
      report.severity
        ? html`<span class="severity" part="severity"
            ><span class="visually-hidden">${text('severity')}: </span>${report.severity}</span
          >`
        : nothing
    }`;
}

/** Date · reading time · category, with separators hidden from assistive technology. */
export function renderMeta(report: Report, text: Text, lang: string): TemplateResult | typeof nothing {
  const parts: TemplateResult[] = [];
  if (report.date) parts.push(html`<time datetime=${report.date}>${formatDate(report.date, lang)}</time>`);
  if (report.readingMinutes) {
    parts.push(html`<span>${text('readingTime', { minutes: report.readingMinutes })}</span>`);
  }
  if (report.category) parts.push(html`<span>${report.category}</span>`);
  if (parts.length === 0) return nothing;
  return html`<p class="meta" part="meta">
    ${parts.map((part, i) => (i === 0 ? part : html`<span class="sep" aria-hidden="true"> · </span>${part}`))}
  </p>`;
}

/** Headline results as a description list. */
export function renderOutcomes(report: Report, text: Text): TemplateResult | typeof nothing {
  if (report.outcomes.length === 0) return nothing;
  return html`<dl class="outcomes" part="outcomes" aria-label=${text('outcomes')}>
    ${report.outcomes.map(
      (o) =>
        html`<div class="outcome">
          <dt>${o.label}</dt>
          <dd>${o.value}</dd>
        </div>`,
    )}
  </dl>`;
}
