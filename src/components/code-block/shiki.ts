/**
 * The lazy Shiki chunk: the few Shiki pieces a code block uses (Shiki's fine-grained core and the
 * JavaScript regex engine: no WebAssembly, no eval), the one highlighter every block shares, and
 * what only matters once tokens exist (turning them into coloured runs that reach AA contrast).
 * `highlighter.ts` imports it with `import()` the first time a block with a supported language
 * appears; `import()` of `shiki/core` itself would keep every export (HTML rendering included).
 *
 * Imports nothing of the core bundle at run time: the language loader and the colour maths are
 * passed in (see `readable.ts` for why).
 */
import type { LanguageRegistration, ShikiPrimitive, ThemeRegistration } from 'shiki/core';
import { codeToTokensBase, createShikiPrimitiveAsync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { CodeToken } from './highlight-controller.js';
import { ensureContrast, type ColourMaths } from './readable.js';
import type { Rgb } from './contrast.js';

/** What a language loader in `highlighter.ts` resolves to: a grammar chunk. */
export type LanguageModule = { default: LanguageRegistration[] };
type ThemeModule = { default: ThemeRegistration };

/**
 * The Shiki themes a code block uses, each its own chunk. Listed here rather than in `highlighter.ts`
 * (with the languages): a theme is only ever loaded once this chunk is.
 */
const THEMES = {
  'github-light': () => import('@shikijs/themes/github-light') as Promise<ThemeModule>,
  'github-dark': () => import('@shikijs/themes/github-dark') as Promise<ThemeModule>,
  'vitesse-black': () => import('@shikijs/themes/vitesse-black') as Promise<ThemeModule>,
} as const;

/** A Shiki theme a code block uses. */
export type CodeTheme = keyof typeof THEMES;

/** What `highlight` hands back. */
export interface Highlighted {
  /** The theme's background colour. */
  bg: string;
  /** The highlighted lines, every colour lifted to AA contrast against each of `backgrounds`. */
  lines(backgrounds: readonly Rgb[], maths: ColourMaths): CodeToken[][];
}

/** Shiki's font-style bits. Bold (2) is left out on purpose: it could widen the text. */
const ITALIC = 1;
const UNDERLINE = 4;
const STRIKETHROUGH = 8;

let shared: Promise<ShikiPrimitive> | undefined;
const languages = new Map<string, Promise<string>>();
const themes = new Map<CodeTheme, Promise<string>>();

/** The one highlighter every block shares: Shiki's core with the JavaScript regex engine, created on first use. */
function highlighter(): Promise<ShikiPrimitive> {
  shared ??= createShikiPrimitiveAsync({
    // `forgiving`: a pattern the JS engine cannot express is skipped instead of failing the grammar.
    engine: createJavaScriptRegexEngine({ forgiving: true }),
    langs: [],
    themes: [],
  });
  shared.catch(() => (shared = undefined));
  return shared;
}

/** Loads `load`'s result once per key; a failed load is forgotten so a later block may retry. */
function once<K>(cache: Map<K, Promise<string>>, key: K, load: () => Promise<string>): Promise<string> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * Tokens for `code` in the language `lang` (loaded by `loadLanguage`) with `theme`, loading each on
 * first use. Rejects when anything fails to load or tokenize.
 */
export async function highlight(
  code: string,
  lang: string,
  loadLanguage: () => Promise<LanguageModule>,
  theme: CodeTheme,
): Promise<Highlighted> {
  const primitive = await highlighter();
  const [langName, themeName] = await Promise.all([
    once(languages, lang, async () => {
      const grammars = (await loadLanguage()).default;
      await primitive.loadLanguage(...grammars);
      // Embedded grammars come first; the language itself is last.
      return grammars[grammars.length - 1]!.name;
    }),
    once(themes, theme, async () => {
      const registration = (await THEMES[theme]()).default;
      await primitive.loadTheme(registration);
      return registration.name ?? theme;
    }),
  ]);
  const tokens = codeToTokensBase(primitive, code, {
    lang: langName,
    theme: themeName,
    // Longer lines (minified files) stay plain. The time limit is per line and generous: the first
    // line of the first block also pays for translating the grammar's regexes, on a slow phone too.
    tokenizeMaxLineLength: 2000,
    tokenizeTimeLimit: 2000,
  });
  const { fg, bg } = primitive.getTheme(themeName);
  return {
    bg,
    lines(backgrounds, maths) {
      const readable = new Map<string, string>();
      const readableColor = (color: string | undefined) => {
        if (!color) return undefined;
        let fixed = readable.get(color);
        if (fixed === undefined) readable.set(color, (fixed = ensureContrast(color, backgrounds, maths)));
        return fixed;
      };
      return tokens.map((line) =>
        line.map((token): CodeToken => {
          const style = token.fontStyle ?? 0;
          return {
            text: token.content,
            color: readableColor(token.color ?? fg),
            italic: (style & ITALIC) !== 0,
            underline: (style & UNDERLINE) !== 0,
            strike: (style & STRIKETHROUGH) !== 0,
          };
        }),
      );
    },
  };
}
