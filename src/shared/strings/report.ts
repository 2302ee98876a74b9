/** The full report's sections, callouts and links. */
export const REPORT_STRINGS = {
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
  permalink: 'Link to this section',
} as const;
