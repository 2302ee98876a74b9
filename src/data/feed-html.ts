/**
 * A JSON Feed item's `content_html` as body blocks. Read with htmlparser2's streaming `Parser` (no DOM,
 * nothing is ever handed to the browser as HTML): the callbacks rebuild only what the content format
 * can hold (paragraphs, headings, lists, code, quotes and the inline subset) and keep everything else
 * as text. Scripts, styles, embeds and comments are dropped; attributes other than `href`, `alt` and a
 * code language are never read, so event handlers cannot survive. Loaded lazily, only for feeds that
 * carry `content_html`.
 */
import { Parser } from 'htmlparser2';
import { InlineCollector, linkTarget } from './feed-html-inline.js';

/** A body block in the content format's input shape (what `body` accepts). */
export type BlockInput =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | { type: 'list'; items: string[]; ordered: boolean }
  | { type: 'code'; code: string; lang?: string }
  | { type: 'quote'; text: string };

/** A warning about the HTML, located relative to the `content_html` field. */
export interface HtmlWarning {
  path: (string | number)[];
  message: string;
}

/** What `htmlToBlocks` returns: the blocks, the whole plain text (for excerpts) and warnings. */
export interface HtmlConversion {
  blocks: BlockInput[];
  text: string;
  warnings: HtmlWarning[];
}

/** Elements dropped with everything inside them: code, styling, embeds and media fallbacks. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'canvas',
  'audio', 'video', 'frameset', 'frame', 'head', 'title', 'select', 'textarea', 'button',
]); // prettier-ignore

/** Elements that end a paragraph (or, inside a list item or quote, separate its text). */
const BOUNDARIES = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure',
  'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody',
  'tfoot', 'tr', 'address', 'center', 'hgroup', 'form', 'fieldset', 'legend', 'hr', 'body', 'html',
]); // prettier-ignore

const HEADING_LEVELS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const INLINE: Record<string, 'strong' | 'em' | 'code' | 'link'> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  code: 'code',
  a: 'link',
};

/** HTML's own whitespace (not U+00A0, which is kept as written). */
const collapse = (text: string): string => text.replace(/[ \t\n\f\r]+/g, ' ');

/** `language-go`, `lang-go` (class) or `data-lang="go"`; undefined when absent or odd. */
function languageOf(attributes: Record<string, string>): string | undefined {
  const fromClass = /(?:^|\s)lang(?:uage)?-([\w#+.-]{1,40})(?:\s|$)/.exec(attributes.class ?? '')?.[1];
  const lang = fromClass ?? attributes['data-lang'];
  return lang && /^[\w#+.-]{1,40}$/.test(lang) ? lang : undefined;
}

type LeafKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'code';
interface Leaf {
  kind: LeafKind;
  inline: InlineCollector;
  code: string;
  level: 2 | 3 | 4;
  lang: string | undefined;
}

/** What an open element did, undone when it closes. */
type Entry =
  | { action: 'none' | 'drop' | 'boundary' | 'list' }
  | { action: 'leaf'; leaf: Leaf }
  | { action: 'inline'; leaf: Leaf; token: object };

class Converter {
  readonly blocks: BlockInput[] = [];
  readonly #texts: string[] = [];
  readonly #messages = new Set<string>();
  readonly #stack: Entry[] = [];
  readonly #langs: (string | undefined)[] = [];
  #leaf: Leaf | undefined;
  #list: { items: string[]; texts: string[]; ordered: boolean; depth: number } | undefined;
  #dropping = 0;

  get plainText(): string {
    return this.#texts.join('\n\n');
  }

  get warnings(): HtmlWarning[] {
    return [...this.#messages].map((message) => ({ path: [], message }));
  }

  open(name: string, attributes: Record<string, string>): void {
    this.#langs.push(languageOf(attributes) ?? this.#langs.at(-1));
    this.#stack.push(this.#opened(name, attributes));
  }

  close(): void {
    this.#langs.pop();
    const entry = this.#stack.pop();
    if (entry?.action === 'drop') this.#dropping--;
    else if (entry?.action === 'boundary') this.#boundary();
    else if (entry?.action === 'leaf' && entry.leaf === this.#leaf) this.#finishLeaf();
    else if (entry?.action === 'inline' && entry.leaf === this.#leaf) entry.leaf.inline.close(entry.token);
    else if (entry?.action === 'list' && this.#list) {
      this.#finishLeaf();
      if (--this.#list.depth === 0) this.#finishList();
    }
  }

  text(data: string): void {
    if (this.#dropping > 0) return;
    if (this.#leaf?.kind === 'code') this.#leaf.code += data;
    else if (this.#leaf || /[^ \t\n\f\r]/.test(data)) this.#inlineLeaf().inline.text(collapse(data));
  }

  end(): void {
    this.#finishLeaf();
    this.#finishList();
  }

  #opened(name: string, attributes: Record<string, string>): Entry {
    if (this.#dropping > 0) return { action: 'none' };
    if (DROPPED.has(name)) {
      this.#dropping++;
      this.#messages.add(`<${name}> is dropped with its content`);
      return { action: 'drop' };
    }
    if (name === 'br') {
      if (this.#leaf?.kind === 'code') this.#leaf.code += '\n';
      else if (this.#leaf) this.#leaf.inline.text('\n');
      return { action: 'none' };
    }
    if (name === 'img') {
      const alt = collapse(attributes.alt ?? '').trim();
      this.#messages.add('images are not shown; their alt text is kept as text');
      if (alt) this.text(alt);
      return { action: 'none' };
    }
    if (name === 'td' || name === 'th') {
      if (this.#leaf) this.text(' ');
      return { action: 'none' };
    }
    const blockLevel = name in HEADING_LEVELS || name === 'pre' || name === 'blockquote';
    if (blockLevel || name === 'ul' || name === 'ol' || name === 'li') return this.#openBlock(name);
    if (BOUNDARIES.has(name)) {
      this.#boundary();
      return { action: 'boundary' };
    }
    const kind = INLINE[name];
    if (this.#leaf?.kind === 'code') {
      if (name === 'code') this.#leaf.lang = languageOf(attributes) ?? this.#leaf.lang; // <pre><code class>
      return { action: 'none' };
    }
    if (!kind) return { action: 'none' };
    if (kind === 'link') {
      const href = attributes.href === undefined ? undefined : linkTarget(attributes.href);
      if (attributes.href !== undefined && href === undefined && attributes.href.trim() !== '')
        this.#messages.add('a link whose URL breaks the URL rule is kept as its text');
      if (href === undefined) return { action: 'none' };
      const leaf = this.#inlineLeaf();
      const token = leaf.inline.start('link', href);
      return token ? { action: 'inline', leaf, token } : { action: 'none' };
    }
    const leaf = this.#inlineLeaf();
    const token = leaf.inline.start(kind);
    return token ? { action: 'inline', leaf, token } : { action: 'none' };
  }

  /** Headings, pre, blockquote, lists: blocks of their own at the top, text separators inside others. */
  #openBlock(name: string): Entry {
    if (this.#list && (name === 'ul' || name === 'ol')) {
      this.#finishLeaf(); // nested lists are flattened into the outer one
      this.#list.depth++;
      return { action: 'list' };
    }
    if (this.#list && name === 'li') {
      this.#finishLeaf();
      return { action: 'leaf', leaf: (this.#leaf = this.#newLeaf('item')) };
    }
    if (this.#list || (this.#leaf && this.#leaf.kind !== 'paragraph') || name === 'li') {
      this.#boundary();
      return { action: 'boundary' };
    }
    this.#finishLeaf();
    if (name === 'ul' || name === 'ol') {
      this.#list = { items: [], texts: [], ordered: name === 'ol', depth: 1 };
      return { action: 'list' };
    }
    const kind = name === 'pre' ? 'code' : name === 'blockquote' ? 'quote' : 'heading';
    const leaf = (this.#leaf = this.#newLeaf(kind));
    leaf.level = HEADING_LEVELS[name] ?? 2;
    leaf.lang = kind === 'code' ? this.#langs.at(-1) : undefined;
    return { action: 'leaf', leaf };
  }

  #newLeaf(kind: LeafKind): Leaf {
    return { kind, inline: new InlineCollector(), code: '', level: 2, lang: undefined };
  }

  /** The leaf that takes inline content, opened on demand (a paragraph, or a list item in a list). */
  #inlineLeaf(): Leaf {
    this.#leaf ??= this.#newLeaf(this.#list ? 'item' : 'paragraph');
    return this.#leaf;
  }

  #boundary(): void {
    const leaf = this.#leaf;
    if (!leaf) return;
    if (leaf.kind === 'paragraph') this.#finishLeaf();
    else if (leaf.kind === 'code') leaf.code += '\n';
    else leaf.inline.text(leaf.kind === 'quote' ? '\n\n' : ' ');
  }

  #finishLeaf(): void {
    const leaf = this.#leaf;
    this.#leaf = undefined;
    if (!leaf) return;
    if (leaf.kind === 'code') {
      // Like a browser, drop the newline right after <pre>; trailing blank lines carry nothing.
      const code = leaf.code.replace(/^\r?\n/, '').trimEnd();
      if (code.trim() === '') return;
      this.blocks.push(leaf.lang ? { type: 'code', code, lang: leaf.lang } : { type: 'code', code });
      this.#texts.push(code);
      return;
    }
    const { markup, plain } = leaf.inline.finish();
    if (plain === '') return;
    if (leaf.kind === 'item' && this.#list) {
      this.#list.items.push(markup);
      this.#list.texts.push(plain);
      return;
    }
    if (leaf.kind === 'heading') {
      const text = plain.replace(/\s+/g, ' '); // heading text is plain, not the inline subset
      this.blocks.push({ type: 'heading', text, level: leaf.level });
      this.#texts.push(text);
      return;
    }
    this.blocks.push({ type: leaf.kind === 'quote' ? 'quote' : 'paragraph', text: markup });
    this.#texts.push(plain);
  }

  #finishList(): void {
    const list = this.#list;
    this.#list = undefined;
    if (!list || list.items.length === 0) return;
    this.blocks.push({ type: 'list', items: list.items, ordered: list.ordered });
    this.#texts.push(list.texts.join('\n'));
  }
}

/**
 * Converts a feed item's `content_html` into body blocks in the content format's input shape, its
 * plain text, and warnings for what was dropped. Never throws; text is never read as markup.
 */
export function htmlToBlocks(html: string): HtmlConversion {
  const converter = new Converter();
  if (typeof html === 'string') {
    const parser = new Parser(
      {
        onopentag: (name, attributes) => converter.open(name, attributes),
        onclosetag: () => converter.close(),
        ontext: (data) => converter.text(data),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(html);
    parser.end();
  }
  converter.end();
  return { blocks: converter.blocks, text: converter.plainText, warnings: converter.warnings };
}
