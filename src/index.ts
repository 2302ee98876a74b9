/**
 * incident-elements: the element classes, their types, and the data API. Importing this module
 * defines no element; import `incident-elements/define` (or call `customElements.define` with your
 * own tag names) to register them.
 */
export { IncCard, CARD_VARIANTS, DIAGRAM_MODES } from './components/card/card.js';
export type { CardVariant, DiagramMode } from './components/card/card.js';
export { IncReportList } from './components/report-list/report-list.js';
export { GROUP_BY, SORT_ORDERS } from './components/report-list/arrange.js';
export type { GroupBy, SortOrder } from './components/report-list/arrange.js';
export { IncTagFilter } from './components/tag-filter/tag-filter.js';
export { IncAsciiDiagram } from './components/ascii-diagram/ascii-diagram.js';
export { IncReport } from './components/report/report.js';
export { IncCodeBlock } from './components/code-block/code-block.js';
export { IncElement } from './shared/base-element.js';
export { THEMES } from './shared/themes.js';
export type { Theme } from './shared/themes.js';
export { DEFAULT_STRINGS } from './shared/default-strings.js';
export type { IncStrings } from './shared/strings.js';
export { MATCH_MODES, EMPTY_FILTER } from './shared/filter-state.js';
export type { FilterState, MatchMode, TagCount } from './shared/filter-state.js';
export { listStateContext } from './shared/context.js';
export type { ListState } from './shared/context.js';
export { ERROR_REASONS } from './shared/events.js';
export type {
  ErrorReason,
  IncCopyDetail,
  IncErrorDetail,
  IncFilterChangeDetail,
  IncHighlightDetail,
  IncLoadDetail,
  IncEventMap,
} from './shared/events.js';
export * from './data/index.js';

// Type-only: brings the HTMLElementTagNameMap entries into scope without registering anything.
export type {} from './define.js';
