/**
 * Writes schema/collection.schema.json from the zod schemas in src/data (the INPUT shape: what authors
 * may write, before normalisation). Build-time only, so `toJSONSchema` never reaches the browser bundle.
 *
 *   node --import tsx scripts/generate-schema.ts           regenerate
 *   node --import tsx scripts/generate-schema.ts --check   exit 1 if the committed file is stale
 *
 * Rules whose JSON Schema form zod can't derive by itself carry it next to the rule (`jsonSchema` on a
 * custom check in schema.ts); this script only merges those in and adds editor-facing descriptions.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  actionItem,
  author,
  block,
  collection,
  diagram,
  group,
  outcome,
  report,
  status,
  timelineEntry,
} from '../src/data/schema.js';
import { BLOCK_TYPES, STATUSES } from '../src/data/types.js';

/** Where the schema is written, relative to the repository root. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/collection.schema.json', import.meta.url));

type JsonObject = Record<string, unknown>;

/** Named definitions (`$defs`) and their descriptions, for editors' hover text. */
const definitions: [z.core.$ZodType, string, string][] = [
  [
    report,
    'Report',
    'One incident report, postmortem or post. Needs a "title", a "summary" or a "body" (then also an "id").',
  ],
  [group, 'Group', 'A named section of the report list.'],
  [
    diagram,
    'Diagram',
    'An ASCII diagram: a string (lines separated by \\n), an array of lines, or {"ascii" (or "lines"), "label"?, "caption"?}.',
  ],
  [block, 'Block', `A block of a report body; "type" is one of ${BLOCK_TYPES.join(', ')}.`],
  [author, 'Author', 'A report author.'],
  [outcome, 'Outcome', 'A headline result, e.g. {"label": "analytic-store load", "value": "−85–95%"}.'],
  [timelineEntry, 'TimelineEntry', 'One timeline row: "at" is ISO 8601 or a short label ("T+4 min").'],
  [actionItem, 'ActionItem', 'A follow-up task.'],
  [status, 'Status', `Lifecycle status, any letter case: ${STATUSES.join(', ')}.`],
];

/** Field descriptions, keyed by definition then field. Checked against the generated properties. */
const fieldDocs: Record<string, Record<string, string>> = {
  Collection: {
    $schema: 'Ignored by the parser; lets editors find this JSON Schema.',
    title: 'Collection title, e.g. "Incident reports".',
    description: 'Intro paragraph; inline subset allowed (`code`, **strong**, *emphasis*, [label](url)).',
    groups: 'Named sections of the list, shown in this order.',
    reports: 'The reports; may be empty.',
  },
  Report: {
    id: 'E.g. "INC-001". Default: the slug, else a slug of the title, else of the summary. Unique after defaulting.',
    title: 'Title (plain text). A report needs a title, a summary or a body.',
    summary: 'One or two sentences; inline subset allowed.',
    slug: 'Kebab-case, e.g. "zero-downtime-migration".',
    status:
      'investigating, identified, monitoring, resolved, postmortem, operating or retired (any letter case).',
    severity: 'Free label shown as a badge, e.g. "SEV-1".',
    tags: 'Technologies and topics; trimmed, case-insensitive duplicates dropped.',
    category: 'E.g. "Database".',
    groups: "Ids of the collection's groups this report is listed under.",
    date: 'Date (2026-05-10) or RFC 3339 date-time: publication or incident date. RFC 822 dates are read with a warning.',
    updated: 'Date or RFC 3339 date-time of the last update.',
    readingMinutes: 'Reading time in whole minutes ("9 min read").',
    authors: 'Authors, each {"name", "url"?}.',
    url: '"Read the report" link: http:, https:, mailto:, tel: or relative.',
    diagram: "The card's ASCII diagram.",
    outcomes: 'Headline results, each {"label", "value"}.',
    impact: 'Who and what was affected; inline subset allowed.',
    timeline: 'Timeline rows, each {"at", "text"}.',
    actionItems: 'Follow-ups, each {"text", "done"?, "owner"?, "url"?}.',
    body: 'The full report as blocks.',
  },
};

/** Merges the `jsonSchema` a custom rule in schema.ts declares for itself. */
function mergeRuleHints(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonObject }): void {
  for (const check of ctx.zodSchema._zod.def.checks ?? []) {
    const hint = (check._zod.def as { jsonSchema?: JsonObject }).jsonSchema;
    if (hint) Object.assign(ctx.jsonSchema, hint);
  }
}

function describeFields(definition: JsonObject | undefined, name: string): void {
  const properties = (definition?.properties ?? {}) as Record<string, JsonObject>;
  for (const [field, description] of Object.entries(fieldDocs[name] ?? {})) {
    const property = properties[field];
    if (!property) throw new Error(`generate-schema: ${name}.${field} is documented but not in the schema`);
    property.description = description;
  }
}

/** An empty (or blank) string: what an optional field may also hold, since the parser treats it as absent (with a warning). */
const BLANK = { type: 'string', pattern: '^\\s*$' };

/**
 * Lets every optional property also be a blank string, everywhere in `node`: the parser accepts it
 * (as absent, with a warning), so the schema must not reject it. A description moves to the wrapper.
 */
function admitBlankOptionals(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) admitBlankOptionals(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as JsonObject;
  for (const value of Object.values(object)) admitBlankOptionals(value);
  const properties = object.properties as Record<string, JsonObject> | undefined;
  if (!properties) return;
  const required = new Set((object.required as string[] | undefined) ?? []);
  for (const [key, property] of Object.entries(properties)) {
    if (required.has(key)) continue;
    const { description, ...rest } = property;
    properties[key] = { ...(description ? { description } : {}), anyOf: [rest, { $ref: '#/$defs/Blank' }] };
  }
}

/** The JSON Schema as a string, exactly as it is committed. */
export function generateSchema(): string {
  const metadata = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of definitions) metadata.add(schema, { id, description });

  // The top-level shapes a file may have; JSON Feeds are mapped in code and not described here.
  const document = z.union([collection, z.array(report)]);
  const generated = z.toJSONSchema(document, {
    io: 'input',
    target: 'draft-2020-12',
    metadata,
    override: mergeRuleHints,
  }) as JsonObject;

  const { $schema, anyOf, $defs } = generated as {
    $schema: string;
    anyOf: JsonObject[];
    $defs: Record<string, JsonObject>;
  };
  const [collectionSchema, reportArray] = anyOf;
  describeFields(collectionSchema, 'Collection');
  describeFields($defs.Report, 'Report');
  admitBlankOptionals([collectionSchema, $defs]);
  $defs.Blank = { ...BLANK, description: 'An empty optional field: read as absent, with a warning.' };
  if ($defs.Status) $defs.Status.examples = [...STATUSES];
  const schema = {
    $schema,
    $id: 'https://unpkg.com/incident-elements/schema/collection.schema.json',
    title: 'incident-elements content',
    description:
      'A collection of incident reports (or a bare array of reports) for incident-elements. Unknown fields are allowed ' +
      'and ignored; the validator (`incident-elements validate`) reports them as warnings and also checks what JSON ' +
      'Schema cannot: unique ids, known group references, real calendar dates, safe inline links.',
    anyOf: [collectionSchema, reportArray],
    $defs,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

async function main(): Promise<void> {
  const fresh = generateSchema();
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(
        'schema/collection.schema.json is stale: run node --import tsx scripts/generate-schema.ts',
      );
      process.exitCode = 1;
      return;
    }
    console.log('schema/collection.schema.json is up to date');
    return;
  }
  await writeFile(SCHEMA_FILE, fresh);
  console.log('wrote schema/collection.schema.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
