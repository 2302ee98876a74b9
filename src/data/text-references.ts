// Plain-text fields of JSON Feeds as their generators write them (loaded with the feed reader only).
import type { CopyProblem, JsonPath } from './json-value.js';

/** An HTML character reference as generators write them: numeric, or a common name. */
const REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|amp|lt|gt|quot|apos|nbsp|hellip|[mn]dash|[lr][sd]quo);/i;

/**
 * Warns about a plain-text field (`title`, `summary`, `content_text`, the feed's `title` and
 * `description`) that holds HTML character references (`&amp;`, `&#8217;`, as WordPress and some
 * templates write them). The JSON Feed spec makes this text plain, and the content format shows it
 * exactly as written, so a reader sees `&amp;`: the warning tells the feed's author to write the
 * characters themselves.
 */
export function warnReferences(text: unknown, path: JsonPath, warnings: CopyProblem[]): void {
  if (typeof text === 'string' && REFERENCE.test(text))
    warnings.push({
      path,
      message:
        'holds HTML character references (such as &amp;), shown as written: JSON Feed text is plain, so write the characters themselves',
    });
}
