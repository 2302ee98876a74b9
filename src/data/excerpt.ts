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

/** The first prose of `blocks`: a section heading makes a poor lead, so one is taken only when nothing else has text. */
function firstText(blocks: readonly Block[]): string {
  let heading = '';
  for (const block of blocks) {
    const text = blockText(block);
    if (!/\S/.test(text)) continue;
    if (block.type !== 'heading') return text;
    heading ||= text;
  }
  return heading;
}

/**
 * A short plain-text lead for a report that has no title (a title-less JSON Feed item) or no summary:
 * its summary, else its body's first prose (a heading only when there is nothing else), whitespace
 * collapsed and cut at a word boundary to about `maxChars` characters (with "…"). Empty when the
 * report has neither.
 */
export function reportExcerpt(report: Pick<Report, 'summary' | 'body'>, maxChars = 120): string {
  const source = report.summary ? plainText(report.summary) : firstText(report.body);
  const text = source.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, Math.max(1, maxChars - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
