// What of a report's identity the author wrote, so generated values never become visible text.
import type { Report } from '../data/index.js';
import { slugify } from '../data/slug.js';

/**
 * Ids no author writes as a label (feeds' ids are opaque by their spec): URLs and paths (a slash),
 * `tag:`/`urn:` ids, file names, bare numbers, hashes, and slugs with a timestamp in them.
 */
const MACHINE_MADE = /^(tag|urn):|\/|\.[a-z]{2,4}$|^\d+$|\d{10}|[\da-f]{16}/i;

/** The last segment of a URL's path: `my-post` in `https://example.com/blog/my-post/?ref=feed`. */
const URL_SLUG = /([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * The report's id as a visible label, or `undefined` when the author did not write one. The parser
 * defaults a missing id to the slug, else a slug of the title or summary (see `schema.ts`); an id
 * equal to that derivation, to the title itself, or (lowercase) to the last segment of the report's
 * URL, is treated as generated. A rule on the parsed
 * value rather than a flag, so `parseCollection(x).collection` stays re-parseable to the same value.
 */
export function authoredId(report: Report): string | undefined {
  const { id } = report;
  if (!id || MACHINE_MADE.test(id)) return undefined;
  // A lowercase id that is the last segment of the report's own URL is that post's slug (blogs'
  // feeds); capitals mark a label written into the URL (`/incidents/INC-001`), which still shows.
  if (id === id.toLowerCase() && id === report.url?.match(URL_SLUG)?.[1]) return undefined;
  if (report.slug !== undefined) return id === report.slug ? undefined : id;
  // An id that repeats the title (some feeds make their ids of the titles) says nothing new.
  if (id === report.title) return undefined;
  const source = report.title ?? report.summary;
  return source !== undefined && id === slugify(source) ? undefined : id;
}

/** The slug as a visible label: only ever authored (the parser never generates one). */
export function authoredSlug(report: Report): string | undefined {
  return report.slug || undefined;
}

/** At most `max` characters of `text`, cut at a word boundary with an ellipsis: a short accessible name. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}
