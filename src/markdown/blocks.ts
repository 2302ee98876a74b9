/**
 * Markdown blocks (mdast) → the content format's body blocks. What the format cannot hold is dropped
 * with a warning at its source line; nothing is ever passed on as HTML.
 */
import type { Blockquote, Code, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { dropTemplateTags, excerpt, foldLines, plainText, toInline, type Context } from './inline.js';

/** A body block in the content format's input form. */
export type BlockInput =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | { type: 'list'; items: string[]; ordered: boolean }
  | { type: 'code'; code: string; lang?: string }
  | { type: 'diagram'; ascii: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'callout'; tone: 'info' | 'warning' | 'danger'; text: string };

/** Blocks with the source line each came from, for messages about them. */
export interface Body {
  blocks: BlockInput[];
  lines: number[];
}

/** Fences whose content is drawn rather than code, when it has box-drawing characters or arrows. */
const DIAGRAM_LANGS = new Set(['text', 'ascii']);
const DRAWING = /[\u2500-\u257F▶◀▲▼→]/;

/** GitHub alert kinds → callout tones. */
const ALERT_TONES = {
  note: 'info',
  tip: 'info',
  important: 'info',
  warning: 'warning',
  caution: 'danger',
} as const;
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*\n?/i;

/** A last line that attributes a quote: "— Name", "-- Name" (also "―" and "–"). */
const CITE = /^\s*(?:—|―|–|--)\s*(\S.*?)\s*$/;

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

class Builder {
  readonly body: Body = { blocks: [], lines: [] };
  readonly #ctx: Context;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  #push(block: BlockInput, line: number): void {
    this.body.blocks.push(block);
    this.body.lines.push(line);
  }

  add(node: RootContent): void {
    const ctx = this.#ctx;
    switch (node.type) {
      case 'paragraph': {
        const text = foldLines(toInline(node.children, ctx));
        if (text) this.#push({ type: 'paragraph', text }, lineOf(node));
        return;
      }
      case 'heading': {
        const text = foldLines(dropTemplateTags(plainText(node), lineOf(node), ctx));
        const level = Math.min(Math.max(node.depth, 2), 4) as 2 | 3 | 4;
        if (text) this.#push({ type: 'heading', text, level }, lineOf(node));
        return;
      }
      case 'list':
        return this.#list(node);
      case 'code':
        return this.#code(node);
      case 'blockquote':
        return this.#quote(node);
      case 'html':
        if (!/^<!--[\s\S]*-->$/.test(node.value.trim()))
          ctx.warn(lineOf(node), `raw HTML dropped: ${excerpt(node.value)}`);
        return;
      case 'definition':
        return; // read beforehand: links that use it carry its URL
      case 'thematicBreak':
        ctx.warn(lineOf(node), 'thematic break dropped');
        return;
      case 'table':
        ctx.warn(lineOf(node), 'table dropped');
        return;
      case 'math':
        ctx.warn(lineOf(node), `math dropped: ${excerpt(node.value)}`);
        return;
      case 'footnoteDefinition':
        ctx.warn(lineOf(node), `footnote dropped: [^${node.label ?? node.identifier}]`);
        return;
      default:
        ctx.warn(lineOf(node), `${node.type} dropped`);
    }
  }

  #code(node: Code): void {
    const lang = node.lang?.trim() || undefined;
    if (!node.value.trim()) {
      this.#ctx.warn(lineOf(node), 'empty code block dropped');
      return;
    }
    if (lang && DIAGRAM_LANGS.has(lang.toLowerCase()) && DRAWING.test(node.value)) {
      this.#push({ type: 'diagram', ascii: node.value }, lineOf(node));
      return;
    }
    this.#push(
      lang ? { type: 'code', code: node.value, lang } : { type: 'code', code: node.value },
      lineOf(node),
    );
  }

  /**
   * A list, flattened: a nested list's items follow their parent item in the same list (with a
   * warning, since the nesting is lost); other blocks inside an item end the list, follow it, and a
   * new list carries on after them.
   */
  #list(node: List): void {
    const ordered = node.ordered === true;
    let items: string[] = [];
    let line = lineOf(node);
    const flush = (): void => {
      if (items.length) this.#push({ type: 'list', items, ordered }, line);
      items = [];
    };
    const walk = (item: ListItem): void => {
      const box = item.checked === true ? '\\[x\\] ' : item.checked === false ? '\\[ \\] ' : '';
      let texts: string[] = [];
      const takeText = (): void => {
        const text = foldLines(texts.join('\n'));
        if (text) items.push(box + text);
        texts = [];
      };
      for (const child of item.children) {
        if (child.type === 'paragraph') texts.push(toInline(child.children, this.#ctx));
        else if (child.type === 'list') {
          takeText();
          this.#ctx.warn(lineOf(child), 'nested list flattened into its parent list');
          child.children.forEach(walk);
        } else {
          takeText();
          flush();
          this.add(child);
          line = (child.position?.end.line ?? line) + 1;
        }
      }
      takeText();
    };
    node.children.forEach(walk);
    flush();
  }

  /** A blockquote: a GitHub alert becomes a callout, anything else a quote with an optional cite. */
  #quote(node: Blockquote): void {
    const paragraphs: Paragraph[] = [];
    const others: RootContent[] = [];
    for (const child of node.children) (child.type === 'paragraph' ? paragraphs : others).push(child);
    const first = paragraphs[0]?.children[0];
    const alert = first?.type === 'text' ? ALERT.exec(first.value) : null;
    if (first?.type === 'text' && alert) {
      // Read the alert without its marker: a shallow copy of the first text node, marker cut off.
      const marker = alert[0];
      paragraphs[0] = {
        ...paragraphs[0]!,
        children: [
          { ...first, value: first.value.slice(marker.length) },
          ...paragraphs[0]!.children.slice(1),
        ],
      };
    }
    const texts = paragraphs.map((paragraph) => toInline(paragraph.children, this.#ctx));
    let cite: string | undefined;
    const last = paragraphs.at(-1);
    if (!alert && last) {
      const lines = plainText(last).split('\n');
      const match = CITE.exec(lines.at(-1) ?? '');
      if (match) {
        cite = match[1];
        const text = texts.at(-1) ?? '';
        const cut = text.lastIndexOf('\n');
        texts[texts.length - 1] = cut < 0 ? '' : text.slice(0, cut);
      }
    }
    const text = texts.map(foldLines).filter(Boolean).join(' ');
    const kind = alert?.[1]?.toLowerCase() as keyof typeof ALERT_TONES | undefined;
    if (!text) this.#ctx.warn(lineOf(node), `empty ${kind ? 'alert' : 'quote'} dropped`);
    else if (kind) this.#push({ type: 'callout', tone: ALERT_TONES[kind], text }, lineOf(node));
    else this.#push(cite ? { type: 'quote', text, cite } : { type: 'quote', text }, lineOf(node));
    for (const other of others) this.add(other);
  }
}

/** Converts a document's top-level nodes (front matter and title already taken off) to blocks. */
export function toBlocks(nodes: RootContent[], ctx: Context): Body {
  const builder = new Builder(ctx);
  for (const node of nodes) builder.add(node);
  return builder.body;
}
