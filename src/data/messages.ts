/**
 * Turns zod issues into messages for content authors: `reports[3].url` plus
 * `must be http(s) or relative; got "javascript:alert(1)"`.
 */
import type { core } from 'zod/mini';
import type { JsonPath as Path } from './json-value.js';
import type { ContentIssue } from './types.js';
type Issue = core.$ZodIssue;

const MAX_SHOWN = 60;

/** `value` as JSON, cut to about 60 characters so one bad field can't flood the output. */
export function quote(value: string): string {
  const chars = Array.from(value);
  return JSON.stringify(chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : value);
}

/** A short description of a value for "got …" suffixes. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === undefined) return 'nothing';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `["reports", 3, "url"]` → `reports[3].url`; keys that aren't identifiers are bracketed and quoted. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

/** The sentence for an issue zod raised without one of our messages (zod/mini ships no locale). */
function genericMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} item(s)`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${issue.maximum} item(s)`
        : `must be at most ${issue.maximum}`;
    default:
      return 'is not valid';
  }
}

interface Located {
  path: Path;
  message: string;
}

/** Whether a union option doesn't fit the value's kind: wrong JSON type (also inside a nested union) or another block `type`. */
const atType = (e: Issue): boolean => e.path.length === 1 && e.path[0] === 'type';
const rulesOut = (errors: readonly Issue[]): boolean =>
  errors.some(
    (e) =>
      (e.path.length === 0 &&
        (e.code === 'invalid_type' || (e.code === 'invalid_union' && e.errors.every(rulesOut)))) ||
      atType(e),
  );

/**
 * One issue as author-facing (path, message) pairs. A failed union is explained by the one option that
 * fits the value's kind, so `{"ascii": 5}` reports `diagram.ascii` rather than "no option matched".
 * Unions over blocks are told apart by their `type` field, by convention of `schema.ts`.
 */
function locate(issue: Issue, prefix: Path): Located[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const fitting = issue.errors.filter((errors) => !rulesOut(errors));
    if (fitting.length === 1) return (fitting[0] ?? []).flatMap((inner) => locate(inner, path));
    const input: unknown = issue.input;
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    const rootTypes = issue.errors.map((errors) =>
      errors.find((e) => e.path.length === 0 && e.code === 'invalid_type'),
    );
    const [first] = rootTypes;
    // Every option wants the same JSON type (a union of object shapes): say that, not "none matched".
    if (
      first?.code === 'invalid_type' &&
      rootTypes.every((e) => e?.code === 'invalid_type' && e.expected === first.expected)
    ) {
      return locate(first, path);
    }
    if (fitting.length === 0 && isObject && issue.errors.every((errors) => errors.some(atType))) {
      const type = (input as { type?: unknown }).type;
      return [{ path: [...path, 'type'], message: `${issue.message}; got ${describeValue(type)}` }];
    }
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined) {
    return [{ path, message: 'is required' }];
  }
  const message = issue.message && issue.message !== 'Invalid input' ? issue.message : genericMessage(issue);
  // Custom rules show the value only when it is a plain value; "got an object" adds nothing to theirs.
  const showInput =
    'input' in issue &&
    issue.input !== undefined &&
    (issue.code !== 'custom' || issue.input === null || typeof issue.input !== 'object');
  return [{ path, message: showInput ? `${message}; got ${describeValue(issue.input)}` : message }];
}

/** zod issues as `ContentIssue`s, each path first passed through `mapPath` (for bare arrays and feeds). */
export function toContentIssues(issues: readonly Issue[], mapPath: (path: Path) => Path): ContentIssue[] {
  // Several report paths can map to one input path (a feed's own authors, inherited by every item):
  // each problem is said once.
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => locate(issue, []))
    .map(({ path, message }) => ({ path: formatPath(mapPath(path)), message }))
    .filter(({ path, message }) => {
      const key = `${path}\n${message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
