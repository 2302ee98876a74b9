/** Loading and error states of content from a source: the list, the card and the report. */
export const CONTENT_STRINGS = {
  loading: 'Loading reports…',
  errorTitle: 'These reports could not be shown',
  errorNetwork: 'The content could not be loaded from {src}: {reason}',
  errorContent: 'The content has {count} problem(s):',
  retry: 'Try again',
  reportNotFound: 'No report with id "{id}" in {src}.',
  chooseReport: '{src} holds {count} reports: set report-id to the one to show.',
  noReports: 'No reports in {src}.',
} as const;
