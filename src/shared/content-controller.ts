import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Collection, ContentIssue } from '../data/index.js';
import { hasFeedHtml, needsFeedReader } from '../data/lazy-readers.js';
import { isLargeInput } from '../data/parse.js';
import { incEvent } from './events.js';
import {
  fromUrl,
  fromValue,
  fromValueInSlices,
  parseJsonText,
  type ContentResult,
} from './content-source.js';

/**
 * How many reports `skipped` issues are about: each path starts with its report's own path in the
 * input's terms (`reports[3]…`, `items[3]…` for a feed, `[3]…` for a bare array).
 */
export function skippedReportCount(skipped: readonly ContentIssue[]): number {
  return new Set(skipped.map(({ path }) => /^[A-Za-z_$]*\[\d+\]/.exec(path)?.[0] ?? path)).size;
}

/** Where an element is in getting its content. */
export const LOAD_STATUS = { idle: 'idle', loading: 'loading', ready: 'ready', error: 'error' } as const;
export type LoadStatus = (typeof LOAD_STATUS)[keyof typeof LOAD_STATUS];

type Host = ReactiveControllerHost & HTMLElement;
type Failure = Extract<ContentResult, { ok: false }>;

/**
 * Gets a collection from the first available source (object, URL, inline JSON), validates it, and
 * tracks loading and error state for its host. The last request wins: answers to earlier `src`
 * values are dropped. A failed reload keeps the last good content (shown with a notice). Fires
 * `inc-load` and `inc-error` from the host.
 */
export class ContentController implements ReactiveController {
  status: LoadStatus = LOAD_STATUS.idle;
  collection: Collection | undefined;
  warnings: ContentIssue[] = [];
  /** Problems of the reports left out of `collection` because they broke the format's rules. */
  skipped: ContentIssue[] = [];
  error: Failure | undefined;
  /** Where the current content came from, for error messages. */
  source = '';

  readonly #host: Host;
  #request = 0;
  #abort: AbortController | undefined;
  #lastUrl: { src: string; timeout: number } | undefined;

  /** Whether a load that left reports out fires `inc-error` (reason `skipped`); a list does, a single-report element judges for itself. */
  readonly #announceSkipped: boolean;

  /** Told when content over 500 reports starts validating (in slices), e.g. to fetch what shows it. */
  readonly #onLargeInput: (() => void) | undefined;

  constructor(host: Host, options: { announceSkipped?: boolean; onLargeInput?: () => void } = {}) {
    this.#host = host;
    this.#announceSkipped = options.announceSkipped ?? true;
    this.#onLargeInput = options.onLargeInput;
    host.addController(this);
  }

  hostDisconnected(): void {
    // An element removed mid-fetch must not keep the request alive; it refetches if re-added.
    if (this.status === LOAD_STATUS.loading) {
      this.#abort?.abort();
      this.status = LOAD_STATUS.idle;
      this.#request++;
    }
  }

  /** Uses an object set from script. */
  useValue(value: unknown): void {
    this.#cancel();
    this.source = 'the collection property';
    this.#validate(value);
  }

  /** Uses inline JSON text (a child `<script type="application/json">`). */
  useJsonText(text: string): void {
    this.#cancel();
    this.source = 'the inline JSON';
    const parsed = parseJsonText(text);
    if (parsed.ok) this.#validate(parsed.value);
    else this.#settle(parsed);
  }

  /**
   * Validates at once, or for a large collection or a feed (which waits for the feed reader and, with
   * HTML bodies, the HTML parser) asynchronously, loading meanwhile; the last request wins.
   */
  #validate(value: unknown): void {
    // A server render happens once, now: there is no page to keep responsive and no later update.
    if (isServer || (!isLargeInput(value) && !hasFeedHtml(value) && !needsFeedReader(value))) {
      this.#settle(fromValue(value));
      return;
    }
    const id = ++this.#request;
    this.status = LOAD_STATUS.loading;
    this.#host.requestUpdate();
    if (isLargeInput(value)) this.#onLargeInput?.();
    void fromValueInSlices(value).then((result) => {
      if (id === this.#request) this.#settle(result);
    });
  }

  /** Fetches `src`; resolves when this request has settled or been superseded. */
  async useUrl(src: string, timeout: number): Promise<void> {
    this.#cancel();
    const id = ++this.#request;
    const abort = (this.#abort = new AbortController());
    this.#lastUrl = { src, timeout };
    this.source = src;
    this.status = LOAD_STATUS.loading;
    this.#host.requestUpdate();
    const result = await fromUrl(src, timeout, abort.signal, (value) => {
      if (isLargeInput(value)) this.#onLargeInput?.();
    });
    if (id !== this.#request) return;
    this.#settle(result);
  }

  /** Fetches the last URL again (the retry button). */
  retry(): Promise<void> {
    return this.#lastUrl ? this.useUrl(this.#lastUrl.src, this.#lastUrl.timeout) : Promise.resolve();
  }

  /** Forgets everything, e.g. when every source is removed. */
  reset(): void {
    this.#cancel();
    this.status = LOAD_STATUS.idle;
    this.collection = undefined;
    this.skipped = [];
    this.error = undefined;
    this.#host.requestUpdate();
  }

  #cancel(): void {
    this.#request++;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #settle(result: ContentResult): void {
    if (result.ok) {
      this.status = LOAD_STATUS.ready;
      this.collection = result.collection;
      this.warnings = result.warnings;
      this.skipped = result.skipped;
      this.error = undefined;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(incEvent('inc-load', { count: result.collection.reports.length }));
      if (this.#announceSkipped && result.skipped.length > 0) {
        const count = skippedReportCount(result.skipped);
        this.#host.dispatchEvent(
          incEvent('inc-error', {
            reason: 'skipped',
            message: `${count} report${count === 1 ? '' : 's'} not shown: ${result.skipped.length} problem(s).`,
            issues: result.skipped,
          }),
        );
      }
    } else {
      // Keep `collection` (the last good content) so a failed reload does not blank the element.
      this.status = LOAD_STATUS.error;
      this.error = result;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(
        incEvent('inc-error', { reason: result.reason, message: result.message, issues: result.issues }),
      );
    }
  }
}
