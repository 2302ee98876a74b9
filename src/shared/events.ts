import type { ContentIssue } from '../data/index.js';
import type { FilterState } from './filter-state.js';

/** Why content could not be shown. */
export const ERROR_REASONS = {
  network: 'network',
  http: 'http',
  timeout: 'timeout',
  notJson: 'not-json',
  content: 'content',
  notFound: 'not-found',
  /** The element's own code (a script-tag chunk) could not be loaded. */
  chunk: 'chunk',
  /** The content rendered, but some reports broke its rules and were left out (`issues` says why). */
  skipped: 'skipped',
  /** An object-valued property arrived as an attribute (`report="[object Object]"`). */
  attribute: 'attribute',
} as const;
export type ErrorReason = (typeof ERROR_REASONS)[keyof typeof ERROR_REASONS];

export interface IncLoadDetail {
  /** How many reports the content holds. */
  count: number;
}
export interface IncErrorDetail {
  reason: ErrorReason;
  /** Human-readable summary of what went wrong. */
  message: string;
  /** Content problems with their JSON paths (empty for network errors). */
  issues: ContentIssue[];
}
export interface IncFilterChangeDetail extends FilterState {
  /** How many reports match the new filter. */
  count: number;
}

/** Detail of `inc-copy`, fired by every copy button (diagram, code). */
export interface IncCopyDetail {
  /** The text that was (or could not be) copied. */
  text: string;
  /** Whether it reached the clipboard. */
  ok: boolean;
}

/** Detail of `inc-highlight`, fired by `inc-code-block` once its code shows Shiki's colours. */
export interface IncHighlightDetail {
  /** The code language used: Shiki's id, aliases resolved (`ts` → `typescript`). */
  language: string;
  /** The Shiki theme used. */
  theme: string;
}

/** Creates the `inc-` events every element fires: bubbling and composed, so a page listens anywhere above. */
export function incEvent<K extends keyof IncEventMap>(
  type: K,
  detail: IncEventMap[K]['detail'],
): IncEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as IncEventMap[K];
}

export interface IncEventMap {
  'inc-load': CustomEvent<IncLoadDetail>;
  'inc-error': CustomEvent<IncErrorDetail>;
  'inc-filter-change': CustomEvent<IncFilterChangeDetail>;
  'inc-copy': CustomEvent<IncCopyDetail>;
  'inc-highlight': CustomEvent<IncHighlightDetail>;
}

declare global {
  // Merges our events into the DOM's map so addEventListener('inc-load', …) is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends IncEventMap {}
}
