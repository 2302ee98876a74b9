/**
 * The forgiving step before the rules: an empty optional string is removed (treated as absent) and a
 * date in a common non-RFC 3339 form is rewritten in RFC 3339, each change reported as a warning. It
 * walks the (already copied, so ours to change) input alongside the schema, the way `unknownFields`
 * does, so which fields are optional or dates is never written down twice.
 */
import { readDate } from './dates.js';
import { isRecord, type CopyProblem } from './json-value.js';
import { defOf, type Schema } from './schema-def.js';

const BLANK = /^\s*$/;

/** Whether `schema` takes `value`, through the Standard Schema interface every zod schema carries. */
function accepts(schema: Schema, value: unknown): boolean {
  const result = schema['~standard'].validate(value);
  return !(result instanceof Promise) && !result.issues;
}

/** Per union: the option chosen for each `type` value (a body repeats a few types thousands of times). */
const chosen = new WeakMap<readonly Schema[], Map<unknown, Schema | undefined>>();

/** The object option of a union that `value` is meant for: the one whose `type` it names, else the only object option. */
function optionFor(options: readonly Schema[], value: Record<string, unknown>): Schema | undefined {
  let byType = chosen.get(options);
  if (!byType) chosen.set(options, (byType = new Map<unknown, Schema | undefined>()));
  if (byType.has(value.type)) return byType.get(value.type);
  const objects = options.filter((option) => defOf(option).type === 'object');
  const typed = objects.filter((option) => defOf(option).shape?.type);
  const option =
    typed.length === 0
      ? objects.length === 1
        ? objects[0]
        : undefined
      : typed.find((candidate) => accepts(defOf(candidate).shape?.type as Schema, value.type));
  // Bounded: content chooses these keys.
  if (typeof value.type !== 'object' && byType.size < 64) byType.set(value.type, option);
  return option;
}

/** A path built only when a warning needs it: walking 10,000 reports built one array per field. */
interface At {
  readonly parent: At | undefined;
  readonly key: PropertyKey;
}
function pathOf(at: At | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let node = at; node; node = node.parent) path.push(node.key);
  return path.reverse();
}

/**
 * Tidies `value` in place as `schema` describes it and returns one warning per change. `isDate` tells
 * the date schema apart (by identity) so the walk needs no knowledge of field names.
 */
export function tidy(schema: Schema, value: unknown, isDate: (schema: Schema) => boolean): CopyProblem[] {
  const warnings: CopyProblem[] = [];
  walk(schema, value, isDate, undefined, warnings);
  return warnings;
}

function walk(
  schema: Schema,
  value: unknown,
  isDate: (schema: Schema) => boolean,
  at: At | undefined,
  warnings: CopyProblem[],
): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isRecord(value) || !def.shape) return;
      for (const key of Object.keys(value)) {
        const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
        if (!field) continue;
        const member = value[key];
        const here: At = { parent: at, key };
        if (defOf(field).type === 'optional' && typeof member === 'string') {
          if (BLANK.test(member)) {
            delete value[key];
            warnings.push({ path: pathOf(here), message: 'is empty; treated as absent' });
            continue;
          }
          const inner = defOf(field).innerType;
          if (inner && isDate(inner)) {
            const reading = readDate(member);
            if (reading.ok && reading.warning) {
              value[key] = reading.value;
              warnings.push({ path: pathOf(here), message: reading.warning });
            }
            continue;
          }
        }
        walk(field, member, isDate, here, warnings);
      }
      return;
    }
    case 'array':
      if (Array.isArray(value) && def.element) {
        for (let i = 0; i < value.length; i++)
          walk(def.element, value[i], isDate, { parent: at, key: i }, warnings);
      }
      return;
    case 'optional':
      if (def.innerType) walk(def.innerType, value, isDate, at, warnings);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, isDate, at, warnings);
      return;
    case 'union': {
      const option = isRecord(value) && def.options ? optionFor(def.options, value) : undefined;
      if (option) walk(option, value, isDate, at, warnings);
      return;
    }
    default:
      return;
  }
}
