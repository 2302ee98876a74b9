/** A report's badges, meta line, outcomes and tags: the card and the report. */
export const REPORT_PARTS_STRINGS = {
  statusInvestigating: 'Investigating',
  statusIdentified: 'Identified',
  statusMonitoring: 'Monitoring',
  statusResolved: 'Resolved',
  statusPostmortem: 'Postmortem',
  statusOperating: 'Operating',
  statusRetired: 'Retired',
  status: 'Status',
  severity: 'Severity',
  outcomes: 'Outcomes',
  readingTime: '{minutes} min read',
  tags: 'Tags',
} as const;
