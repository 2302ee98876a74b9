import type { Collection, Report } from '../../data/index.js';
import { reportExcerpt } from '../../data/excerpt.js';
import { timeOf, yearOf } from '../../shared/format-date.js';

/** How a list groups its reports. */
export const GROUP_BY = ['group', 'category', 'year', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** How a list orders reports inside each section. */
export const SORT_ORDERS = ['date-desc', 'date-asc', 'id', 'title', 'source'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** One section of the list: a heading (absent when ungrouped) and its reports. */
export interface Section {
  key: string;
  title?: string;
  description?: string;
  reports: Report[];
}

/** The defaults follow the content: its groups when it has some; newest first when it has dates. */
export function defaultGroupBy(collection: Collection): GroupBy {
  return collection.groups.length > 0 ? 'group' : 'none';
}
export function defaultSort(collection: Collection): SortOrder {
  return collection.reports.some((r) => r.date) ? 'date-desc' : 'source';
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts a copy; ties and undated reports keep their source order (undated last). */
export function sortReports(reports: readonly Report[], order: SortOrder): Report[] {
  const indexed = reports.map((report, index) => ({ report, index, time: timeOf(report.date) }));
  const byIndex = (a: (typeof indexed)[number], b: (typeof indexed)[number]) => a.index - b.index;
  const byDate = (direction: 1 | -1) => (a: (typeof indexed)[number], b: (typeof indexed)[number]) => {
    const aNaN = Number.isNaN(a.time);
    const bNaN = Number.isNaN(b.time);
    if (aNaN || bNaN) return aNaN === bNaN ? byIndex(a, b) : aNaN ? 1 : -1;
    return (a.time - b.time) * direction || byIndex(a, b);
  };
  const compare = {
    'date-desc': byDate(-1),
    'date-asc': byDate(1),
    id: (a: (typeof indexed)[number], b: (typeof indexed)[number]) =>
      collator.compare(a.report.id, b.report.id) || byIndex(a, b),
    title: (a: (typeof indexed)[number], b: (typeof indexed)[number]) =>
      collator.compare(
        a.report.title ?? reportExcerpt(a.report),
        b.report.title ?? reportExcerpt(b.report),
      ) || byIndex(a, b),
    source: byIndex,
  }[order];
  return indexed.sort(compare).map((entry) => entry.report);
}

/**
 * Splits already sorted reports into sections. `group` follows the collection's group order, and a
 * report in several groups appears in each; reports in no group come last under `otherTitle`.
 * `category` and `year` sections appear in the order their first report does.
 */
export function groupReports(
  reports: readonly Report[],
  collection: Collection,
  groupBy: GroupBy,
  otherTitle: string,
): Section[] {
  if (groupBy === 'none') return [{ key: 'all', reports: [...reports] }];
  if (groupBy === 'group') {
    const sections: Section[] = collection.groups.map((g) => ({
      key: `group:${g.id}`,
      title: g.title,
      ...(g.description ? { description: g.description } : {}),
      reports: [],
    }));
    const byId = new Map(collection.groups.map((g, i) => [g.id, sections[i]!]));
    const other: Report[] = [];
    for (const report of reports) {
      let placed = false;
      for (const id of report.groups) {
        const section = byId.get(id);
        if (section) {
          section.reports.push(report);
          placed = true;
        }
      }
      if (!placed) other.push(report);
    }
    if (other.length) sections.push({ key: 'group:', title: otherTitle, reports: other });
    return sections.filter((s) => s.reports.length > 0);
  }
  const sections = new Map<string, Section>();
  for (const report of reports) {
    const label = groupBy === 'year' ? String(yearOf(report.date) ?? '') : (report.category ?? '');
    const key = `${groupBy}:${label}`;
    let section = sections.get(key);
    if (!section) {
      section = { key, title: label || otherTitle, reports: [] };
      sections.set(key, section);
    }
    section.reports.push(report);
  }
  // Reports without a year/category go last whatever the order.
  const missing = sections.get(`${groupBy}:`);
  if (missing) {
    sections.delete(`${groupBy}:`);
    sections.set(`${groupBy}:`, missing);
  }
  return [...sections.values()];
}
