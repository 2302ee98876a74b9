import { isSafeUrl } from './url.js';

/** A piece of inline text: what renderers turn into text nodes and elements (never into HTML strings). */
export type InlineNode =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: InlineNode[] }
  | { kind: 'em'; children: InlineNode[] }
  | { kind: 'link'; href: string; children: InlineNode[] };

/** Which constructs may still open; each is switched off inside itself, which also bounds the nesting. */
interface Allowed {
  strong: boolean;
  em: boolean;
  link: boolean;
}

const EVERYTHING: Allowed = { strong: true, em: true, link: true };
const ESCAPABLE = '\\`*[]()';
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/**
 * Parses the content format's inline subset. Supported, and nothing else:
 * - `` `code` ``: single backticks, content taken literally (no markup inside);
 * - `**strong**` and `*emphasis*`: the opening run must be followed, and the closing run preceded, by a
 *   non-space character (so `5 * 3 * 2` stays text); each may contain the other, code and links;
 * - `[label](url)`: the label ends at the first `]` and may contain code, strong and emphasis (links
 *   don't nest); the url runs to the matching `)` and may not contain spaces. A url failing the URL rule (`isSafeUrl`) leaves the whole construct as
 *   literal text;
 * - a backslash before one of `` \ ` * [ ] ( ) `` makes that character literal.
 * Unmatched markers are literal text; adjacent text is merged into one node. Never throws.
 */
export function parseInline(text: string): InlineNode[] {
  return typeof text === 'string' ? parseSpan(text, EVERYTHING) : [];
}

/**
 * Plain text as inline-subset text that renders exactly as written: every character the subset gives
 * a meaning (`` \ ` * [ ] ( ) ``) gets a backslash, so `parseInline(escapeInline(t))` is one text node
 * holding `t`. For fields that are plain text by their source's rules (a JSON Feed's `summary`).
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*[\]()]/g, '\\$&');
}

function textOf(node: InlineNode): string {
  return node.kind === 'text' || node.kind === 'code' ? node.text : node.children.map(textOf).join('');
}

/** The text inline markup leaves (`*fast* [fix](/x)` → `fast fix`). */
export function plainText(text: string): string {
  return parseInline(text).map(textOf).join('');
}

/** The `[label](url)` constructs in `text` whose url breaks the URL rule (and so render as plain text). */
export function findUnsafeLinks(text: string): string[] {
  const unsafe: string[] = [];
  parseSpan(text, EVERYTHING, (raw) => unsafe.push(raw));
  return unsafe;
}

function parseSpan(text: string, allowed: Allowed, onUnsafe?: (raw: string) => void): InlineNode[] {
  const nodes: InlineNode[] = [];
  const scan = new Scanner(text);
  let literal = '';
  const flush = (): void => {
    if (literal) nodes.push({ kind: 'text', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.includes(text.charAt(i + 1))) {
      literal += text.charAt(i + 1);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = scan.codeEnd(i);
      if (end > 0) {
        flush();
        nodes.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*') {
      const strong = text.charAt(i + 1) === '*';
      const width = strong ? 2 : 1;
      const kind = strong ? 'strong' : 'em';
      const end = allowed[kind] && !isSpace(text[i + width]) ? scan.emphasisEnd(i + width, strong) : -1;
      if (end > 0) {
        flush();
        const inner = parseSpan(text.slice(i + width, end), { ...allowed, [kind]: false }, onUnsafe);
        nodes.push({ kind, children: inner });
        i = end + width;
        continue;
      }
      literal += text.slice(i, i + width);
      i += width;
      continue;
    }
    if (ch === '[' && allowed.link) {
      const link = scan.link(i);
      if (link) {
        const href = text.slice(link.labelEnd + 2, link.end);
        if (isSafeUrl(href)) {
          flush();
          const label = parseSpan(text.slice(i + 1, link.labelEnd), { ...allowed, link: false }, onUnsafe);
          nodes.push({ kind: 'link', href, children: label });
        } else {
          onUnsafe?.(text.slice(i, link.end + 1));
          literal += text.slice(i, link.end + 1);
        }
        i = link.end + 1;
        continue;
      }
    }
    literal += ch;
    i++;
  }
  flush();
  return nodes;
}

/**
 * Finds closing markers, skipping code spans and escapes. A failed search is remembered: when no closer
 * exists after position p, none exists after any later position either, so long runs of unmatched
 * markers stay linear instead of rescanning the rest of the text each time.
 */
class Scanner {
  readonly #noCloserFrom = new Map<string, number>();
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** Index of the backtick closing a code span opened at `open`, or -1 (empty spans are not spans). */
  codeEnd(open: number): number {
    const end = this.#text.indexOf('`', open + 1);
    return end > open + 1 ? end : -1;
  }

  /** Index of the `*` / `**` closing emphasis whose content starts at `from`, or -1. */
  emphasisEnd(from: number, strong: boolean): number {
    return this.#remember(strong ? '**' : '*', from, () => {
      const text = this.#text;
      for (let k = from; k < text.length; k++) {
        const ch = text.charAt(k);
        if (ch === '\\') k++;
        else if (ch === '`') k = Math.max(k, this.codeEnd(k));
        else if (ch === '*') {
          const pair = text.charAt(k + 1) === '*';
          if (pair === strong && k > from && !isSpace(text[k - 1])) return k;
          if (pair) k++; // a `**` run is never half of a single `*` closer, nor the reverse
        }
      }
      return -1;
    });
  }

  /** Bounds of `[label](url)` opened at `open`: index of `]` and of the closing `)`. */
  link(open: number): { labelEnd: number; end: number } | undefined {
    const labelEnd = this.#remember(']', open + 1, () => {
      for (let k = open + 1; k < this.#text.length; k++) {
        const ch = this.#text.charAt(k);
        if (ch === '\\') k++;
        else if (ch === '`') k = Math.max(k, this.codeEnd(k));
        else if (ch === ']') return k;
      }
      return -1;
    });
    if (labelEnd <= open + 1 || this.#text.charAt(labelEnd + 1) !== '(') return undefined;
    const end = this.#remember(')', labelEnd + 2, () => {
      let depth = 0;
      for (let k = labelEnd + 2; k < this.#text.length; k++) {
        const ch = this.#text.charAt(k);
        if (/\s/.test(ch)) return -2; // a space ends the attempt, not every later one
        if (ch === '(') depth++;
        else if (ch === ')' && depth-- === 0) return k;
      }
      return -1;
    });
    return end > labelEnd + 2 ? { labelEnd, end } : undefined;
  }

  /** Runs `search` unless an earlier search for `key` from an earlier position already found nothing. */
  #remember(key: string, from: number, search: () => number): number {
    if (from >= (this.#noCloserFrom.get(key) ?? Infinity)) return -1;
    const found = search();
    if (found === -1) this.#noCloserFrom.set(key, from);
    return found;
  }
}
