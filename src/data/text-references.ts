// Plain-text fields of JSON Feeds as their generators write them (loaded with the feed reader only).
import type { CopyProblem, JsonPath } from './json-value.js';

/** The named references generators write in text (the XML five, and typographic ones). */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

/**
 * A plain-text field (`title`, `summary`, `content_text`) with the HTML character references some
 * generators leave in it (`&amp;`, `&#8217;`) read as the characters they stand for, with a warning:
 * the spec's text is plain, so they were never meant as markup. What they decode to stays text. A
 * name outside the short list above, a control character, a surrogate or a value past U+10FFFF is
 * kept as written.
 */
export function decodeText(text: unknown, path: JsonPath, warnings: CopyProblem[]): unknown {
  if (typeof text !== 'string' || !text.includes('&')) return text;
  const decoded = text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES[name] ?? reference;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code !== 0x7f
      ? String.fromCodePoint(code)
      : reference;
  });
  if (decoded !== text)
    warnings.push({
      path,
      message: 'holds HTML character references (such as &amp;); read as the characters they stand for',
    });
  return decoded;
}
