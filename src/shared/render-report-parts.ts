import { html, nothing, type TemplateResult } from 'lit';
import type { Report, Status } from '../data/index.js';
import type { TextFn } from './strings.js';
import type { REPORT_PARTS_STRINGS } from './strings/report-parts.js';

/** The text function the report parts need: the card's and the report's both hold these keys. */
type PartsText = TextFn<keyof typeof REPORT_PARTS_STRINGS>;
import { formatDate } from './format-date.js';
import { authoredId, authoredSlug } from './authored.js';

const STATUS_KEYS = {
  investigating: 'statusInvestigating',
  identified: 'statusIdentified',
  monitoring: 'statusMonitoring',
  resolved: 'statusResolved',
  postmortem: 'statusPostmortem',
  operating: 'statusOperating',
  retired: 'statusRetired',
} as const satisfies Record<Status, keyof typeof REPORT_PARTS_STRINGS>;

/** Fields a card's `meta` line can show, in any order the author chooses. */
export const META_FIELDS = ['id', 'slug', 'status', 'severity', 'date', 'category', 'reading'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** The known fields of a `meta` attribute, in its order, each once; `undefined` when none (the default layout). */
export function parseMetaFields(value: string | undefined | null): MetaField[] | undefined {
  if (typeof value !== 'string') return undefined;
  const fields = new Set<MetaField>();
  for (const word of value.toLowerCase().split(/[\s,]+/)) {
    if ((META_FIELDS as readonly string[]).includes(word)) fields.add(word as MetaField);
  }
  return fields.size > 0 ? [...fields] : undefined;
}

const separator = html`<span class="sep" aria-hidden="true"> · </span>`;

/** One meta field as inline content, or `undefined` when the report has no (authored) value for it. */
function metaPart(
  report: Report,
  field: MetaField,
  text: PartsText,
  lang: string,
): TemplateResult | undefined {
  switch (field) {
    case 'id': {
      const id = authoredId(report);
      return id ? html`<bdi class="id" part="id">${id}</bdi>` : undefined;
    }
    case 'slug': {
      const slug = authoredSlug(report);
      return slug && slug !== authoredId(report)
        ? html`<bdi class="slug" part="slug">${slug}</bdi>`
        : undefined;
    }
    case 'status':
      return report.status
        ? html`<span class="status" part="status" data-status=${report.status}
            ><span class="visually-hidden">${text('status')}: </span>${text(STATUS_KEYS[report.status])}</span
          >`
        : undefined;
    case 'severity':
      return report.severity
        ? html`<span class="severity" part="severity"
            ><span class="visually-hidden">${text('severity')}: </span>${report.severity}</span
          >`
        : undefined;
    case 'date':
      return report.date
        ? html`<time datetime=${report.date}>${formatDate(report.date, lang)}</time>`
        : undefined;
    case 'category':
      return report.category ? html`<bdi>${report.category}</bdi>` : undefined;
    case 'reading':
      return report.readingMinutes
        ? html`<span>${text('readingTime', { minutes: report.readingMinutes })}</span>`
        : undefined;
  }
}

/** Badges break a run of text fields; text fields next to each other are joined by " · ". */
const isBadge = (field: MetaField): boolean => field === 'status' || field === 'severity';

/**
 * The fields in `fields`, in that order: runs of text fields as one muted line joined by " · "
 * (separators hidden from assistive technology), status and severity as badges between them.
 */
export function renderFields(report: Report, fields: readonly MetaField[], text: PartsText, lang: string) {
  const out: TemplateResult[] = [];
  let run: TemplateResult[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      out.push(
        html`<span class="meta-run"
          >${run.map((part, i) => (i === 0 ? part : html`${separator}${part}`))}</span
        >`,
      );
    }
    run = [];
  };
  for (const field of fields) {
    const part = metaPart(report, field, text, lang);
    if (!part) continue;
    if (isBadge(field)) {
      flush();
      out.push(part);
    } else run.push(part);
  }
  flush();
  return out;
}

/** The default line above a report's title: authored id · authored slug, status (text as well as colour), severity. */
export function renderBadges(report: Report, text: PartsText): TemplateResult[] {
  return renderFields(report, ['id', 'slug', 'status', 'severity'], text, '');
}

/** The default meta line below the summary: date · reading time · category. */
export function renderMeta(report: Report, text: PartsText, lang: string): TemplateResult | typeof nothing {
  const parts = renderFields(report, ['date', 'reading', 'category'], text, lang);
  if (parts.length === 0) return nothing;
  return html`<p class="meta" part="meta">${parts}</p>`;
}

/** Headline results as a description list. */
export function renderOutcomes(report: Report, text: PartsText): TemplateResult | typeof nothing {
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
