/**
 * `incident-elements/data`: the content format's parser, validator and helpers. Runs in browsers and
 * in Node (no DOM needed).
 */
export { parseCollection, parseCollectionInSlices } from './parse-collection.js';
export { parseContent, type ContentOptions } from './content.js';
export { isSafeUrl } from './url.js';
export { escapeInline, parseInline, plainText, type InlineNode } from './inline.js';
export { instantOf, isDateOnly, readDate, type DateReading } from './dates.js';
export { reportExcerpt } from './excerpt.js';
export { slugify } from './slug.js';
export type { CollectionInput } from './schema.js';
export {
  STATUSES,
  TONES,
  BLOCK_TYPES,
  type Status,
  type Tone,
  type ContentIssue,
  type ParseResult,
  type ParseOptions,
  type HtmlConverter,
  type Diagram,
  type Group,
  type Author,
  type Outcome,
  type TimelineEntry,
  type ActionItem,
  type Block,
  type Report,
  type Collection,
} from './types.js';
