import { fromJsonFeed, isJsonFeed } from './json-feed.js';
import { toJsonValue, type CopyProblem, type JsonPath as Path } from './json-value.js';
import { describeValue, formatPath, toContentIssues } from './messages.js';
import type * as z from 'zod/mini';
import { collection, collectionFields, crossReportIssues, report, toCollection } from './schema.js';
import type { ContentIssue, ParseResult } from './types.js';
import { unknownFields } from './unknown-fields.js';

/** More problems than anyone reads at once; the rest are summarised in one line. */
const MAX_ISSUES = 100;

/** The input recast as a collection, and how to say a collection path in the input's own terms. */
interface Shaped {
  input: unknown;
  mapPath: (path: Path) => Path;
  warnings: CopyProblem[];
}

const same = (path: Path): Path => path;
/** `reports[3].url` → `[3].url` for content given as a bare array. */
const arrayPath = (path: Path): Path => (path[0] === 'reports' ? path.slice(1) : path);

/** Recognises the three accepted top-level shapes: a collection, a bare array of reports, a JSON Feed. */
function shape(value: unknown): Shaped {
  if (Array.isArray(value)) return { input: { reports: value }, mapPath: arrayPath, warnings: [] };
  if (isJsonFeed(value)) {
    const { input, warnings, mapPath } = fromJsonFeed(value);
    return { input, mapPath, warnings };
  }
  return { input: value, mapPath: same, warnings: [] };
}

const toIssue = ({ path, message }: CopyProblem): ContentIssue => ({ path: formatPath(path), message });

function capped(issues: ContentIssue[]): ContentIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), { path: '', message: `…and ${rest} more problem(s) not shown` }];
}

function parseUnchecked(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null) {
    const message = `must be a collection object, an array of reports, or a JSON Feed; got ${describeValue(input)}`;
    return { ok: false, issues: [{ path: '', message }] };
  }
  const copied = toJsonValue(input);
  if (!copied.ok) return { ok: false, issues: copied.problems.map(toIssue) };
  return parseCopy(shape(copied.value));
}

/** Validates content already copied into plain JSON data and recognised by `shape`. */
function parseCopy(shaped: Shaped): ParseResult {
  const result = collection.safeParse(shaped.input, { reportInput: true });
  if (!result.success)
    return { ok: false, issues: capped(toContentIssues(result.error.issues, shaped.mapPath)) };
  const unknown = unknownFields(collection, shaped.input).map(({ path, message }) => ({
    path: shaped.mapPath(path),
    message,
  }));
  return {
    ok: true,
    collection: result.data,
    warnings: capped([...shaped.warnings, ...unknown].map(toIssue)),
  };
}

/**
 * Validates and normalises content: a collection object, a bare array of reports, or a JSON Feed 1.x
 * document. Returns the collection (with warnings for ignored fields) or every problem found, each
 * with a JSON path. Never throws, whatever it is given.
 */
export function parseCollection(input: unknown): ParseResult {
  try {
    return parseUnchecked(input);
  } catch (error) {
    // Not expected: the input was copied into plain data first. Kept so the promise "never throws" holds.
    let detail = 'unknown error';
    try {
      detail = String(error);
    } catch {
      // an error whose toString throws: keep the generic text
    }
    return { ok: false, issues: [{ path: '', message: `could not be parsed: ${detail}` }] };
  }
}

/** Above this many reports `parseCollectionInSlices` yields to the page while it works. */
const SLICED_ABOVE = 500;
/** Work per slice, in milliseconds. */
const SLICE_MS = 30;

type Issue = z.core.$ZodIssue;

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
const under =
  (prefix: PropertyKey[]) =>
  (issue: Issue): Issue => ({ ...issue, path: [...prefix, ...issue.path] });

/**
 * Like `parseCollection`, with the same result, but a large collection is checked a slice of reports
 * at a time, awaiting `pause()` between slices (by default a zero-delay timeout), so validating ten
 * thousand reports never blocks the page for more than a few tens of milliseconds. Never rejects.
 */
export async function parseCollectionInSlices(
  input: unknown,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve)),
): Promise<ParseResult> {
  try {
    if (typeof input !== 'object' || input === null) return parseCollection(input);
    // Reading, copying and checking are each their own task for a large input: with JSON just
    // parsed before, no single one of them blocks the page for long.
    if (isLargeInput(input)) await pause();
    const copied = toJsonValue(input);
    if (!copied.ok) return { ok: false, issues: copied.problems.map(toIssue) };
    const shaped = shape(copied.value);
    const fields = shaped.input as Record<string, unknown>;
    const reports = fields.reports;
    if (!Array.isArray(reports) || reports.length <= SLICED_ABOVE) return parseCopy(shaped);
    await pause();

    // The collection's own fields first (as one parse reports them), then each report, then the
    // rules across reports; the same issues as one parse, in the same order.
    const shell = collectionFields.safeParse({ ...fields, reports: [] }, { reportInput: true });
    const issues: Issue[] = shell.success ? [] : [...shell.error.issues];
    const drafts: z.output<typeof report>[] = [];
    const warnings: CopyProblem[] = [];
    let sliceEnd = performance.now() + SLICE_MS;
    for (let i = 0; i < reports.length; i++) {
      const result = report.safeParse(reports[i], { reportInput: true });
      if (result.success) {
        drafts.push(result.data);
        // Warnings only matter if everything passes; after a failure, skip the walk.
        if (issues.length === 0) warnings.push(...unknownFields(report, reports[i], ['reports', i]));
      } else issues.push(...result.error.issues.map(under(['reports', i])));
      if (performance.now() > sliceEnd) {
        await pause();
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
    issues.push(...(crossReportIssues(fields) as Issue[]));
    if (issues.length > 0 || !shell.success) {
      return { ok: false, issues: capped(toContentIssues(issues, shaped.mapPath)) };
    }
    const unknown = [...unknownFields(collectionFields, { ...fields, reports: [] }), ...warnings];
    return {
      ok: true,
      collection: toCollection({ ...shell.data, reports: drafts }),
      warnings: capped(
        [
          ...shaped.warnings,
          ...unknown.map(({ path, message }) => ({ path: shaped.mapPath(path), message })),
        ].map(toIssue),
      ),
    };
  } catch {
    return parseCollection(input); // the one-pass parse reports whatever went wrong
  }
}
