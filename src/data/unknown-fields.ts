/**
 * Finds fields the format doesn't define. They are accepted (content written for a newer version must
 * still render) but reported, since most are typos. Walks the value alongside the schema's own
 * definition, so the list of known fields is never written down twice.
 */
import { isRecord, type CopyProblem } from './json-value.js';
import { defOf, type Schema } from './schema-def.js';

const fold = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

function unknownKeyMessage(key: string, shape: Record<string, Schema>): string {
  const near = Object.keys(shape).find((known) => fold(known) === fold(key));
  return near ? `unknown field, ignored; did you mean ${JSON.stringify(near)}?` : 'unknown field, ignored';
}

/**
 * Warnings for every key in `value` that `schema` doesn't define, with its path. Meant for values that
 * already passed `schema`: for a union it descends into the first option that accepts the value.
 */
export function unknownFields(schema: Schema, value: unknown, path: PropertyKey[] = []): CopyProblem[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.keys(value).flatMap((key) => {
        // Own keys only: `__proto__` or `constructor` in content must not find Object.prototype's members.
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        return field
          ? unknownFields(field, value[key], [...path, key])
          : [{ path: [...path, key], message: unknownKeyMessage(key, shape) }];
      });
    }
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item: unknown, i) => unknownFields(def.element as Schema, item, [...path, i]))
        : [];
    case 'optional':
      return value === undefined || !def.innerType ? [] : unknownFields(def.innerType, value, path);
    case 'pipe':
      return def.in ? unknownFields(def.in, value, path) : [];
    case 'union': {
      const match = def.options?.find((option) => accepts(option, value));
      return match ? unknownFields(match, value, path) : [];
    }
    default:
      return [];
  }
}

/** Whether `schema` takes `value`, through the Standard Schema interface every zod schema carries. */
function accepts(schema: Schema, value: unknown): boolean {
  const result = schema['~standard'].validate(value);
  return !(result instanceof Promise) && !result.issues;
}
