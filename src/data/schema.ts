/**
 * The content format's rules, in one place: zod schemas that validate the INPUT shape (what authors
 * write, and what the generated JSON Schema describes) and normalise it into the types of `types.ts`.
 *
 * zod/mini rather than classic zod: the whole data layer bundles to about 12.4 kB min+gzip with it and
 * 32.4 kB with classic (same schemas, esbuild), and its object parser never builds code with
 * `new Function`, so parsing raises no violation under a CSP without `unsafe-eval` and needs no global
 * `z.config({ jitless: true })` (which would also change the host page's own zod).
 */
import * as z from 'zod/mini';
import { DATE_PATTERN, readDate } from './dates.js';
import { findUnsafeLinks } from './inline.js';
import { quote } from './messages.js';
import { KEBAB_PATTERN, slugify } from './slug.js';
import {
  STATUSES,
  TONES,
  type ActionItem,
  type Block,
  type Collection,
  type Diagram,
  type Report,
  type Status,
} from './types.js';
import { cleanUrl, SAFE_URL_PATTERN } from './url.js';

/** `value` without its undefined-valued keys: optional fields are absent from the output, never undefined. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

// ---------------------------------------------------------------------------------------------
// Strings

const NOT_BLANK = /\S/;
const notBlank = () => z.regex(NOT_BLANK, { error: 'must not be empty' });

/** Where a custom rule applies (default: only when the value passed its other checks) and what it means in JSON Schema. */
interface RuleOptions {
  when?: (payload: z.core.ParsePayload) => boolean;
  /**
   * The rule restated in JSON Schema terms, where JSON Schema can say it. `scripts/generate-schema.ts`
   * merges it into the generated schema, so the rule and its JSON Schema form live side by side here.
   */
  jsonSchema?: Record<string, unknown>;
}

/**
 * A custom rule as a bare zod check: a failed `test` adds `message` at the checked value's path.
 * Used instead of refine/superRefine and number checks, which cost several hundred bytes more in the
 * browser bundle.
 */
function rule<T>(test: (value: T) => boolean, message: string, options?: RuleOptions) {
  return z.check<T>((payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', message, input: payload.value });
  }, options);
}

/** What the URL rule admits, for messages. */
const LINK_RULE = 'http(s), mailto:, tel: or relative';

/** Plain text: not blank, trimmed. */
const text = z.string().check(notBlank(), z.trim());

/** Text in the inline subset: like `text`, and every `[label](url)` in it must pass the URL rule. */
const inlineText = z.string().check(
  notBlank(),
  z.trim(),
  z.check<string>((payload) => {
    for (const raw of findUnsafeLinks(payload.value)) {
      payload.issues.push({
        code: 'custom',
        message: `has a link that must be ${LINK_RULE}`,
        input: raw,
      });
    }
  }),
);

/** A link target: `http:`, `https:`, `mailto:`, `tel:` or relative; stored as a browser would read it. */
const url = z
  .string()
  .check(notBlank(), z.regex(SAFE_URL_PATTERN, { error: `must be ${LINK_RULE}` }), z.overwrite(cleanUrl));

const kebab = z.string().check(
  z.regex(KEBAB_PATTERN, {
    error: 'must be kebab-case: lower-case words joined by hyphens, e.g. "zero-downtime-migration"',
  }),
);

/**
 * RFC 822/1123 dates, loosely: the parser reads them (with a warning), so the JSON Schema must admit
 * them too. Spelled without flags because JSON Schema patterns carry none.
 */
const RFC822_SHAPE =
  /^\s*(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3,}\.?\s+(?:\d{4}|\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Za-z]{1,4})?\s*$/;

/**
 * A date or date-time as `dates.ts` reads it, stored in canonical RFC 3339. Non-RFC 3339 forms reach
 * this rule already rewritten by the tidy step (which warns); here they are still read, so a caller
 * of the schema alone gets the same answer. The calendar check is not expressible in JSON Schema.
 */
const dateRuleOptions: RuleOptions = {
  jsonSchema: { anyOf: [{ pattern: DATE_PATTERN.source }, { pattern: RFC822_SHAPE.source }] },
};
export const isoDate = z.pipe(
  z.string().check(
    z.check<string>((payload) => {
      const reading = readDate(payload.value);
      if (!reading.ok)
        payload.issues.push({ code: 'custom', message: reading.message, input: payload.value });
    }, dateRuleOptions),
  ),
  z.transform((value: string) => {
    const reading = readDate(value);
    return reading.ok ? reading.value : value;
  }),
);

/**
 * A word from `words`, accepted in any letter case and returned in lower case. The case-insensitive
 * regex is spelled out letter by letter (`[rR][eE]…`) because JSON Schema patterns carry no flags.
 */
function caseless<const Words extends readonly string[]>(words: Words) {
  const alternatives = words.map((word) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`));
  const pattern = new RegExp(`^(?:${alternatives.join('|')})$`);
  const expected = words.length === 1 ? quote(words[0] ?? '') : `one of ${words.join(', ')}`;
  return z.pipe(
    // A custom rule, not z.regex: its issue counts as aborting its union option (a regex issue does not),
    // so zod never settles a union of blocks on an option that failed only on `type`.
    z.string().check(
      rule((word: string) => pattern.test(word), `must be ${expected} (any letter case)`, {
        jsonSchema: { pattern: pattern.source },
      }),
    ),
    z.transform((word) => word.toLowerCase() as Words[number]),
  );
}

/** Lifecycle status, any letter case in input. */
export const status = caseless(STATUSES);

// ---------------------------------------------------------------------------------------------
// Diagrams

const asciiForms = z.union(
  [
    z.string().check(notBlank()),
    z
      .array(z.string())
      .check(
        rule(
          (lines: string[]) => lines.some((line) => NOT_BLANK.test(line)),
          'must have a line that is not blank',
          { jsonSchema: { contains: { type: 'string', pattern: NOT_BLANK.source } } },
        ),
      ),
  ],
  { error: 'must be a string or an array of lines' },
);

/**
 * A diagram object's fields. Its lines come as `ascii` (what authors write) or as `lines` (the parsed
 * form, so parsed output is valid input); exactly one of the two.
 */
const diagramFields = {
  ascii: z.optional(asciiForms),
  lines: z.optional(asciiForms),
  label: z.optional(text),
  caption: z.optional(text),
};

type DiagramSource = { ascii?: unknown; lines?: unknown; diagram?: unknown };

/** Exactly one of `keys` must be present: a rule that names the first key when none is. */
function exactlyOne(keys: readonly (keyof DiagramSource)[]) {
  const [first] = keys;
  const others = keys
    .slice(1)
    .map((key) => `"${key}"`)
    .join(' or ');
  return z.check<DiagramSource>(
    (payload) => {
      const present = keys.filter((key) => payload.value[key] !== undefined);
      if (present.length === 1) return;
      const message =
        present.length === 0
          ? `is required (or ${others})`
          : `use one of ${keys.map((k) => `"${k}"`).join(', ')}, not several`;
      payload.issues.push({ code: 'custom', path: [present[1] ?? first ?? ''], message, input: undefined });
    },
    { jsonSchema: { oneOf: keys.map((key) => ({ required: [key] })) } } as RuleOptions,
  );
}

/** Lines of a diagram: newlines split, blank lines at either end dropped, everything else kept verbatim. */
function toLines(ascii: string | string[]): string[] {
  const lines = (typeof ascii === 'string' ? [ascii] : ascii).flatMap((chunk) => chunk.split(/\r\n?|\n/));
  let start = 0;
  let end = lines.length;
  while (start < end && !NOT_BLANK.test(lines[start] ?? '')) start++;
  while (end > start && !NOT_BLANK.test(lines[end - 1] ?? '')) end--;
  return lines.slice(start, end);
}

function toDiagram(value: {
  ascii?: string | string[];
  lines?: string | string[];
  label?: string;
  caption?: string;
}): Diagram {
  return compact({
    lines: toLines(value.ascii ?? value.lines ?? []),
    label: value.label,
    caption: value.caption,
  });
}

/** A report's diagram: a string, an array of lines, or `{ ascii | lines, label?, caption? }`. */
export const diagram = z.pipe(
  z.union([asciiForms, z.object(diagramFields).check(exactlyOne(['ascii', 'lines']))], {
    error: 'must be a string, an array of lines, or an object {"ascii", "label"?, "caption"?}',
  }),
  z.transform((value): Diagram =>
    toDiagram(typeof value === 'object' && !Array.isArray(value) ? value : { ascii: value }),
  ),
);

// ---------------------------------------------------------------------------------------------
// Body blocks

const typeTag = <const Name extends string>(name: Name) => caseless([name] as const);

const blockForms = z.union(
  [
    z.object({ type: typeTag('paragraph'), text: inlineText }),
    z.object({
      type: typeTag('heading'),
      text,
      level: z.optional(
        z.number().check(
          rule((n: number) => n === 2 || n === 3 || n === 4, 'must be 2, 3 or 4', {
            jsonSchema: { enum: [2, 3, 4] },
          }),
        ),
      ),
    }),
    z.object({ type: typeTag('list'), items: z.array(inlineText), ordered: z.optional(z.boolean()) }),
    z.object({
      type: typeTag('code'),
      code: z.string().check(notBlank()),
      lang: z.optional(text),
      caption: z.optional(text),
    }),
    // Flat as authors write it, or `{ type, diagram }` as parsed output has it.
    z
      .object({ type: typeTag('diagram'), ...diagramFields, diagram: z.optional(diagram) })
      .check(exactlyOne(['ascii', 'lines', 'diagram'])),
    z.object({ type: typeTag('quote'), text: inlineText, cite: z.optional(text) }),
    z.object({ type: typeTag('callout'), tone: caseless(TONES), text: inlineText }),
  ],
  { error: 'must be one of paragraph, heading, list, code, diagram, quote, callout' },
);

type BlockInput = z.output<typeof blockForms>;

function toBlock(block: BlockInput): Block {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', text: block.text };
    case 'heading':
      // The level's rule admits only 2, 3 or 4; a plain number schema is far cheaper than z.literal here.
      return { type: 'heading', text: block.text, level: (block.level ?? 2) as 2 | 3 | 4 };
    case 'list':
      return { type: 'list', items: block.items, ordered: block.ordered ?? false };
    case 'code':
      return compact({ type: 'code', code: block.code, lang: block.lang, caption: block.caption });
    case 'diagram':
      return { type: 'diagram', diagram: block.diagram ?? toDiagram(block) };
    case 'quote':
      return compact({ type: 'quote', text: block.text, cite: block.cite });
    case 'callout':
      return { type: 'callout', tone: block.tone, text: block.text };
  }
}

/** One body block, dispatched on its (case-insensitive) `type`. */
export const block = z.pipe(blockForms, z.transform(toBlock));

// ---------------------------------------------------------------------------------------------
// Reports

/** A report author. */
export const author = z.object({ name: text, url: z.optional(url) });
/** A headline result. */
export const outcome = z.object({ label: text, value: text });
/** One timeline row. */
export const timelineEntry = z.object({ at: text, text: inlineText });
/** A follow-up; `done` defaults to false. */
export const actionItem = z.pipe(
  z.object({ text, done: z.optional(z.boolean()), owner: z.optional(text), url: z.optional(url) }),
  z.transform((item): ActionItem =>
    compact({ text: item.text, done: item.done ?? false, owner: item.owner, url: item.url }),
  ),
);

/** A report needs at least one of these: something to lead its card with (a body lends an excerpt). */
const TITLE_OR_SUMMARY = ['title', 'summary'] as const;
const hasLead = (report: Record<string, unknown>): boolean =>
  TITLE_OR_SUMMARY.some((key) => report[key] !== undefined) ||
  (Array.isArray(report.body) && report.body.length > 0);

/** The report object as authors write it. */
export const reportInput = z
  .object({
    id: z.optional(text),
    title: z.optional(text),
    summary: z.optional(inlineText),
    slug: z.optional(kebab),
    status: z.optional(status),
    severity: z.optional(text),
    tags: z.optional(z.array(text)),
    category: z.optional(text),
    groups: z.optional(z.array(text)),
    date: z.optional(isoDate),
    updated: z.optional(isoDate),
    readingMinutes: z.optional(
      z.number().check(
        rule((n: number) => Number.isInteger(n) && n > 0, 'must be a whole number above 0', {
          jsonSchema: { type: 'integer', minimum: 1 },
        }),
      ),
    ),
    authors: z.optional(z.array(author)),
    url: z.optional(url),
    diagram: z.optional(diagram),
    outcomes: z.optional(z.array(outcome)),
    impact: z.optional(inlineText),
    timeline: z.optional(z.array(timelineEntry)),
    actionItems: z.optional(z.array(actionItem)),
    body: z.optional(z.array(block)),
  })
  .check(
    rule(hasLead, 'needs a "title", a "summary" or a "body"', {
      // Also when a sibling field failed, so authors see every problem of a report at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
      jsonSchema: {
        anyOf: [
          ...TITLE_OR_SUMMARY.map((key) => ({ required: [key] })),
          { required: ['body'], properties: { body: { type: 'array', minItems: 1 } } },
        ],
      },
    }),
  );

/** A report before the collection has given it an id (ids default and must be unique collection-wide). */
type ReportDraft = Omit<Report, 'id'> & { id?: string };

/** Case-insensitive dedupe keeping the first spelling. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toReportDraft(r: z.output<typeof reportInput>): ReportDraft {
  // Listed in the documented field order; `compact` leaves absent fields out rather than undefined.
  return compact({
    id: r.id,
    title: r.title,
    summary: r.summary,
    slug: r.slug,
    status: r.status,
    severity: r.severity,
    tags: uniqueTags(r.tags ?? []),
    category: r.category,
    groups: r.groups ?? [],
    date: r.date,
    updated: r.updated,
    readingMinutes: r.readingMinutes,
    authors: r.authors ?? [],
    url: r.url,
    diagram: r.diagram,
    outcomes: r.outcomes ?? [],
    impact: r.impact,
    timeline: r.timeline ?? [],
    actionItems: r.actionItems ?? [],
    body: r.body ?? [],
  });
}

/** One report: validated, lists defaulted to `[]`, tags deduplicated. Its id is settled by the collection. */
export const report = z.pipe(reportInput, z.transform(toReportDraft));

// ---------------------------------------------------------------------------------------------
// Collection

/** A group (named section of the list). */
export const group = z.object({ id: kebab, title: text, description: z.optional(inlineText) });

/**
 * The id a report gets: its `id`, else its `slug`, else a slug of its title, else of its summary.
 * Reads fields defensively because the cross-reference check also sees reports that failed their own
 * rules; `source` names where the id came from, for messages.
 */
function reportId(report: unknown): { id: string; source: string } {
  const field = (key: string): string | undefined => {
    const value =
      typeof report === 'object' && report !== null ? (report as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' && NOT_BLANK.test(value) ? value.trim() : undefined;
  };
  const explicit = field('id') ?? field('slug');
  if (explicit !== undefined) return { id: explicit, source: field('id') !== undefined ? 'id' : 'slug' };
  for (const source of ['title', 'summary']) {
    const value = field(source);
    if (value !== undefined) return { id: slugify(value), source };
  }
  // Body only (a title-less feed item without an id): nothing to derive an id from.
  const body = (report as { body?: unknown }).body;
  if (Array.isArray(body) && body.length > 0) return { id: '', source: 'body' };
  return { id: '', source: '' }; // no title, summary or body: the report's own rule reports that
}

/**
 * What spans reports: unique group ids, unique report ids (after defaulting), known group references.
 * Runs even when some report failed its own rules, so one pass shows every problem.
 */
function checkReferences(payload: z.core.ParsePayload): void {
  const fail = (path: PropertyKey[], message: string): void => {
    payload.issues.push({ code: 'custom', path, message, input: undefined });
  };
  const { groups, reports } = payload.value as { groups?: unknown; reports?: unknown };
  const groupList = Array.isArray(groups) ? (groups as unknown[]) : [];
  const groupIds = groupList.map((group) => (group as { id?: unknown } | null)?.id);
  const groupIndex = new Map<unknown, number>();
  groupIds.forEach((id, i) => {
    const first = groupIndex.get(id);
    if (typeof id !== 'string') return;
    if (first === undefined) groupIndex.set(id, i);
    else fail(['groups', i, 'id'], `duplicate group id ${quote(id)} (also groups[${first}])`);
  });
  // References are judged only against a fully readable group list, or every ref would look unknown.
  const groupsReadable = groupIds.every((id) => typeof id === 'string');
  const known = groupIndex.size
    ? `declared groups: ${[...groupIndex.keys()].join(', ')}`
    : 'no "groups" are declared';

  const idIndex = new Map<string, number>();
  (Array.isArray(reports) ? (reports as unknown[]) : []).forEach((report, i) => {
    if (typeof report !== 'object' || report === null) return;
    const { id, source } = reportId(report);
    const first = idIndex.get(id);
    if (!id) {
      if (source === 'body') fail(['reports', i, 'id'], 'is required when there is no title or summary');
      else if (source) fail(['reports', i, 'id'], `no id can be derived from the ${source}; add an "id"`);
    } else if (first === undefined) idIndex.set(id, i);
    else {
      const how = source === 'id' ? '' : ` (taken from the ${source})`;
      fail(
        ['reports', i, 'id'],
        `duplicate id ${quote(id)}${how}, also used by reports[${first}]; add a unique "id"`,
      );
    }
    const refs = (report as { groups?: unknown }).groups;
    if (!groupsReadable || !Array.isArray(refs)) return;
    refs.forEach((ref: unknown, k) => {
      if (typeof ref === 'string' && !groupIndex.has(ref.trim())) {
        fail(['reports', i, 'groups', k], `unknown group ${quote(ref)}; ${known}`);
      }
    });
  });
}

/** The collection's own fields, before the rules that span reports. */
export const collectionFields = z.object({
  $schema: z.optional(z.string()),
  title: z.optional(text),
  description: z.optional(inlineText),
  groups: z.optional(z.array(group)),
  reports: z.array(report),
});

/** The rules that span reports (unique ids and group ids, known group references) as issues. */
export function crossReportIssues(value: unknown): z.core.$ZodRawIssue[] {
  const payload = { value, issues: [] } as unknown as z.core.ParsePayload;
  checkReferences(payload);
  return payload.issues;
}

/** The collection object as authors write it. */
export const collectionInput = collectionFields.check(
  z.check(checkReferences, {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  }),
);

/** Settles report ids and removes duplicate group references. */
export function toCollection(input: z.output<typeof collectionInput>): Collection {
  const reports = input.reports.map((draft): Report => {
    const { id } = reportId(draft);
    return { id, ...draft, groups: [...new Set(draft.groups)] };
  });
  return compact({ title: input.title, description: input.description, groups: input.groups ?? [], reports });
}

/** The whole content file: parse with this, read `.data` as a `Collection`. */
export const collection = z.pipe(collectionInput, z.transform(toCollection));

/** What authors may write for a collection (before normalisation). */
export type CollectionInput = z.input<typeof collectionInput>;

// Compile-time proof that the normalised output is exactly the hand-written public types.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** @internal Fails to compile when the zod output drifts from `Collection`. */
export type OutputMatchesTypes = [
  Assert<Equal<z.output<typeof collection>, Collection>>,
  Assert<Equal<z.output<typeof status>, Status>>,
  Assert<Equal<z.output<typeof block>, Block>>,
];
