/** The card's links, buttons and labels. */
export const CARD_STRINGS = {
  readReport: 'read the report',
  tagFilterHint: 'Filter by {tag}',
  showDiagram: 'Show diagram',
  hideDiagram: 'Hide diagram',
  moreTags: '+{count} more',
  moreTagsName: 'tags',
  openReport: 'Open the full report',
  close: 'Close',
  // Also the diagram's own default: the card names the diagram it shows when the report has no text for it.
  diagram: 'Diagram',
} as const;
