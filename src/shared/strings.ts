/**
 * Every piece of UI text, in one object a host can override per element
 * (`el.strings = { readReport: 'Lire le rapport' }`). `{name}` placeholders are filled by `format`.
 */
export const DEFAULT_STRINGS = {
  // list
  countLine: '{count} reports',
  loading: 'Loading reports…',
  errorTitle: 'These reports could not be shown',
  errorNetwork: 'The content could not be loaded from {src}: {reason}',
  errorContent: 'The content has {count} problem(s):',
  skippedReports: '{count} report(s) not shown:',
  retry: 'Try again',
  empty: 'No reports yet.',
  noMatches: 'No reports match these filters.',
  clearFilters: 'Clear filters',
  ungrouped: 'Other',
  windowedNote: 'Only the reports near the screen are in the page.',
  showAll: 'Show all {total} reports',
  // card
  statusInvestigating: 'Investigating',
  statusIdentified: 'Identified',
  statusMonitoring: 'Monitoring',
  statusResolved: 'Resolved',
  statusPostmortem: 'Postmortem',
  statusOperating: 'Operating',
  statusRetired: 'Retired',
  tags: 'Tags',
  readReport: 'read the report',
  readingTime: '{minutes} min read',
  tagFilterHint: 'Filter by {tag}',
  status: 'Status',
  severity: 'Severity',
  outcomes: 'Outcomes',
  showDiagram: 'Show diagram',
  hideDiagram: 'Hide diagram',
  moreTags: '+{count} more',
  moreTagsName: 'tags',
  reportNotFound: 'No report with id "{id}" in {src}.',
  chooseReport: '{src} holds {count} reports: set report-id to the one to show.',
  noReports: 'No reports in {src}.',
  // tag filter
  tagsLabel: 'Filter by tag',
  matchAny: 'Any tag',
  matchAll: 'All tags',
  matchLabel: 'Match',
  clear: 'Clear',
  search: 'Search',
  searchPlaceholder: 'Search reports',
  showMore: 'Show {count} more',
  showLess: 'Show fewer',
  matching: '{count} of {total} reports match',
  matchingNone: 'No reports match',
  // diagram
  diagram: 'Diagram',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyDiagram: 'Copy diagram text',
  scrollableDiagram: '{label} (scrollable)',
  showMoreLines: 'Show {count} more lines',
  // report / code
  calloutInfo: 'Note',
  calloutWarning: 'Warning',
  calloutDanger: 'Danger',
  summary: 'Summary',
  updated: 'Updated {date}',
  owner: 'owner: {owner}',
  details: 'details',
  timeline: 'Timeline',
  impact: 'Impact',
  actionItems: 'Action items',
  done: 'Done',
  open: 'Open',
  by: 'By',
  copyCode: 'Copy code',
  close: 'Close',
  openReport: 'Open the full report',
  permalink: 'Link to this section',
  // code block
  code: 'Code',
  codeIn: '{language} code',
  highlightedLine: 'highlighted line',
} as const;

export type IncStrings = { [K in keyof typeof DEFAULT_STRINGS]: string };

/** An element's UI text for a key, `{name}` placeholders filled (what `IncElement.text` does). */
export type TextFn = (key: keyof IncStrings, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; unknown names stay as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
