/**
 * The normalised content model: what `parseCollection` returns and what every element renders.
 * Written out by hand (rather than only inferred) so the public shape reads plainly; `schema.ts`
 * asserts at compile time that the zod output matches it exactly.
 */

/** Report lifecycle words, in display order. Input is case-insensitive; output is always lower case. */
export const STATUSES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
  'operating',
  'retired',
] as const;
/** One of {@link STATUSES}. */
export type Status = (typeof STATUSES)[number];

/** Callout tones, lower case after parsing. */
export const TONES = ['info', 'warning', 'danger'] as const;
/** One of {@link TONES}. */
export type Tone = (typeof TONES)[number];

/** Body block types, lower case after parsing. */
export const BLOCK_TYPES = ['paragraph', 'heading', 'list', 'code', 'diagram', 'quote', 'callout'] as const;

/** A problem (or warning) in content, located by a JSON path such as `reports[3].url` (`""` is the root). */
export interface ContentIssue {
  path: string;
  message: string;
}

/**
 * Outcome of `parseCollection`: the normalised collection plus warnings, or the list of problems. In
 * lenient mode a successful result also lists, in `skipped`, the problems of the reports left out.
 */
export type ParseResult =
  | { ok: true; collection: Collection; warnings: ContentIssue[]; skipped?: ContentIssue[] }
  | { ok: false; issues: ContentIssue[] };

/** An ASCII diagram as lines; `label` is its accessible name (renderers fall back to the report title). */
export interface Diagram {
  lines: string[];
  label?: string;
  caption?: string;
}

/** A named section of the report list. */
export interface Group {
  id: string;
  title: string;
  description?: string;
}

/** A report author. */
export interface Author {
  name: string;
  url?: string;
}

/** A headline result, e.g. `{ label: 'analytic-store load', value: '−85–95%' }`. */
export interface Outcome {
  label: string;
  value: string;
}

/** One timeline row; `at` is ISO 8601 or a short label such as "T+4 min". */
export interface TimelineEntry {
  at: string;
  text: string;
}

/** A follow-up task. */
export interface ActionItem {
  text: string;
  done: boolean;
  owner?: string;
  url?: string;
}

/** A block of a report's body. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | { type: 'list'; items: string[]; ordered: boolean }
  | { type: 'code'; code: string; lang?: string; caption?: string }
  | { type: 'diagram'; diagram: Diagram }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'callout'; tone: Tone; text: string };

/** One incident report, postmortem or post, normalised. */
export interface Report {
  id: string;
  title?: string;
  summary?: string;
  slug?: string;
  status?: Status;
  severity?: string;
  tags: string[];
  category?: string;
  groups: string[];
  date?: string;
  updated?: string;
  readingMinutes?: number;
  authors: Author[];
  url?: string;
  diagram?: Diagram;
  outcomes: Outcome[];
  impact?: string;
  timeline: TimelineEntry[];
  actionItems: ActionItem[];
  body: Block[];
}

/** A whole content file, normalised. */
export interface Collection {
  title?: string;
  description?: string;
  groups: Group[];
  reports: Report[];
}

/**
 * Turns a JSON Feed item's `content_html` into body blocks (input form, checked like any authored
 * body), its plain text, and warnings located inside that HTML. Passed to `parseCollection` as the
 * `html` option; without one, `content_html` is ignored with a warning.
 */
export type HtmlConverter = (html: string) => {
  blocks: unknown[];
  text: string;
  warnings: { path: (string | number)[]; message: string }[];
};

/** Options of `parseCollection` and `parseCollectionInSlices`. */
export interface ParseOptions {
  /**
   * Render-time mode: a report that breaks a rule (its own, or one across reports such as a
   * duplicate id, where the later report goes) is left out and listed in `skipped`, instead of
   * failing the whole collection. A broken collection shape still fails.
   */
  lenient?: boolean;
  /** Converter for JSON Feed `content_html` (see `HtmlConverter`). */
  html?: HtmlConverter;
}
