/** One Markdown file → one report (content-format input), with its warnings, or why it cannot be one. */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { slugify } from '../data/slug.js';
import { toBlocks, type Body } from './blocks.js';
import { keyLines, mapFrontMatter, readFrontMatter } from './front-matter.js';
import { plainText, type Context } from './inline.js';
import type { ImportMessage, MarkdownFile } from './types.js';

/** Words read per minute for the default `readingMinutes` (common estimates run 200–250). */
export const WORDS_PER_MINUTE = 220;

/** What converting one file gave. */
export interface Converted {
  /** The report, unless the file is a draft being left out or could not be read. */
  report?: Record<string, unknown>;
  draft: boolean;
  body: Body;
  /** Line of each front matter key, for messages about a field. */
  lineOf: (key: string) => number;
  warnings: ImportMessage[];
  errors: ImportMessage[];
}

// remark-gfm and remark-math are here to recognise what the format lacks (tables, footnotes, math) so it
// can be dropped with a warning. Math needs `$$`: a single `$` is far more often money than TeX.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkFrontmatter, ['yaml', 'toml']);

/** Front matter fences the importer does not read: `---js`, `---json` (Eleventy) and the like. */
const OTHER_FRONT_MATTER = /^---[ \t]*([A-Za-z]\w*)[ \t]*\r?\n/;

/** The default slug from a file name: Jekyll's `YYYY-MM-DD-name.md` → `name`; Hugo's `name/index.md` → `name`. */
export function slugFromPath(path: string): { slug: string; date?: string } {
  const parts = path.split(/[\\/]/).filter(Boolean);
  let name = (parts.at(-1) ?? '').replace(/\.(md|markdown)$/i, '');
  if ((name === 'index' || name === '_index') && parts.length > 1) name = parts.at(-2) ?? name;
  const dated = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(name);
  return dated ? { slug: slugify(dated[2]!), date: dated[1] } : { slug: slugify(name) };
}

function countWords(nodes: RootContent[]): number {
  return nodes.reduce((sum, node) => sum + (plainText(node).match(/\S+/g)?.length ?? 0), 0);
}

/** Converts one file. Never throws. */
export function convertFile(file: MarkdownFile, drafts: boolean): Converted {
  const warnings: ImportMessage[] = [];
  const errors: ImportMessage[] = [];
  const empty: Body = { blocks: [], lines: [] };
  const fail = (line: number, message: string): Converted => {
    errors.push({ file: file.path, line, message });
    return { draft: false, body: empty, lineOf: () => 1, warnings, errors };
  };
  const text = file.text.replace(/^\uFEFF/, '');
  const other = OTHER_FRONT_MATTER.exec(text);
  if (other) return fail(1, `front matter in "${other[1]}" is not read (only YAML "---" and TOML "+++")`);

  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    return fail(1, `cannot parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ctx: Context = {
    warn: (line, message) => warnings.push({ file: file.path, line: line ?? 1, message }),
    definitions: new Map(),
  };
  const visit = (node: RootContent): void => {
    if (node.type === 'definition') ctx.definitions.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  tree.children.forEach(visit);

  let nodes = tree.children;
  let data: Record<string, unknown> = {};
  let lineOf = (_key: string): number => 1;
  // remark-frontmatter gives `yaml` and `toml` nodes; mdast's types know only `yaml`.
  const head = nodes[0] as { type: string; value?: unknown; position?: RootContent['position'] } | undefined;
  if ((head?.type === 'yaml' || head?.type === 'toml') && typeof head.value === 'string') {
    const firstLine = head.position?.start.line ?? 1;
    const read = readFrontMatter(head.type, head.value, firstLine);
    if (!read.ok) return fail(read.line, read.message);
    data = read.data;
    lineOf = keyLines(head.value, firstLine);
    nodes = nodes.slice(1);
  }
  const { fields, draft } = mapFrontMatter(data, lineOf, ctx);
  if (draft && !drafts) return { draft, body: empty, lineOf, warnings: [], errors: [] };

  // A leading `# Title` is the title when the front matter has none, and a repeat of it when it has.
  const lead = nodes[0];
  if (lead?.type === 'heading' && lead.depth === 1) {
    const title = plainText(lead).trim();
    if (fields.title === undefined && title) fields.title = title;
    if (title && title === fields.title) nodes = nodes.slice(1);
  }

  const body = toBlocks(nodes, ctx);
  const fromPath = slugFromPath(file.path);
  if (fields.slug === undefined && fromPath.slug) fields.slug = fromPath.slug;
  if (fields.date === undefined && fromPath.date) fields.date = fromPath.date;
  if (fields.readingMinutes === undefined)
    fields.readingMinutes = Math.max(1, Math.ceil(countWords(nodes) / WORDS_PER_MINUTE));
  if (body.blocks.length) fields.body = body.blocks;
  return { report: order(fields), draft, body, lineOf, warnings, errors };
}

/** The documented field order, so the JSON reads like hand-written content. */
const FIELD_ORDER = [
  'id',
  'title',
  'summary',
  'slug',
  'status',
  'severity',
  'tags',
  'category',
  'groups',
  'date',
  'updated',
  'readingMinutes',
  'url',
  'diagram',
  'outcomes',
  'timeline',
  'actionItems',
  'body',
];

function order(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}
