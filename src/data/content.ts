/**
 * `parseContent`: `parseCollection` plus the HTML of JSON Feeds. The HTML parser (htmlparser2, in
 * `feed-html.ts`) is imported only when a feed actually carries `content_html`, so a page showing a
 * collection, or a feed of plain text, never downloads it.
 */
import { isRecord } from './json-value.js';
import { isJsonFeed } from './json-feed.js';
import { parseCollection } from './parse.js';
import type { HtmlConverter, ParseOptions, ParseResult } from './types.js';

/** Options of `parseContent`: those of `parseCollection` except the HTML converter, which it supplies. */
export type ContentOptions = Omit<ParseOptions, 'html'>;

/**
 * True when `input` is a JSON Feed with an item whose body must come from `content_html` (a string,
 * and no `content_text`, which wins when both are given). A cheap look before any copying; a hostile
 * getter just means "no" (the parse then reports the input).
 */
export function hasFeedHtml(input: unknown): boolean {
  try {
    if (!isJsonFeed(input) || !Array.isArray(input.items)) return false;
    return input.items.some(
      (item) => isRecord(item) && typeof item.content_html === 'string' && item.content_text === undefined,
    );
  } catch {
    return false;
  }
}

/**
 * The `html` option a parse of `input` needs: the HTML converter, loaded on first use, when `input` is
 * a feed with HTML bodies; otherwise undefined (and nothing is loaded). Never rejects: if the chunk
 * cannot load (offline, a CSP without it), the feed still shows, with `content_html` ignored and warned.
 */
export async function htmlConverterFor(input: unknown): Promise<HtmlConverter | undefined> {
  if (!hasFeedHtml(input)) return undefined;
  try {
    return (await import('./feed-html.js')).htmlToBlocks;
  } catch {
    return undefined;
  }
}

/**
 * Validates and normalises content like `parseCollection`, and also turns a JSON Feed's `content_html`
 * into body blocks, loading the HTML parser for that (and only then). Never rejects.
 */
export async function parseContent(input: unknown, options: ContentOptions = {}): Promise<ParseResult> {
  const html = await htmlConverterFor(input);
  return parseCollection(input, html ? { ...options, html } : options);
}
