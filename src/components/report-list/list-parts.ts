import { html, nothing } from 'lit';
import type { Collection, Report } from '../../data/index.js';
import { renderInline } from '../../shared/render-inline.js';
import type { IncStrings, TextFn } from '../../shared/strings.js';
import type { CardVariant, DiagramMode } from '../card/card.js';
import type { Section } from './arrange.js';

// The list's smaller templates, as functions of what they show (as `skipped-notice.ts`): the
// element keeps the ones that read its state.

/**
 * The header: the collection's title and description, and the count line (`{count}` the reports
 * shown, `{total}` all of them). Nothing when all three are empty (a page whose description already
 * says the count asks for no count line).
 */
export function renderListHeader(
  collection: Collection,
  countLine: string,
  counts: { count: string; total: string },
  level: number,
) {
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
            ${countLine.replaceAll('{count}', counts.count).replaceAll('{total}', counts.total)}
          </p>`
        : nothing
    }
  </header>`;
}

/** Whether `count` takes the singular form in `lang` (in English, exactly 1). */
export function isSingular(lang: string, count: number): boolean {
  try {
    return new Intl.PluralRules(lang).select(count) === 'one';
  } catch {
    return count === 1; // an invalid page language
  }
}

/** A section's heading and description, each only when it has one. */
export function renderSectionHeading(section: Section, level: number) {
  return html`${
    section.title
      ? html`<div class="section-title" part="section-title" role="heading" aria-level=${level}>
          ${section.title}
        </div>`
      : nothing
  }${
    section.description
      ? html`<p class="section-description">${renderInline(section.description)}</p>`
      : nothing
  }`;
}

/** How the list's cards look: the same for every card of one render. */
export interface CardLook {
  strings: Partial<IncStrings>;
  variant: CardVariant;
  diagram: DiagramMode;
  level: number;
}

/** One report's card. */
export function renderCard(report: Report, look: CardLook) {
  return html`<inc-card
    .report=${report}
    .strings=${look.strings}
    variant=${look.variant}
    diagram=${look.diagram}
    heading-level=${look.level}
  ></inc-card>`;
}

/** The loading placeholder: three card-shaped boxes and a status line for screen readers. */
export function renderSkeleton(text: TextFn<'loading'>) {
  return html`<div class="skeleton" part="skeleton">
    <span class="visually-hidden" role="status">${text('loading')}</span>
    ${[0, 1, 2].map(() => html`<div class="skeleton-card" aria-hidden="true"></div>`)}
  </div>`;
}
