import type { Collection, ContentIssue, ParseResult } from '../data/index.js';
import { feedReaderFor, htmlConverterFor, loadedFeedReader } from '../data/lazy-readers.js';
import { validateCollection, validateCollectionInSlices } from '../data/parse.js';
import type { ErrorReason } from './events.js';
import { SLICE_MS } from './render-queue.js';

/** The outcome of turning some source (a URL, inline JSON, an object) into a collection. */
export type ContentResult =
  | { ok: true; collection: Collection; warnings: ContentIssue[]; skipped: ContentIssue[] }
  | { ok: false; reason: ErrorReason; message: string; issues: ContentIssue[]; retryable: boolean };

function failure(reason: ErrorReason, message: string, retryable: boolean, issues: ContentIssue[] = []) {
  return { ok: false, reason, message, issues, retryable } as const;
}

function toContentResult(result: ParseResult): ContentResult {
  if (result.ok) {
    const { collection, warnings, skipped = [] } = result;
    return { ok: true, collection, warnings, skipped };
  }
  return failure('content', 'The content does not follow the content format.', false, result.issues);
}

/** Elements render leniently: an invalid report is left out (and listed), never the whole page. */
const RENDER_OPTIONS = { lenient: true } as const;

/**
 * Validates already-parsed JSON (or a `collection` object set from script) at once. A JSON Feed needs
 * its reader loaded first (`needsFeedReader`); `fromValueInSlices` loads it.
 */
export function fromValue(value: unknown): ContentResult {
  return toContentResult(validateCollection(value, { ...RENDER_OPTIONS, readFeed: loadedFeedReader() }));
}

/**
 * Like `fromValue`, but a large collection is validated in slices between which the page runs, a feed
 * loads its reader, and a feed's `content_html` becomes body blocks.
 */
export async function fromValueInSlices(value: unknown): Promise<ContentResult> {
  // A feed loads its reader, and one with HTML bodies the HTML parser (lazy chunks); other content never does.
  const [readFeed, html] = await Promise.all([feedReaderFor(value), htmlConverterFor(value)]);
  const options = { ...RENDER_OPTIONS, readFeed, html };
  return toContentResult(await validateCollectionInSlices(value, undefined, options));
}

/** Parses JSON text, e.g. from a child `<script type="application/json">`. */
export function parseJsonText(text: string): { ok: true; value: unknown } | ReturnType<typeof failure> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return failure('not-json', `The content is not valid JSON (${describe(error)}).`, false);
  }
}

/** "300 ms", "1.5 s", "15 s". */
function describeDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * The answer's text, with the same UTF-8 decoding as `response.text()` (BOM dropped, bad bytes
 * replaced), read and decoded a chunk at a time, yielding to the page every few milliseconds: in
 * Chromium, `text()` decoded a 6 MB answer in tasks of 240 ms and more, and `arrayBuffer()` took in
 * the whole body in one task of 200-280 ms.
 */
async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let yieldAt = performance.now() + SLICE_MS;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    if (performance.now() >= yieldAt) {
      await new Promise((resolve) => setTimeout(resolve));
      yieldAt = performance.now() + SLICE_MS;
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Characters of JSON above which decoding and parsing are separate tasks (about 1,600 reports). */
const LARGE_TEXT = 1_000_000;

/**
 * Fetches `src` and validates it. Never rejects: network failures, HTTP errors, time-outs and
 * non-JSON answers come back as failures with their own reason. `signal` aborts silently (the
 * caller has moved on, so the result is ignored). `onParsed` sees the JSON before it is validated.
 */
export async function fromUrl(
  src: string,
  timeoutMs: number,
  signal: AbortSignal,
  onParsed?: (value: unknown) => void,
): Promise<ContentResult> {
  let timedOut = false;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(src, {
      signal: controller.signal,
      headers: { accept: 'application/json, application/feed+json;q=0.9, */*;q=0.1' },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      return failure(
        'http',
        `The server answered ${response.status} ${response.statusText}`.trim() + '.',
        retryable,
      );
    }
    const text = await readText(response);
    if (/^\s*</.test(text)) {
      return failure('not-json', 'The server sent a web page (HTML) instead of JSON. Check the URL.', false);
    }
    // Decoding and parsing megabytes are each their own task (together they passed 200 ms).
    if (text.length > LARGE_TEXT) await new Promise((resolve) => setTimeout(resolve));
    const parsed = parseJsonText(text);
    if (!parsed.ok) return parsed;
    onParsed?.(parsed.value);
    return await fromValueInSlices(parsed.value);
  } catch (error) {
    if (timedOut) return failure('timeout', `No answer within ${describeDuration(timeoutMs)}.`, true);
    return failure('network', `The request failed (${describe(error)}).`, true);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
