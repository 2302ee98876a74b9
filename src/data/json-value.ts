/**
 * Copies whatever a caller handed to `parseCollection` into plain JSON data before any rule looks at
 * it. Content can arrive from JavaScript as well as from `JSON.parse`, so the copy is where hostile or
 * accidental shapes stop: getters and proxies that throw, cycles, class instances, non-JSON values,
 * absurd nesting or size. Everything after this step reads only the copy.
 */
/** A location in content as segments: `['reports', 3, 'url']`. */
export type JsonPath = readonly PropertyKey[];
type Path = PropertyKey[];

/** A problem (or warning) located by path segments, before the path is formatted for people. */
export interface CopyProblem {
  path: JsonPath;
  message: string;
}

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Result of `toJsonValue`: the copy, or the problems that prevented it. */
export type CopyResult = { ok: true; value: unknown } | { ok: false; problems: CopyProblem[] };

/** Deeper than any valid content (the format nests about six levels); stops runaway recursion. */
const MAX_DEPTH = 64;
/** About a hundred megabytes of JSON; bounds the work a shared-reference "JSON bomb" can cause. */
const MAX_VALUES = 2_000_000;
const MAX_PROBLEMS = 20;

const errorText = (error: unknown): string => {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
};

/**
 * A plain-JSON copy of `input`: objects become prototype-less records of their own enumerable string
 * keys (so a `__proto__` key is just data), `undefined` object members are dropped as JSON.stringify
 * would, and anything that isn't JSON is reported with its path. Never throws.
 */
export function toJsonValue(input: unknown): CopyResult {
  const problems: CopyProblem[] = [];
  const ancestors = new Set<object>();
  let values = 0;
  let stop = false;

  const problem = (path: Path, message: string): undefined => {
    problems.push({ path: [...path], message });
    stop ||= problems.length >= MAX_PROBLEMS;
    return undefined;
  };

  const copy = (value: unknown, path: Path): unknown => {
    if (stop) return undefined;
    if (++values > MAX_VALUES) {
      stop = true;
      problems.push({ path: [], message: `is too large (more than ${MAX_VALUES} values)` });
      return undefined;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : problem(path, `must be a finite number; got ${value}`);
      case 'object':
        break;
      default:
        return problem(
          path,
          `must be a JSON value; got ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}`,
        );
    }
    if (value === null) return null;
    if (path.length >= MAX_DEPTH) return problem(path, `is nested more than ${MAX_DEPTH} levels deep`);
    if (ancestors.has(value)) return problem(path, 'contains itself (the data is cyclic)');
    ancestors.add(value);
    const depth = path.length;
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        const length = value.length;
        for (let i = 0; i < length && !stop; i++) {
          const member: unknown = value[i];
          path.push(i);
          out.push(copy(member, path));
          path.pop();
        }
        return out;
      }
      const kind = Object.prototype.toString.call(value);
      if (kind !== '[object Object]')
        return problem(path, `must be plain JSON data; got ${kind.slice(8, -1)}`);
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        if (stop) break;
        const member: unknown = (value as Record<string, unknown>)[key];
        if (member === undefined) continue;
        path.push(key);
        out[key] = copy(member, path);
        path.pop();
      }
      return out;
    } catch (error) {
      return problem(path, `could not be read: ${errorText(error)}`);
    } finally {
      path.length = depth; // a throw mid-member must not leave that member's key on the shared path
      ancestors.delete(value);
    }
  };

  let value: unknown;
  try {
    value = copy(input, []);
  } catch (error) {
    // A stack overflow from some exotic object is the only thing left that could land here.
    problem([], `could not be read: ${errorText(error)}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
