import type { DEFAULT_STRINGS } from './default-strings.js';

/** Every UI text key, each a string a host can override (see `DEFAULT_STRINGS`). */
export type IncStrings = { [K in keyof typeof DEFAULT_STRINGS]: string };

/** A key of `IncStrings`. */
export type StringKey = keyof IncStrings;

/**
 * An element's UI text for a key, `{name}` placeholders filled (what `IncElement.text` does). A
 * shared renderer names the keys it uses (`TextFn<'retry' | …>`), so an element can only hand it a
 * text function whose defaults hold them.
 */
export type TextFn<K extends StringKey = StringKey> = (
  key: K,
  values?: Record<string, string | number>,
) => string;

/** Fills `{name}` placeholders; unknown names stay as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
