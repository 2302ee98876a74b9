import type { Plugin } from 'vite';

/**
 * Minifies the static text of Lit `css` tagged templates in `src/**\/*.ts` at build time: comments go,
 * whitespace runs collapse to one space, and spaces next to `{ } ; , >` (and after `:` and `(`, before
 * `)`) go, as does the last `;` of a block. Quoted strings, escapes and `${…}` interpolations are kept exactly as
 * written, and a space is never removed where CSS needs it (before `:` or `(`, around `+ - * /`).
 * Nothing else is touched: the rules, their order and every value reach the browser unchanged.
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'incident-elements:minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0] ?? '') || !code.includes('css`')) return null;
      const out = minifyCssTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

const TAG = /(?<![\w$.])css`/g;

/** Rewrites every css`…` template in a module's source; everything outside them is left alone. */
export function minifyCssTemplates(source: string): string {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    const start = m.index + m[0].length;
    const parts = splitTemplate(source, start);
    if (!parts) continue;
    out += source.slice(last, start);
    parts.statics.forEach((text, i) => {
      out += minifyCssText(text, i === 0, i === parts.statics.length - 1);
      if (i < parts.exprs.length) out += '${' + parts.exprs[i] + '}';
    });
    out += '`';
    last = parts.end;
    TAG.lastIndex = parts.end;
  }
  return out + source.slice(last);
}

interface TemplateParts {
  statics: string[];
  exprs: string[];
  /** Index just past the closing backtick. */
  end: number;
}

/** Splits a template literal whose text starts at `i` into its static parts and expression sources. */
function splitTemplate(src: string, i: number): TemplateParts | undefined {
  const statics: string[] = [];
  const exprs: string[] = [];
  let text = '';
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') {
      text += src.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      statics.push(text);
      return { statics, exprs, end: i + 1 };
    } else if (ch === '$' && src[i + 1] === '{') {
      statics.push(text);
      text = '';
      const close = skipExpression(src, i + 2);
      if (close < 0) return undefined;
      exprs.push(src.slice(i + 2, close));
      i = close + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return undefined;
}

/** Index of the `}` closing an interpolation that starts at `i`; -1 when the source is not understood. */
function skipExpression(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      // Simple strings only; a nested template with its own interpolations is refused.
      let j = i + 1;
      while (j < src.length && src[j] !== ch) {
        if (src[j] === '\\') j++;
        else if (ch === '`' && src[j] === '$' && src[j + 1] === '{') return -1;
        j++;
      }
      i = j;
    } else if (ch === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
      return -1;
    }
    i++;
  }
  return -1;
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
    } else {
      out += ch;
      i++;
    }
  }
  if (first) out = out.replace(/^ /, '');
  if (last) dropLast(' ');
  return out;
}
