/**
 * Recognising a JSON Feed, apart from reading one (`json-feed.ts`): the elements load the feed reader
 * only for content that is a feed, so a page showing a collection never downloads it.
 */
import { isRecord } from './json-value.js';

/** True for a JSON Feed document (`"version": "https://jsonfeed.org/version/1.1"`, or 1). */
export function isJsonFeed(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/.test(value.version)
  );
}
