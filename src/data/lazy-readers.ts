/**
 * The readers that only some content needs, loaded on first use as chunks of their own: the JSON Feed
 * reader (`json-feed.ts`) for a feed, and the HTML converter (htmlparser2, in `feed-html.ts`) for a
 * feed that carries `content_html`. A page showing a collection downloads neither.
 */
import { isRecord } from './json-value.js';
import { isJsonFeed } from './feed-version.js';
import type { FeedReader } from './parse.js';
import type { HtmlConverter } from './types.js';

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

let feedReader: FeedReader | undefined;

/** The JSON Feed reader once it has loaded (`feedReaderFor`), for a parse that cannot wait. */
export function loadedFeedReader(): FeedReader | undefined {
  return feedReader;
}

/** True when parsing `input` has to wait for the JSON Feed reader to load first. */
export function needsFeedReader(input: unknown): boolean {
  try {
    return !feedReader && isJsonFeed(input);
  } catch {
    return false;
  }
}

/**
 * The `readFeed` option a parse of `input` needs: the JSON Feed reader, loaded on first use, when
 * `input` is a feed; otherwise undefined. Never rejects: if the chunk cannot load, the parse says so.
 */
export async function feedReaderFor(input: unknown): Promise<FeedReader | undefined> {
  if (!needsFeedReader(input)) return feedReader;
  try {
    feedReader = (await import('./json-feed.js')).fromJsonFeed;
  } catch {
    // left undefined: the parse reports "the JSON Feed reader could not be loaded"
  }
  return feedReader;
}
