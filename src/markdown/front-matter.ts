/**
 * Front matter: YAML (`---`) or TOML (`+++`), read with real parsers, then mapped from the field names
 * of Hugo, Jekyll, Astro and Eleventy to the content format's report fields.
 */
import { parseDocument } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { KEBAB_PATTERN, slugify } from '../data/slug.js';
import { escapeInline } from '../data/inline.js';
import type { Context } from './inline.js';

/** Parsed front matter, or why it could not be read (at a 1-based line of the file). */
export type FrontMatter =
  { ok: true; data: Record<string, unknown> } | { ok: false; line: number; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Reads front matter text. `firstLine` is the line of the opening fence. YAML is read with the YAML 1.2
 * core schema, so dates stay the strings the author wrote (no time-zone conversion); repeated keys are
 * allowed and the last wins, as in Jekyll.
 */
export function readFrontMatter(kind: 'yaml' | 'toml', text: string, firstLine: number): FrontMatter {
  const at = (line: number | undefined): number => firstLine + (line ?? 1);
  let data: unknown;
  if (kind === 'yaml') {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true });
    const error = doc.errors[0];
    if (error)
      return {
        ok: false,
        line: at(error.linePos?.[0].line),
        message: `YAML front matter: ${error.message.split('\n')[0]}`,
      };
    data = doc.toJS() ?? {};
  } else {
    try {
      data = parseToml(text);
    } catch (error) {
      const line = (error as { line?: number }).line;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ok: false, line: at(line), message: `TOML front matter: ${message}` };
    }
  }
  return isRecord(data)
    ? { ok: true, data }
    : { ok: false, line: firstLine, message: 'front matter is not a set of fields' };
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `2026-05-10`, with an optional time (`T` or space) and zone (`Z`, `+05`, `+0530`, `+05:30`, `UTC`). */
const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** "Jun 19 2024", "June 19, 2024", "19 June 2024": dates in words, as Astro's template writes them. */
const WORDS_MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const WORDS_DMY = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

function fromWords(month: string, day: string, year: string): string | undefined {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : `${year}-${pad(index + 1)}-${pad(day)}`;
}

/** A date value of any parser as an ISO 8601 string, or undefined (with a warning) when it is not one. */
export function toIsoDate(value: unknown, key: string, line: number, ctx: Context): string | undefined {
  if (value instanceof Date) {
    // smol-toml's TomlDate prints itself in its own form (date-only stays date-only, local stays local).
    const iso = value.toISOString().replace(/\.000(?=Z|[+-]|$)/, '');
    const local = value as Date & { isDate?: () => boolean; isTime?: () => boolean };
    if (local.isTime?.()) {
      ctx.warn(line, `"${key}" is a time without a date; left out`);
      return undefined;
    }
    if (!local.isDate && iso.endsWith('T00:00:00Z')) return iso.slice(0, 10);
    return iso;
  }
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) {
    ctx.warn(line, `"${key}" is not a date; left out`);
    return undefined;
  }
  if (!text) return undefined;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, day, minutes, seconds = ':00', zone] = iso;
    if (!minutes) return day;
    const offset = !zone
      ? ''
      : /^(z|utc|gmt)$/i.test(zone)
        ? 'Z'
        : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h: string, m?: string) => `${h}:${m ?? '00'}`);
    return `${day}T${minutes}${seconds}${offset}`;
  }
  const mdy = WORDS_MDY.exec(text);
  const dmy = WORDS_DMY.exec(text);
  const words = mdy
    ? fromWords(mdy[1]!, mdy[2]!, mdy[3]!)
    : dmy
      ? fromWords(dmy[2]!, dmy[1]!, dmy[3]!)
      : undefined;
  if (words) {
    ctx.warn(line, `"${key}" "${text}" read as ${words}`);
    return words;
  }
  ctx.warn(
    line,
    `"${key}" "${text}" is not a date this importer reads (use 2026-05-10 or 2026-05-10T14:30:00Z); left out`,
  );
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Field mapping

/** Report fields that front matter may set exactly as the content format spells them. */
const PASS_THROUGH = [
  'status',
  'diagram',
  'outcomes',
  'timeline',
  'actionItems',
  'groups',
  'url',
  'readingMinutes',
] as const;
/** Aliases, first present wins. */
const DATE_KEYS = ['date', 'pubDate', 'publishDate'] as const;
const UPDATED_KEYS = ['lastmod', 'updated', 'updatedDate'] as const;
const SUMMARY_KEYS = ['summary', 'description', 'excerpt'] as const;
const CATEGORY_KEYS = ['category', 'categories'] as const;

/** The report fields read from front matter, and whether the post is a draft. */
export interface Mapped {
  fields: Record<string, unknown>;
  draft: boolean;
}

/** A string field: trimmed; numbers become strings; empty strings are absent; anything else is passed on for the validator to report. */
function str(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  return value;
}

function firstKey(data: Record<string, unknown>, keys: readonly string[]): string | undefined {
  return keys.find((key) => data[key] !== undefined && data[key] !== null && data[key] !== '');
}

/** Maps front matter `data` to report fields. `lineOf(key)` is the line where a key is written. */
export function mapFrontMatter(
  data: Record<string, unknown>,
  lineOf: (key: string) => number,
  ctx: Context,
): Mapped {
  const fields: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined && value !== null) fields[key] = value;
  };
  set('id', str(data.id));
  set('title', str(data.title));
  const summaryKey = firstKey(data, SUMMARY_KEYS);
  if (summaryKey) {
    // Front matter text is plain text: its markup characters are escaped so they show as written.
    const summary = str(data[summaryKey]);
    set('summary', typeof summary === 'string' ? escapeInline(summary.replace(/\s*\n\s*/g, ' ')) : summary);
  }
  const slug = str(data.slug);
  if (typeof slug === 'string') set('slug', KEBAB_PATTERN.test(slug) ? slug : slugify(slug) || undefined);
  else set('slug', slug);
  set('status', data.status);
  set('severity', str(data.severity));
  set('tags', tagList(data.tags));
  const categoryKey = firstKey(data, CATEGORY_KEYS);
  if (categoryKey) {
    const category = data[categoryKey];
    set('category', str(Array.isArray(category) ? category[0] : category));
  }
  const dateKey = firstKey(data, DATE_KEYS);
  if (dateKey) set('date', toIsoDate(data[dateKey], dateKey, lineOf(dateKey), ctx));
  const updatedKey = firstKey(data, UPDATED_KEYS);
  if (updatedKey) set('updated', toIsoDate(data[updatedKey], updatedKey, lineOf(updatedKey), ctx));
  for (const key of PASS_THROUGH) if (key !== 'status') set(key, data[key]);
  const draft = data.draft === true || data.draft === 'true' || data.published === false;
  return { fields, draft };
}

/** Tags: a list (numbers become strings, blanks dropped) or a single string as one tag. */
function tagList(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number')
    return str(value) === undefined ? undefined : [str(value)];
  if (!Array.isArray(value)) return value;
  return value.map(str).filter((tag) => tag !== undefined);
}

/** The line of `key:` / `key =` in front matter text that starts at line `firstLine`; else the fence line. */
export function keyLines(text: string, firstLine: number): (key: string) => number {
  const lines = text.split('\n');
  return (key) => {
    const pattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=]`);
    const index = lines.findIndex((line) => pattern.test(line));
    return index < 0 ? firstLine : firstLine + 1 + index;
  };
}
