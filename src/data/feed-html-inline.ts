/**
 * The inline half of `feed-html.ts`: collects a block's inline HTML (`<strong>`, `<em>`, `<code>`,
 * `<a href>`) as a small tree, then writes it out in the content format's inline subset with every
 * literal marker escaped, so text from HTML can never turn into markup it did not have.
 */
import { escapeInline, parseInline, type InlineNode } from './inline.js';
import { cleanUrl, isSafeUrl } from './url.js';

type Container =
  { kind: 'strong' | 'em'; children: Node[] } | { kind: 'link'; href: string; children: Node[] };
type Node = { kind: 'text'; text: string } | { kind: 'code'; text: string } | Container;

/** Deeper inline nesting is kept as text: real posts never get near it, and it bounds the recursion. */
const MAX_DEPTH = 24;

/** A link target as the inline syntax can hold it (no spaces, no parentheses), or undefined if unsafe. */
export function linkTarget(href: string): string | undefined {
  const url = cleanUrl(href).replace(/\s/g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
  return url !== '' && isSafeUrl(url) ? url : undefined;
}

/** One block's inline content while it is being read. */
export class InlineCollector {
  readonly #root: Node[] = [];
  readonly #open: Container[] = [];
  #code: { kind: 'code'; text: string } | undefined;
  /** The last text added; it starts as a "line start" so leading spaces are dropped. */
  #last = '\n';

  get #children(): Node[] {
    return this.#open.at(-1)?.children ?? this.#root;
  }

  /** Adds text (already whitespace-collapsed by the caller, or a deliberate line break). */
  text(text: string): void {
    // HTML collapses a space after a space (or a line break): e.g. `</p> <p>` inside a list item.
    if (text.startsWith(' ') && /\s$/.test(this.#last)) text = text.slice(1);
    if (text === '') return;
    this.#last = text;
    if (this.#code) {
      this.#code.text += text;
      return;
    }
    const last = this.#children.at(-1);
    if (last?.kind === 'text') last.text += text;
    else this.#children.push({ kind: 'text', text });
  }

  /** Opens an inline element; returns a token for `close`, or undefined when it is kept as text. */
  start(kind: 'strong' | 'em' | 'code' | 'link', href = ''): object | undefined {
    if (this.#code || this.#open.length >= MAX_DEPTH) return undefined;
    if (kind === 'code') {
      this.#code = { kind: 'code', text: '' };
      this.#children.push(this.#code);
      return this.#code;
    }
    if (kind === 'link' && this.#open.some((node) => node.kind === 'link')) return undefined; // no nesting
    const node: Container = kind === 'link' ? { kind, href, children: [] } : { kind, children: [] };
    this.#children.push(node);
    this.#open.push(node);
    return node;
  }

  /** Closes what `start` opened (and anything left open inside it). */
  close(token: object): void {
    if (token === this.#code) this.#code = undefined;
    const at = this.#open.indexOf(token as Container);
    if (at >= 0) this.#open.length = at;
  }

  /** The plain text, and the same text in the inline subset. */
  finish(): { markup: string; plain: string } {
    const { markup, plain } = write(this.#root, new Set());
    const tidy = (s: string) =>
      s
        .replace(/ *\n */g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const result = { markup: tidy(markup), plain: tidy(plain) };
    // The inline parser must read back exactly the text; if some combination of markers defeats it
    // (e.g. `***` runs), fall back to the text, fully escaped: formatting is lost, never words.
    if (textOf(parseInline(result.markup)) !== result.plain) result.markup = escapeInline(result.plain);
    return result;
  }
}

function textOf(nodes: InlineNode[]): string {
  return nodes.map((node) => ('text' in node ? node.text : textOf(node.children))).join('');
}

/** Moves leading and trailing spaces outside a marker pair: `* x *` is not emphasis, ` *x* ` is. */
function wrap(open: string, close: string, inner: { markup: string; plain: string }) {
  const core = inner.markup.trim();
  if (core === '') return inner;
  const lead = /^\s*/.exec(inner.markup)?.[0] ?? '';
  const trail = /\s*$/.exec(inner.markup)?.[0] ?? '';
  return { markup: `${lead}${open}${core}${close}${trail}`, plain: inner.plain };
}

/**
 * Writes nodes out. Inside emphasis (`inEmphasis`), emphasis touching either edge is written without
 * its markers: `<em><strong>x</strong></em>` as `***x***` is a run the parser cannot split.
 */
function write(nodes: Node[], inside: Set<string>, inEmphasis = false): { markup: string; plain: string } {
  let markup = '';
  let plain = '';
  const solid = nodes.filter((node) => node.kind !== 'text' || node.text.trim() !== '');
  const edges = inEmphasis ? [solid[0], solid.at(-1)] : [];
  for (const node of nodes) {
    let part: { markup: string; plain: string };
    if (edges.includes(node) && (node.kind === 'strong' || node.kind === 'em')) {
      part = write(node.children, new Set([...inside, 'strong', 'em']));
      markup += part.markup;
      plain += part.plain;
      continue;
    }
    if (node.kind === 'text') part = { markup: escapeInline(node.text), plain: node.text };
    else if (node.kind === 'code') {
      // A code span ends at the first backtick and cannot be empty: such code stays escaped text.
      const usable = !node.text.includes('`') && node.text.trim() !== '';
      part = usable
        ? wrap('`', '`', { markup: node.text, plain: node.text })
        : { markup: escapeInline(node.text), plain: node.text };
    } else {
      const inner = write(node.children, new Set([...inside, node.kind]), node.kind !== 'link');
      if (inside.has(node.kind)) part = inner;
      else if (node.kind === 'link') {
        part = inner.plain.trim() === '' ? inner : wrap('[', `](${node.href})`, inner);
      } else {
        const marker = node.kind === 'strong' ? '**' : '*';
        part = wrap(marker, marker, inner);
      }
    }
    markup += part.markup;
    plain += part.plain;
  }
  return { markup, plain };
}
