/**
 * Markdown inline content (mdast phrasing nodes) → the content format's inline subset: `code`,
 * **strong**, *emphasis* and [links](url) under the URL rule. Everything else becomes text or is
 * dropped with a warning; literal markers in text are escaped so they stay literal.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { escapeInline } from '../data/inline.js';
import { isSafeUrl } from '../data/url.js';

/** What the converters share while reading one file. */
export interface Context {
  /** Records a warning at a 1-based line of the source file. */
  warn(line: number | undefined, message: string): void;
  /** Link reference definitions (`[id]: url`) by normalised identifier. */
  definitions: Map<string, string>;
}

/** Constructs still allowed at this depth: the subset does not nest a construct inside itself. */
interface Open {
  strong: boolean;
  em: boolean;
}

/** Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and Liquid / Nunjucks tags (`{% x %}`, `{{ x }}`): template code, not text. */
const TEMPLATE_TAG = /\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

/** A short, one-line quotation of source text for a message. */
export function excerpt(text: string, max = 40): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

/** Plain text of a node (headings, titles, cites): markup removed, HTML, images and footnotes left out. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (!('children' in node) || node.type === 'footnoteDefinition') return '';
  return (node.children as Nodes[]).map(plainText).join('');
}

/** Removes template tags from text, with a warning for each. */
export function dropTemplateTags(value: string, line: number | undefined, ctx: Context): string {
  return value.replace(TEMPLATE_TAG, (tag, offset: number) => {
    const at = line === undefined ? undefined : line + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
    ctx.warn(at, `template tag dropped: ${excerpt(tag)}`);
    return '';
  });
}

/** Wraps `inner` in a marker, moving outer spaces outside (the subset needs the marker next to text). */
function wrap(inner: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  return core ? `${lead}${marker}${core}${marker}${trail}` : inner;
}

/** A URL as the subset's link syntax can carry it: no spaces, no parentheses. */
const linkTarget = (url: string): string =>
  url.replace(/\s/g, (ch) => encodeURIComponent(ch)).replace(/[()]/g, (ch) => (ch === '(' ? '%28' : '%29'));

function link(
  node: PhrasingContent & { children: PhrasingContent[] },
  url: string,
  ctx: Context,
  open: Open,
) {
  const label = inline(node.children, ctx, open);
  if (!url) return label;
  if (!isSafeUrl(url)) {
    const scheme = /^[^:/?#]*:/.exec(url.trim())?.[0] ?? url;
    ctx.warn(lineOf(node), `link with a "${excerpt(scheme)}" URL shown as its text`);
    return label;
  }
  return `[${label.trim() ? label : escapeInline(url)}](${linkTarget(url)})`;
}

function one(node: PhrasingContent, ctx: Context, open: Open): string {
  switch (node.type) {
    case 'text':
      return escapeInline(dropTemplateTags(node.value, lineOf(node), ctx));
    case 'break':
      return '\n';
    case 'inlineCode':
      // A code span ends at the first backtick; one that contains a backtick can only be text.
      return node.value.includes('`') ? escapeInline(node.value) : node.value ? `\`${node.value}\`` : '';
    case 'strong': {
      const inner = inline(node.children, ctx, { ...open, strong: false });
      return open.strong ? wrap(inner, '**') : inner;
    }
    case 'emphasis': {
      const inner = inline(node.children, ctx, { ...open, em: false });
      return open.em ? wrap(inner, '*') : inner;
    }
    case 'delete':
      ctx.warn(lineOf(node), 'strikethrough shown as plain text');
      return inline(node.children, ctx, open);
    case 'link':
      return link(node, node.url, ctx, open);
    case 'linkReference':
      return link(node, ctx.definitions.get(node.identifier.toLowerCase()) ?? '', ctx, open);
    case 'image':
    case 'imageReference':
      ctx.warn(lineOf(node), `image dropped${node.alt ? `: ${excerpt(node.alt)}` : ''}`);
      return '';
    case 'html':
      // Comments (`<!--more-->` excerpt markers, notes to self) are not content, and a closing tag
      // was reported with its opening one: both dropped quietly.
      if (!/^(?:<!--[\s\S]*-->|<\/[^>]*>)$/.test(node.value.trim()))
        ctx.warn(lineOf(node), `raw HTML dropped: ${excerpt(node.value)}`);
      return '';
    case 'inlineMath':
      ctx.warn(lineOf(node), `math dropped: ${excerpt(node.value)}`);
      return '';
    case 'footnoteReference':
      ctx.warn(lineOf(node), `footnote reference dropped: [^${node.label ?? node.identifier}]`);
      return '';
    default:
      return escapeInline(plainText(node));
  }
}

function inline(nodes: PhrasingContent[], ctx: Context, open: Open): string {
  return nodes.map((node) => one(node, ctx, open)).join('');
}

/**
 * Phrasing content as inline-subset text. Line breaks are kept as `\n` (callers look for a cite on
 * the last line, then fold them with {@link foldLines}).
 */
export function toInline(nodes: PhrasingContent[], ctx: Context): string {
  return inline(nodes, ctx, { strong: true, em: true });
}

/** Line breaks (and the spaces around them) become one space; outer space trimmed. */
export const foldLines = (text: string): string => text.replace(/[ \t]*\n[ \t\n]*/g, ' ').trim();
