/**
 * The lazy Shiki loader: which languages and themes a code block may use, and one shared highlighter
 * that fetches Shiki's fine-grained core, the JavaScript regex engine (no WebAssembly, no eval), and
 * each language and theme as its own dynamic-import chunk the first time a block needs it.
 *
 * Importing this module loads nothing: every Shiki import below is a dynamic `import()`.
 */
import type { LanguageRegistration, ShikiPrimitive, ThemeRegistration, ThemedToken } from 'shiki/core';
import type { codeToTokensBase } from './shiki.js';

type LanguageModule = { default: LanguageRegistration[] };
type ThemeModule = { default: ThemeRegistration };

/** Every language a code block highlights, by its id, with the grammar chunk that brings it. */
const LANGUAGES = {
  bash: () => import('@shikijs/langs/shellscript') as Promise<LanguageModule>,
  diff: () => import('@shikijs/langs/diff') as Promise<LanguageModule>,
  dockerfile: () => import('@shikijs/langs/docker') as Promise<LanguageModule>,
  go: () => import('@shikijs/langs/go') as Promise<LanguageModule>,
  hcl: () => import('@shikijs/langs/hcl') as Promise<LanguageModule>,
  ini: () => import('@shikijs/langs/ini') as Promise<LanguageModule>,
  java: () => import('@shikijs/langs/java') as Promise<LanguageModule>,
  javascript: () => import('@shikijs/langs/javascript') as Promise<LanguageModule>,
  json: () => import('@shikijs/langs/json') as Promise<LanguageModule>,
  log: () => import('@shikijs/langs/log') as Promise<LanguageModule>,
  nginx: () => import('@shikijs/langs/nginx') as Promise<LanguageModule>,
  python: () => import('@shikijs/langs/python') as Promise<LanguageModule>,
  rust: () => import('@shikijs/langs/rust') as Promise<LanguageModule>,
  sql: () => import('@shikijs/langs/sql') as Promise<LanguageModule>,
  terraform: () => import('@shikijs/langs/terraform') as Promise<LanguageModule>,
  toml: () => import('@shikijs/langs/toml') as Promise<LanguageModule>,
  typescript: () => import('@shikijs/langs/typescript') as Promise<LanguageModule>,
  yaml: () => import('@shikijs/langs/yaml') as Promise<LanguageModule>,
} as const;

/** A language id a code block highlights. */
export type CodeLanguage = keyof typeof LANGUAGES;

/** Other names for the languages above (what people write after a Markdown fence). */
const ALIASES: Record<string, CodeLanguage> = {
  sh: 'bash',
  shell: 'bash',
  shellscript: 'bash',
  zsh: 'bash',
  docker: 'dockerfile',
  containerfile: 'dockerfile',
  golang: 'go',
  tf: 'terraform',
  tfvars: 'terraform',
  properties: 'ini',
  cfg: 'ini',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  py: 'python',
  rs: 'rust',
  yml: 'yaml',
  patch: 'diff',
  postgres: 'sql',
  postgresql: 'sql',
  psql: 'sql',
  pgsql: 'sql',
  mysql: 'sql',
  sqlite: 'sql',
};

/** The Shiki themes a code block uses, each its own chunk. */
const THEMES = {
  'github-light': () => import('@shikijs/themes/github-light') as Promise<ThemeModule>,
  'github-dark': () => import('@shikijs/themes/github-dark') as Promise<ThemeModule>,
  'vitesse-black': () => import('@shikijs/themes/vitesse-black') as Promise<ThemeModule>,
} as const;

/** A Shiki theme a code block uses. */
export type CodeTheme = keyof typeof THEMES;

/** Code longer than this is shown plain: tokenizing it would hold the main thread too long. */
export const MAX_HIGHLIGHT_LENGTH = 200_000;

/**
 * The language id `lang` stands for (case-insensitive, aliases resolved), or `undefined` when it is
 * not one we highlight (plain text, unknown, empty). Pure: loads nothing.
 */
export function resolveLanguage(lang: unknown): CodeLanguage | undefined {
  if (typeof lang !== 'string') return undefined;
  const id = lang.trim().toLowerCase();
  if (Object.hasOwn(LANGUAGES, id)) return id as CodeLanguage;
  return Object.hasOwn(ALIASES, id) ? ALIASES[id] : undefined;
}

/** The language ids a code block highlights (aliases not included). */
export const CODE_LANGUAGES = Object.keys(LANGUAGES) as CodeLanguage[];

/** What `highlight` hands back: the tokens per line and the theme's own colours. */
export interface HighlightResult {
  tokens: ThemedToken[][];
  /** The theme's default text colour. */
  fg: string;
  /** The theme's background colour. */
  bg: string;
}

/** The shared highlighter: Shiki's core with the JavaScript regex engine, and its tokenizer. */
interface Shiki {
  primitive: ShikiPrimitive;
  tokenize: typeof codeToTokensBase;
}

let shared: Promise<Shiki> | undefined;
const languages = new Map<CodeLanguage, Promise<string>>();
const themes = new Map<CodeTheme, Promise<string>>();

/** The one highlighter every block shares, created on first use. */
function highlighter(): Promise<Shiki> {
  shared ??= import('./shiki.js').then(
    async ({ codeToTokensBase: tokenize, createJavaScriptRegexEngine, createShikiPrimitiveAsync }) => ({
      primitive: await createShikiPrimitiveAsync({
        // `forgiving`: a pattern the JS engine cannot express is skipped instead of failing the grammar.
        engine: createJavaScriptRegexEngine({ forgiving: true }),
        langs: [],
        themes: [],
      }),
      tokenize,
    }),
  );
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
 * Tokens for `code` in `lang` with `theme`, loading the core, the language and the theme on first
 * use. Resolves `undefined` (never rejects) when the language is not supported, the code is too long,
 * or anything fails to load or tokenize: the caller keeps the plain text.
 */
export async function highlight(
  code: string,
  lang: string,
  theme: CodeTheme,
): Promise<HighlightResult | undefined> {
  const id = resolveLanguage(lang);
  if (!id || !code || code.length > MAX_HIGHLIGHT_LENGTH) return undefined;
  try {
    const { primitive, tokenize } = await highlighter();
    const [langName, themeName] = await Promise.all([
      once(languages, id, async () => {
        const grammars = (await LANGUAGES[id]()).default;
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
    const tokens = tokenize(primitive, code, {
      lang: langName,
      theme: themeName,
      // Longer lines (minified files) stay plain. The time limit is per line and generous: the first
      // line of the first block also pays for translating the grammar's regexes, on a slow phone too.
      tokenizeMaxLineLength: 2000,
      tokenizeTimeLimit: 2000,
    });
    const resolved = primitive.getTheme(themeName);
    return { tokens, fg: resolved.fg, bg: resolved.bg };
  } catch {
    return undefined;
  }
}
