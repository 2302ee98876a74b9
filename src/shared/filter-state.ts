import type { Report } from '../data/index.js';
import { tagKey } from './tag-key.js';

/** How several selected tags combine. */
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/** What a list is filtered by. */
export interface FilterState {
  tags: string[];
  match: MatchMode;
  query: string;
}

export const EMPTY_FILTER: FilterState = { tags: [], match: 'any', query: '' };

/** Parses the comma-separated `tags` attribute, dropping blanks and duplicates. */
export function parseTagList(value: string | null | undefined): string[] {
  if (!value) return [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tagKey(tag);
    if (key && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

export function isFilterActive(filter: FilterState): boolean {
  return filter.tags.length > 0 || filter.query.trim() !== '';
}

/** The text a query searches: title, summary, tags and id. Lower-cased once per report. */
function searchText(report: Report): string {
  return [report.id, report.title ?? '', report.summary ?? '', report.tags.join(' ')]
    .join('\n')
    .toLowerCase();
}

const searchTextCache = new WeakMap<Report, string>();
const tagKeyCache = new WeakMap<Report, Set<string>>();

/** A report's tag keys, computed once per report. */
export function reportTagKeys(report: Report): ReadonlySet<string> {
  let keys = tagKeyCache.get(report);
  if (!keys) {
    keys = new Set(report.tags.map(tagKey));
    tagKeyCache.set(report, keys);
  }
  return keys;
}

/** A report's search text, lower-cased once and kept. */
function cachedSearchText(report: Report): string {
  let text = searchTextCache.get(report);
  if (text === undefined) {
    text = searchText(report);
    searchTextCache.set(report, text);
  }
  return text;
}

/**
 * Prepares the search text of `reports` from index `from` until `deadline` (a `performance.now()`
 * time), so the first keystroke in a long list does not pay for all of it. Returns the index to
 * continue from; `reports.length` when done.
 */
export function prepareSearch(reports: readonly Report[], from: number, deadline: number): number {
  let i = from;
  while (i < reports.length) {
    cachedSearchText(reports[i++]!);
    if (i % 100 === 0 && performance.now() >= deadline) break;
  }
  return i;
}

/** Builds a predicate for `filter`, doing the per-filter work once rather than once per report. */
export function createMatcher(filter: FilterState): (report: Report) => boolean {
  const wanted = filter.tags.map(tagKey).filter(Boolean);
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const all = filter.match === 'all';
  return (report) => {
    if (wanted.length > 0) {
      const keys = reportTagKeys(report);
      const ok = all ? wanted.every((t) => keys.has(t)) : wanted.some((t) => keys.has(t));
      if (!ok) return false;
    }
    if (words.length > 0) {
      const text = cachedSearchText(report);
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  };
}

export interface TagCount {
  /** The first spelling seen in the collection. */
  tag: string;
  count: number;
}

/** Every tag with the number of reports carrying it, most used first, then alphabetically. */
export function countTags(reports: readonly Report[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const report of reports) {
    for (const key of reportTagKeys(report)) {
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag: report.tags.find((t) => tagKey(t) === key) ?? key, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Returns the tag list with `tag` added, or removed if already present (case-insensitively). */
export function toggleTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return tags.some((t) => tagKey(t) === key) ? tags.filter((t) => tagKey(t) !== key) : [...tags, tag];
}
