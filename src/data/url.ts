/**
 * The one URL rule: a link may be `http:`, `https:`, `mailto:`, `tel:` or relative, judged the way a
 * WHATWG URL parser would judge it. The parser first strips leading C0 controls and spaces, then
 * deletes every tab, LF and CR, then reads a scheme only when the text starts with an ASCII letter
 * followed by letters, digits, `+`, `-` or `.` up to a `:`; anything else is a relative reference. So
 * `java\tscript:` and ` JavaScript:` are the `javascript:` scheme, while `1javascript:` or `a b:c` are
 * relative paths.
 *
 * Kept as one regular expression on purpose: the same source is the `pattern` in the generated JSON
 * Schema, so editors and ajv enforce exactly what the parser enforces. Reading it:
 * either no scheme at all (negative look-ahead), or a scheme that spells one of `SAFE_SCHEMES` once
 * tabs and newlines are ignored.
 */

/** The schemes a link may name (besides none at all). `mailto:`/`tel:` open a mail or phone app, never run code. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** `http` → `[hH][\t\n\r]*[tT][\t\n\r]*…`: any letter case, tabs and newlines anywhere (the parser deletes them). */
const spelled = (scheme: string): string =>
  [...scheme].map((c) => `[${c}${c.toUpperCase()}][\\t\\n\\r]*`).join('');

export const SAFE_URL_PATTERN = new RegExp(
  `^(?:(?![\\x00-\\x20]*[A-Za-z][A-Za-z0-9+.\\-\\t\\n\\r]*:)|[\\x00-\\x20]*(?:${SAFE_SCHEMES.map(spelled).join('|')}):)`,
);

/** True when `url` is `http:`, `https:`, `mailto:`, `tel:` or relative, as a browser's URL parser would read it. */
export function isSafeUrl(url: string): boolean {
  // The type check guards plain-JavaScript callers: `test(undefined)` would test the string "undefined".
  return typeof url === 'string' && SAFE_URL_PATTERN.test(url);
}

/** The URL as a browser would read it: outer C0 controls and spaces stripped, tabs and newlines removed. */
export function cleanUrl(url: string): string {
  return url.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
}
