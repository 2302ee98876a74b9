import { isJsonFeed } from './feed-version.js';
import type { FeedMapping } from './json-feed.js';
import { toJsonValue, type CopyProblem, type JsonPath as Path } from './json-value.js';
import { describeValue, formatPath, toContentIssues } from './messages.js';
import type * as z from 'zod/mini';
import { collection, collectionFields, crossReportIssues, isoDate, report, toCollection } from './schema.js';
import { tidy } from './tidy.js';
import type { ContentIssue, HtmlConverter, ParseOptions, ParseResult } from './types.js';
import { unknownFields } from './unknown-fields.js';

/** More problems than anyone reads at once; the rest are summarised in one line. */
const MAX_ISSUES = 100;

/** The input recast as a collection, and how to say a collection path in the input's own terms. */
interface Shaped {
  input: unknown;
  mapPath: (path: Path) => Path;
  /** Warnings already in the input's own terms (from the feed mapping). */
  warnings: CopyProblem[];
  /** Warnings in collection terms (from the tidy step), still to be mapped. */
  tidied: CopyProblem[];
}

const same = (path: Path): Path => path;
/** `reports[3].url` → `[3].url` for content given as a bare array. */
const arrayPath = (path: Path): Path => (path[0] === 'reports' ? path.slice(1) : path);
const isDate = (schema: unknown): boolean => schema === isoDate;

/** Reads a JSON Feed into the collection input shape (`fromJsonFeed`). */
export type FeedReader = (feed: Record<string, unknown>, options: { html?: HtmlConverter }) => FeedMapping;

/**
 * The options of the validator core: those of `parseCollection`, and the JSON Feed reader, which a
 * feed needs. The public functions (`parse-collection.ts`) always pass it; the elements load it only
 * for content that is a feed, so pages showing collections never download it.
 */
export interface ValidateOptions extends ParseOptions {
  readFeed?: FeedReader | undefined;
}

/** A feed met without its reader (the elements' lazy chunk failed to load). */
const NO_FEED_READER: ParseResult = {
  ok: false,
  issues: [{ path: '', message: 'is a JSON Feed, and the JSON Feed reader could not be loaded' }],
};

/** Recognises the three accepted top-level shapes (a collection, a bare array of reports, a JSON Feed), then tidies. */
function shape(value: unknown, options: ValidateOptions): Shaped | ParseResult {
  let shaped: Omit<Shaped, 'tidied'>;
  if (Array.isArray(value)) shaped = { input: { reports: value }, mapPath: arrayPath, warnings: [] };
  else if (isJsonFeed(value)) {
    if (!options.readFeed) return NO_FEED_READER;
    shaped = options.readFeed(value, { html: options.html });
  } else shaped = { input: value, mapPath: same, warnings: [] };
  return { ...shaped, tidied: tidy(collection, shaped.input, isDate) };
}

const toIssue = ({ path, message }: CopyProblem): ContentIssue => ({ path: formatPath(path), message });

function capped(issues: ContentIssue[]): ContentIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), { path: '', message: `…and ${rest} more problem(s) not shown` }];
}

/** Every warning of a successful parse, in the input's own terms. */
function warningsOf(shaped: Shaped, unknown: CopyProblem[], skip: (path: Path) => boolean = () => false) {
  const inCollectionTerms = [...shaped.tidied, ...unknown]
    .filter(({ path }) => !skip(path))
    .map(({ path, message }) => ({ path: shaped.mapPath(path), message }));
  return capped([...shaped.warnings, ...inCollectionTerms].map(toIssue));
}

/** Copies and recognises the input; a failure here is final in both modes. */
function prepare(input: unknown, options: ValidateOptions): Shaped | ParseResult {
  const copied = copyInput(input);
  return copied.ok ? shape(copied.value, options) : copied;
}

/** `input` copied into plain JSON data, or why it can't be. */
function copyInput(input: unknown): { ok: true; value: unknown } | Extract<ParseResult, { ok: false }> {
  if (typeof input !== 'object' || input === null) {
    const message = `must be a collection object, an array of reports, or a JSON Feed; got ${describeValue(input)}`;
    return { ok: false, issues: [{ path: '', message }] };
  }
  const copied = toJsonValue(input);
  return copied.ok ? copied : { ok: false, issues: copied.problems.map(toIssue) };
}

const isResult = (value: Shaped | ParseResult): value is ParseResult => 'ok' in value;

/** Validates content already copied into plain JSON data and recognised by `shape`, in one zod pass. */
function parseCopy(shaped: Shaped): ParseResult {
  const result = collection.safeParse(shaped.input, { reportInput: true });
  if (!result.success)
    return { ok: false, issues: capped(toContentIssues(result.error.issues, shaped.mapPath)) };
  return {
    ok: true,
    collection: result.data,
    warnings: warningsOf(shaped, unknownFields(collection, shaped.input)),
  };
}

/** Work per slice, in milliseconds. */
const SLICE_MS = 30;

type Issue = z.core.$ZodIssue;
const under =
  (prefix: PropertyKey[]) =>
  (issue: Issue): Issue => ({ ...issue, path: [...prefix, ...issue.path] });

/**
 * Checks a collection report by report, yielding whenever a slice of time is used up (the one-pass
 * caller just keeps going). Strict: the same issues, in the same order, as one zod pass. Lenient: a
 * report failing its own rules or a rule across reports is left out, its problems listed in `skipped`;
 * only problems of the collection's own fields fail the whole.
 */
function* checkByReport(shaped: Shaped, lenient: boolean): Generator<void, ParseResult, void> {
  const fields = shaped.input as Record<string, unknown>;
  const reports = fields.reports;
  if (!Array.isArray(reports)) return parseCopy(shaped); // no list of reports: one pass says what is wrong
  // The collection's own fields first (as one parse reports them), then each report, then the rules
  // across reports.
  const shell = collectionFields.safeParse({ ...fields, reports: [] }, { reportInput: true });
  const issues: Issue[] = shell.success ? [] : [...shell.error.issues];
  const drafts: (z.output<typeof report> | undefined)[] = [];
  /** Lenient mode: each left-out report's problems, by index. */
  const skipped = new Map<number, Issue[]>();
  const skip = (index: number, problems: Issue[]): void => {
    skipped.set(index, [...(skipped.get(index) ?? []), ...problems]);
  };
  const unknown: CopyProblem[] = [];
  let sliceEnd = performance.now() + SLICE_MS;
  for (let i = 0; i < reports.length; i++) {
    const result = report.safeParse(reports[i], { reportInput: true });
    if (result.success) {
      drafts[i] = result.data;
      // Warnings only matter if everything passes; after a failure, skip the walk.
      if (lenient || issues.length === 0) unknown.push(...unknownFields(report, reports[i], ['reports', i]));
    } else if (lenient) skip(i, result.error.issues.map(under(['reports', i])));
    else issues.push(...result.error.issues.map(under(['reports', i])));
    if (performance.now() > sliceEnd) {
      yield;
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
  // The rules across reports and the assembly below are slices of their own: after the last
  // report's slice, they made the list's first render a task of 250 ms at 10,000 reports.
  yield;
  // Lenient: reports already left out take no part in the rules across reports (their id is not taken).
  const kept = lenient
    ? { ...fields, reports: reports.map((r: unknown, i) => (drafts[i] ? r : null)) }
    : fields;
  for (const issue of crossReportIssues(kept) as Issue[]) {
    const [root, index] = issue.path;
    if (lenient && root === 'reports' && typeof index === 'number') skip(index, [issue]);
    else issues.push(issue);
  }
  if (issues.length > 0 || !shell.success) {
    return { ok: false, issues: capped(toContentIssues(issues, shaped.mapPath)) };
  }
  yield;
  const isSkipped = (path: Path): boolean => path[0] === 'reports' && skipped.has(path[1] as number);
  const collectionUnknown = unknownFields(collectionFields, { ...fields, reports: [] });
  const result: ParseResult = {
    ok: true,
    collection: toCollection({
      ...shell.data,
      reports: drafts.filter((draft, i): draft is NonNullable<typeof draft> => !!draft && !skipped.has(i)),
    }),
    warnings: warningsOf(shaped, [...collectionUnknown, ...unknown], isSkipped),
  };
  if (lenient) {
    const inOrder = [...skipped.keys()].sort((a, b) => a - b).flatMap((i) => skipped.get(i) ?? []);
    result.skipped = capped(toContentIssues(inOrder, shaped.mapPath));
  }
  yield; // and what the caller does with it (a list's first render) comes in a task after these
  return result;
}

/** Runs `checkByReport` to its end without pausing. */
function finish(steps: Generator<void, ParseResult, void>): ParseResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Turns an unexpected throw into a result, so the promise "never throws" holds. */
function caught(error: unknown): ParseResult {
  let detail = 'unknown error';
  try {
    detail = String(error);
  } catch {
    // an error whose toString throws: keep the generic text
  }
  return { ok: false, issues: [{ path: '', message: `could not be parsed: ${detail}` }] };
}

/** `parseCollection`, with the JSON Feed reader passed in `options` (see `ValidateOptions`). */
export function validateCollection(input: unknown, options: ValidateOptions = {}): ParseResult {
  try {
    const shaped = prepare(input, options);
    if (isResult(shaped)) return shaped;
    return options.lenient ? finish(checkByReport(shaped, true)) : parseCopy(shaped);
  } catch (error) {
    // Not expected: the input was copied into plain data first.
    return caught(error);
  }
}

/** Above this many reports `parseCollectionInSlices` yields to the page while it works. */
const SLICED_ABOVE = 500;

/**
 * Whether `input` holds enough reports (a collection's, a bare array's or a feed's items) for
 * `parseCollectionInSlices` to slice the work. A cheap look, before any copying; a hostile getter
 * here just means "no" (the one-pass parse then reports it).
 */
export function isLargeInput(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  try {
    if (Array.isArray(input)) return input.length > SLICED_ABOVE;
    const { reports, items } = input as { reports?: unknown; items?: unknown };
    const list = Array.isArray(reports) ? reports : items;
    return Array.isArray(list) && list.length > SLICED_ABOVE;
  } catch {
    return false;
  }
}

/** `parseCollectionInSlices`, with the JSON Feed reader passed in `options` (see `ValidateOptions`). */
export async function validateCollectionInSlices(
  input: unknown,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve)),
  options: ValidateOptions = {},
): Promise<ParseResult> {
  try {
    if (typeof input !== 'object' || input === null) return validateCollection(input, options);
    // Reading, copying and checking are each their own task for a large input: with JSON just
    // parsed before, no single one of them blocks the page for long.
    const large = isLargeInput(input);
    if (large) await pause();
    const copied = copyInput(input);
    if (!copied.ok) return copied;
    // Copying and tidying ten thousand reports was one 286 ms task under the profiler: two tasks.
    if (large) await pause();
    const shaped = shape(copied.value, options);
    if (isResult(shaped)) return shaped;
    const reports = (shaped.input as { reports?: unknown }).reports;
    if (!Array.isArray(reports) || reports.length <= SLICED_ABOVE) {
      return options.lenient ? finish(checkByReport(shaped, true)) : parseCopy(shaped);
    }
    await pause();
    const steps = checkByReport(shaped, options.lenient === true);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  } catch {
    return validateCollection(input, options); // the one-pass parse reports whatever went wrong
  }
}
