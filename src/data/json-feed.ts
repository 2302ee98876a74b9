/**
 * JSON Feed 1.x as a content source: maps a feed onto the collection input shape, so the feed is then
 * checked by exactly the same rules, and maps problem paths back into the feed's own terms
 * (`reports[2].date` → `items[2].date_published`). Fields of the feed that have no place in a collection
 * (`home_page_url`, `image`, `attachments`, extensions…) are ignored without warnings: a feed is made by a
 * tool for many readers, so they are not the typos that warnings exist to catch.
 */
import { readDate } from './dates.js';
import { escapeInline } from './inline.js';
import { quote } from './messages.js';
import { isRecord, type CopyProblem, type JsonPath } from './json-value.js';
import type { HtmlConverter } from './types.js';
import { warnReferences } from './text-references.js';

type Json = Record<string, unknown>;

/** Collection-side item field → feed-side field name, where they differ. */
const ITEM_RENAMES: Record<string, string> = {
  date: 'date_published',
  updated: 'date_modified',
};

/** A feed mapped onto the collection input shape, with the warnings the mapping itself found. */
export interface FeedMapping {
  input: Json;
  warnings: CopyProblem[];
  /** A collection-side path in the feed's terms (see `feedPath`), authors included. */
  mapPath: (path: JsonPath) => JsonPath;
}

/**
 * Where a report's authors are in the feed: the item's `authors` or 1.0 `author`, or the feed's own
 * (inherited). `indexes[k]` is the feed-side index of the k-th mapped author (nameless ones are
 * skipped); `null` for a 1.0 `author` object, whose path has no index.
 */
interface MappedAuthors {
  value: unknown;
  path: JsonPath;
  indexes: number[] | null;
}

/**
 * JSON Feed authors (`{name?, url?, avatar?}`, or 1.0's single `author` at a `path` ending in
 * "author") as report authors; nameless ones can't be shown and are skipped with a warning.
 */
function mapAuthors(authors: unknown, path: JsonPath, warnings: CopyProblem[]): MappedAuthors {
  const single = path.at(-1) === 'author';
  const list: unknown = single ? [authors] : authors;
  const indexes: number[] = [];
  const value = Array.isArray(list)
    ? list.flatMap((author: unknown, i) => {
        if (isRecord(author) && author.name === undefined) {
          warnings.push({
            path: single ? path : [...path, i],
            message: 'author without a "name" is ignored',
          });
          return [];
        }
        indexes.push(i);
        if (!isRecord(author)) return [author];
        return [author.url === undefined ? { name: author.name } : { name: author.name, url: author.url }];
      })
    : authors;
  return { value, path, indexes: single ? null : indexes };
}

/** Plain text (the spec's `summary`, `content_text`) escaped so the inline subset shows it as written. */
const plain = (text: unknown): unknown => (typeof text === 'string' ? escapeInline(text) : text);

/** `content_text` as paragraph blocks, one per blank-line-separated chunk, shown exactly as written. */
function toParagraphs(text: unknown): unknown {
  if (typeof text !== 'string') return text; // let the rules report the wrong type
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => ({ type: 'paragraph', text: escapeInline(chunk) }));
}

/**
 * Tags written as one comma-separated string (some WordPress and Micro.blog plugins do) read as the
 * list they mean, with a warning; the spec's array passes through for the rules to check.
 */
function feedTags(tags: unknown, index: number, warnings: CopyProblem[]): unknown {
  if (typeof tags !== 'string') return tags;
  warnings.push({
    path: ['items', index, 'tags'],
    message: 'must be an array of strings; read as comma-separated tags',
  });
  return [
    ...new Set(
      tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * A feed date no reader can make sense of (a broken template's "23096-23-09T90:2323:00") is left out
 * with a warning: a feed is generated, so its author cannot fix it by hand, and the item itself is
 * still worth showing. Dates that are readable, even loosely, pass through for the shared rules.
 */
function feedDate(value: unknown, path: JsonPath, warnings: CopyProblem[]): unknown {
  if (typeof value !== 'string' || readDate(value).ok) return value;
  warnings.push({ path, message: `is not a date; got ${quote(value)}; the item is shown without it` });
  return undefined;
}

/** Per-item facts `mapItem` records for mapping paths back into the feed. */
interface ItemOrigins {
  authors: Map<number, MappedAuthors>;
  /** Items whose body came from `content_html`. */
  htmlBodies: Set<number>;
  /** Items dated by their `date_modified` (they have no readable `date_published`). */
  modifiedDates: Set<number>;
}

/**
 * `content_html` as body blocks through the caller's converter: none when it holds no text (only
 * images or markup); undefined (with a warning) when it can't be converted.
 */
function fromHtml(
  html: unknown,
  index: number,
  convert: HtmlConverter | undefined,
  warnings: CopyProblem[],
): unknown[] | undefined {
  const path = ['items', index, 'content_html'];
  if (typeof html !== 'string') {
    warnings.push({ path, message: 'must be a string; ignored' });
    return undefined;
  }
  if (!convert) {
    warnings.push({ path, message: 'is ignored (HTML is never rendered); add "content_text" for a body' });
    return undefined;
  }
  try {
    const converted = convert(html);
    for (const warning of converted.warnings)
      warnings.push({ path: [...path, ...warning.path], message: warning.message });
    if (converted.blocks.length > 0) return converted.blocks;
    return /\S/.test(converted.text)
      ? [{ type: 'paragraph', text: escapeInline(converted.text.trim()) }]
      : [];
  } catch (error) {
    warnings.push({ path, message: `could not be read as HTML (${String(error)}); ignored` });
    return undefined;
  }
}

function mapItem(
  item: unknown,
  index: number,
  feedAuthors: MappedAuthors | undefined,
  origins: ItemOrigins,
  warnings: CopyProblem[],
  convert: HtmlConverter | undefined,
): unknown {
  if (!isRecord(item)) return item;
  const out: Json = {};
  // JSON Feed ids are strings, but the spec asks readers to accept numbers too.
  if (item.id !== undefined) out.id = typeof item.id === 'number' ? String(item.id) : item.id;
  for (const key of ['title', 'summary', 'content_text'] as const)
    warnReferences(item[key], ['items', index, key], warnings);
  for (const key of ['title', 'url'] as const) if (item[key] !== undefined) out[key] = item[key];
  if (item.tags !== undefined) out.tags = feedTags(item.tags, index, warnings);
  if (item.summary !== undefined) out.summary = plain(item.summary);
  const date = feedDate(item.date_published, ['items', index, 'date_published'], warnings);
  const updated = feedDate(item.date_modified, ['items', index, 'date_modified'], warnings);
  if (date !== undefined) {
    out.date = date;
    if (updated !== undefined) out.updated = updated;
  } else if (updated !== undefined) {
    // Only a modification date (some generators write no other): readers date and sort the item by it.
    out.date = updated;
    origins.modifiedDates.add(index);
  }
  // The item's own authors win; otherwise the feed's (the spec's inheritance).
  const authors =
    item.authors !== undefined
      ? mapAuthors(item.authors, ['items', index, 'authors'], warnings)
      : item.author
        ? mapAuthors(item.author, ['items', index, 'author'], warnings)
        : feedAuthors;
  if (authors) {
    out.authors = authors.value;
    origins.authors.set(index, authors);
  }
  // content_text wins when both are given: it is the item's own plain rendering and needs no HTML parser.
  if (item.content_text !== undefined) out.body = toParagraphs(item.content_text);
  else if (item.content_html !== undefined) {
    const blocks = fromHtml(item.content_html, index, convert, warnings);
    if (blocks && blocks.length > 0) {
      out.body = blocks;
      origins.htmlBodies.add(index);
    } else if (blocks && out.title === undefined && out.summary === undefined) {
      // A photo post (micro.blog and the like): its HTML is only images, which are never shown, and
      // it has no title or summary. Nothing of it can be shown, which is no fault of the feed.
      return SKIPPED;
    }
  }
  return out;
}

/** What `mapItem` returns for an item with nothing to show. */
const SKIPPED = Symbol('skipped');

/** Maps a JSON Feed onto the collection input shape; `html` converts `content_html` into body blocks. */
export function fromJsonFeed(feed: Json, options: { html?: HtmlConverter } = {}): FeedMapping {
  const warnings: CopyProblem[] = [];
  const input: Json = {};
  warnReferences(feed.title, ['title'], warnings);
  warnReferences(feed.description, ['description'], warnings);
  if (feed.title !== undefined) input.title = feed.title;
  if (feed.description !== undefined) input.description = plain(feed.description);
  // The feed's own authors are mapped once, so their problems are reported once, at their own path.
  const feedAuthors =
    feed.authors !== undefined
      ? mapAuthors(feed.authors, ['authors'], warnings)
      : feed.author
        ? mapAuthors(feed.author, ['author'], warnings)
        : undefined;
  const origins: ItemOrigins = { authors: new Map(), htmlBodies: new Set(), modifiedDates: new Set() };
  /** The feed index of each report (items with nothing to show are left out). */
  const itemIndexes: number[] = [];
  if (Array.isArray(feed.items)) {
    const reports: unknown[] = [];
    feed.items.forEach((item: unknown, i) => {
      // An item's own warnings stay out when it is left out: the one below says all there is.
      const itemWarnings: CopyProblem[] = [];
      const report = mapItem(item, i, feedAuthors, origins, itemWarnings, options.html);
      if (report === SKIPPED) {
        warnings.push({
          path: ['items', i],
          message:
            'is left out: it has no title or summary, and its content_html holds only images or markup, which are not shown',
        });
        return;
      }
      warnings.push(...itemWarnings);
      itemIndexes.push(i);
      reports.push(report);
    });
    input.reports = reports;
  } else input.reports = feed.items;
  const mapPath = (collectionPath: JsonPath): JsonPath => {
    const path =
      collectionPath[0] === 'reports' && typeof collectionPath[1] === 'number'
        ? ['reports', itemIndexes[collectionPath[1]] ?? collectionPath[1], ...collectionPath.slice(2)]
        : collectionPath;
    const [root, index, field, author, ...rest] = path;
    if (root === 'reports' && field === 'body' && origins.htmlBodies.has(index as number))
      return ['items', index as number, 'content_html']; // blocks made from HTML have no place of their own in it
    if (root === 'reports' && field === 'date' && origins.modifiedDates.has(index as number))
      return ['items', index as number, 'date_modified'];
    const origin =
      root === 'reports' && field === 'authors' ? origins.authors.get(index as number) : undefined;
    if (!origin) return feedPath(path);
    if (author === undefined) return origin.path;
    if (!origin.indexes) return [...origin.path, ...rest];
    return [...origin.path, origin.indexes[author as number] ?? author, ...rest];
  };
  return { input, warnings, mapPath };
}

/** A collection-side path in the feed's terms: `reports[i].date` → `items[i].date_published`. */
export function feedPath(path: JsonPath): JsonPath {
  if (path[0] !== 'reports') return path;
  const [, index, field, ...rest] = path;
  if (index === undefined) return ['items'];
  if (field === undefined) return ['items', index];
  if (field === 'body') return ['items', index, 'content_text']; // paragraphs were cut from this one string
  const renamed =
    typeof field === 'string' && Object.hasOwn(ITEM_RENAMES, field) ? ITEM_RENAMES[field] : field;
  return ['items', index, renamed ?? field, ...rest];
}
