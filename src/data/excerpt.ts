import { plainText } from './inline.js';
import type { Block, Report } from './types.js';

/** The text of a block, markup removed; a code block or diagram has none worth leading with. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'callout':
      return plainText(block.text);
    case 'list':
      return block.items.map(plainText).join(' ');
    default:
      return '';
  }
}

/**
 * A short plain-text lead for a report that has no title (a title-less JSON Feed item): its summary,
 * else its first body text, whitespace collapsed and cut at a word boundary to about `maxChars`
 * characters (with "…"). Empty when the report has neither.
 */
export function reportExcerpt(report: Pick<Report, 'summary' | 'body'>, maxChars = 120): string {
  const source = report.summary
    ? plainText(report.summary)
    : (report.body.map(blockText).find((text) => /\S/.test(text)) ?? '');
  const text = source.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, Math.max(1, maxChars - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
