/** The diagram's name, copy button and expander. */
export const DIAGRAM_STRINGS = {
  diagram: 'Diagram',
  copyDiagram: 'Copy diagram text',
  scrollableDiagram: '{label} (scrollable)',
  showMoreLines: 'Show {count} more lines',
} as const;
