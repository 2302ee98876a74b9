/**
 * `parseContent`: `parseCollection` plus the HTML of JSON Feeds. The HTML parser (htmlparser2, in
 * `feed-html.ts`) is imported only when a feed actually carries `content_html`, so a page showing a
 * collection, or a feed of plain text, never downloads it.
 */
import { htmlConverterFor } from './lazy-readers.js';
import { parseCollection } from './parse-collection.js';
import type { ParseOptions, ParseResult } from './types.js';

/** Options of `parseContent`: those of `parseCollection` except the HTML converter, which it supplies. */
export type ContentOptions = Omit<ParseOptions, 'html'>;

/**
 * Validates and normalises content like `parseCollection`, and also turns a JSON Feed's `content_html`
 * into body blocks, loading the HTML parser for that (and only then). Never rejects.
 */
export async function parseContent(input: unknown, options: ContentOptions = {}): Promise<ParseResult> {
  const html = await htmlConverterFor(input);
  return parseCollection(input, html ? { ...options, html } : options);
}
