/** The list's header, states and notices. */
export const LIST_STRINGS = {
  countLine: '{count} reports',
  /** The count line for one report (in the page language's singular: 1 in English). */
  countLineOne: '{count} report',
  skippedReports: '{count} report(s) not shown:',
  empty: 'No reports yet.',
  noMatches: 'No reports match these filters.',
  clearFilters: 'Clear filters',
  ungrouped: 'Other',
  windowedNote: 'Only the reports near the screen are in the page.',
  showAll: 'Show all {total} reports',
} as const;
