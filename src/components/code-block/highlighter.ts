/**
 * The lazy Shiki loader: which languages a code block may use, each its own dynamic-import chunk, and
 * `highlight`, which loads the Shiki chunk (`shiki.ts`: Shiki's fine-grained core, the JavaScript
 * regex engine, the shared highlighter, the themes) and the language and theme the first time a
 * block needs them.
 *
 * Importing this module loads nothing: every Shiki import below is a dynamic `import()`.
 */
import type { CodeTheme, Highlighted, LanguageModule } from './shiki.js';

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

/** A Shiki theme a code block uses (each its own chunk, loaded by the Shiki chunk). */
export type { CodeTheme };

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

/**
 * Tokens for `code` in `lang` with `theme`, loading the lazy Shiki chunk, the language and the theme
 * on first use. Resolves `undefined` (never rejects) when the language is not supported, the code is
 * too long, or anything fails to load or tokenize: the caller keeps the plain text.
 */
export async function highlight(
  code: string,
  lang: string,
  theme: CodeTheme,
): Promise<Highlighted | undefined> {
  const id = resolveLanguage(lang);
  if (!id || !code || code.length > MAX_HIGHLIGHT_LENGTH) return undefined;
  try {
    const shiki = await import('./shiki.js');
    return await shiki.highlight(code, id, LANGUAGES[id], theme);
  } catch {
    return undefined;
  }
}
