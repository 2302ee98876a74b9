/**
 * The public parser: the validator core (`parse.ts`) with the JSON Feed reader bound in. The elements
 * use the core directly and load the reader only for content that is a feed.
 */
import { fromJsonFeed } from './json-feed.js';
import { validateCollection, validateCollectionInSlices } from './parse.js';
import type { ParseOptions, ParseResult } from './types.js';

/**
 * Validates and normalises content: a collection object, a bare array of reports, or a JSON Feed 1.x
 * document. Returns the collection (with warnings for ignored fields and forgiven forms) or every
 * problem found, each with a JSON path. With `lenient`, invalid reports are left out and listed in
 * `skipped` instead (see `ParseOptions`). Never throws, whatever it is given.
 */
export function parseCollection(input: unknown, options: ParseOptions = {}): ParseResult {
  return validateCollection(input, { ...options, readFeed: fromJsonFeed });
}

/**
 * Like `parseCollection` (same options), with the same result, but a large collection is checked a
 * slice of reports at a time, awaiting `pause()` between slices (by default a zero-delay timeout), so
 * validating ten thousand reports never blocks the page for more than a few tens of milliseconds.
 * Never rejects.
 */
export function parseCollectionInSlices(
  input: unknown,
  pause?: () => Promise<void>,
  options: ParseOptions = {},
): Promise<ParseResult> {
  return validateCollectionInSlices(input, pause, { ...options, readFeed: fromJsonFeed });
}
