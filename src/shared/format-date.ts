import { instantOf, isDateOnly } from '../data/dates.js';
import { safeDateFormat } from './locale.js';

const formats = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/**
 * Formats an ISO 8601 date for people in `lang` ("March 16, 2026"). Date-only values are read as
 * calendar dates (UTC) so they do not shift a day in time zones west of Greenwich.
 */
export function formatDate(iso: string, lang: string): string {
  // Cards re-render often (a tag toggle re-renders every card showing that tag) and Intl formatting
  // is the costliest part of their template; one string per distinct date and language is kept.
  const key = `${lang}|${iso}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(iso, lang);
    formatted.set(key, text);
  }
  return text;
}

function formatUncached(iso: string, lang: string): string {
  const dateOnly = isDateOnly(iso);
  // The data layer's reader, so what validates is what formats (`+05`, `+0530`, a space separator…).
  const date = new Date(instantOf(iso));
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lang}|${dateOnly}`;
  let format = formats.get(key);
  if (!format) {
    format = safeDateFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/** The year of an ISO date, or undefined. */
export function yearOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const year = Number(iso.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** Milliseconds since the epoch for sorting, by the date's instant; undated reports sort as NaN (the caller puts them last). */
export function timeOf(iso: string | undefined): number {
  return instantOf(iso);
}
