import { parseAst, type Plugin } from 'vite';

/**
 * Minifies the static text of Lit's tagged templates in `src/**\/*.ts` at build time, as parsed
 * (after TypeScript is stripped), so `${…}` interpolations and nested templates are never touched:
 *
 * - css``: comments go, whitespace runs collapse to one space, spaces next to `{ } ; , >` (and
 *   after `:` and `(`, before `)`) go, as does the last `;` of a block. Quoted strings and escapes
 *   are kept exactly, and no space CSS needs is removed (before `:` or `(`, around `+ - * /`). A
 *   number's leading zero goes (`0.5em` → `.5em`, the same number). The rules, their order and every
 *   value reach the browser unchanged.
 * - html``: the indentation after a line break goes (a newline and its indentation become one
 *   newline). Whitespace with a line break in it renders as one space wherever whitespace collapses,
 *   and it never occurs inside preformatted content in this code base (those templates keep their
 *   whitespace inside tags); between attributes it is just a separator. No text node is added or removed.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'incident-elements:minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0] ?? '') || !/\b(css|html)`/.test(code)) return null;
      const out = minifyTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Rewrites the static text of every css`` and html`` template in a JavaScript module. */
export function minifyTemplates(code: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'TaggedTemplateExpression') {
      const tag = node['tag'] as Node & { name?: string };
      const quasis = (node['quasi'] as { quasis: Node[] }).quasis;
      if (tag.type === 'Identifier' && (tag.name === 'css' || tag.name === 'html')) {
        quasis.forEach((quasi, i) => {
          const raw = code.slice(quasi.start, quasi.end);
          const text =
            tag.name === 'css'
              ? minifyCssText(raw, i === 0, i === quasis.length - 1)
              : raw.replace(/\n[ \t]+/g, '\n');
          if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
        });
      }
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code));
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Characters a space next to which never matters in CSS. */
const TIGHT = new Set(['{', '}', ';', ',', '>']);

/**
 * Minifies one static part of a css`` template (raw template text). `first` and `last` say whether
 * it starts or ends the whole template (then its outer whitespace goes entirely; next to an
 * interpolation one space is kept unless a tight character makes it unnecessary).
 */
export function minifyCssText(raw: string, first: boolean, last: boolean): string {
  let out = '';
  // Length of `out` copied verbatim (strings, escapes): never shortened.
  let kept = 0;
  let i = 0;
  const verbatim = (text: string) => {
    out += text;
    kept = out.length;
  };
  const pushSpace = () => {
    if (!out.endsWith(' ') || out.length === kept) out += ' ';
  };
  const dropLast = (ch: string) => {
    if (out.length > kept && out.endsWith(ch)) out = out.slice(0, -1);
  };
  const skipSpaceAndComments = () => {
    for (;;) {
      while (i < raw.length && /\s/.test(raw[i]!)) i++;
      if (!raw.startsWith('/*', i)) return;
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
    }
  };
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === '\\') {
      verbatim(raw.slice(i, i + 2));
      i += 2;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== ch) j += raw[j] === '\\' ? 2 : 1;
      verbatim(raw.slice(i, j + 1));
      i = j + 1;
    } else if (ch === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      pushSpace();
    } else if (/\s/.test(ch)) {
      pushSpace();
      i++;
    } else if (ch === ')') {
      dropLast(' ');
      out += ch;
      i++;
    } else if (TIGHT.has(ch) || ch === ':' || ch === '(') {
      if (TIGHT.has(ch)) dropLast(' ');
      if (ch === '}') dropLast(';');
      out += ch;
      i++;
      skipSpaceAndComments();
    } else if (ch === '0' && /^\.\d/.test(raw.slice(i + 1, i + 3)) && /[\s:(,*/+]/.test(out.at(-1) ?? '')) {
      i++; // `0.5em` → `.5em`: the same number, a byte shorter (not after a digit, letter, `-` or `.`)
    } else {
      out += ch;
      i++;
    }
  }
  if (first) out = out.replace(/^ /, '');
  if (last) dropLast(' ');
  return out;
}
