import { DIAGRAM_STRINGS } from './strings/ascii-diagram.js';
import { CARD_STRINGS } from './strings/card.js';
import { CODE_BLOCK_STRINGS } from './strings/code-block.js';
import { CONTENT_STRINGS } from './strings/content.js';
import { COPY_STRINGS } from './strings/copy.js';
import { LIST_STRINGS } from './strings/list.js';
import { REPORT_PARTS_STRINGS } from './strings/report-parts.js';
import { REPORT_STRINGS } from './strings/report.js';
import { TAG_FILTER_STRINGS } from './strings/tag-filter.js';

/**
 * Every piece of UI text, in one object a host can override per element
 * (`el.strings = { readReport: 'Lire le rapport' }`). `{name}` placeholders are filled by `format`.
 * Each element holds only its own groups (`static defaultStrings`), so a page loads the text of the
 * elements it uses; this union is the public reference (`incident-elements` exports it).
 */
export const DEFAULT_STRINGS = {
  ...LIST_STRINGS,
  ...CONTENT_STRINGS,
  ...REPORT_PARTS_STRINGS,
  ...CARD_STRINGS,
  ...TAG_FILTER_STRINGS,
  ...DIAGRAM_STRINGS,
  ...COPY_STRINGS,
  ...REPORT_STRINGS,
  ...CODE_BLOCK_STRINGS,
} as const;
