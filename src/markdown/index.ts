/**
 * `incident-elements/markdown`: converts Markdown posts with YAML or TOML front matter (Hugo, Jekyll,
 * Astro, Eleventy) into one content collection, for build scripts. Node only; the `incident-elements
 * import` command is a thin layer over it.
 *
 * @example
 * import { importMarkdownFiles } from 'incident-elements/markdown';
 * const { collection, warnings, errors } = await importMarkdownFiles(['content/posts']);
 */
export { importMarkdown } from './import.js';
export { importMarkdownFiles, findMarkdownFiles, ImportPathError } from './files.js';
export { WORDS_PER_MINUTE } from './convert.js';
export type { MarkdownFile, GroupInput, ImportOptions, ImportMessage, ImportResult } from './types.js';
