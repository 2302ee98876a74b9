/** Reading Markdown posts from disk: files as given, directories recursively, in a fixed order. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { importMarkdown } from './import.js';
import type { ImportOptions, ImportResult, MarkdownFile } from './types.js';

/** Extensions read as Markdown. */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** A path that cannot be imported: missing, or a file that is not Markdown. */
export class ImportPathError extends Error {
  override name = 'ImportPathError';
}

/** Folders never read: version control, dependencies. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Hugo's `_index.md` is a section's list page, not a post. */
const SKIPPED_FILES = new Set(['_index.md', '_index.markdown']);

/** Code-unit order, the same on every machine and locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(path, out);
    } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name) && !SKIPPED_FILES.has(entry.name))
      out.push(path);
  }
}

/**
 * The Markdown files under `paths`: a file is taken as given (it must end in `.md` or `.markdown`), a
 * directory is read recursively in name order, skipping `node_modules`, `.git` and Hugo's `_index.md`
 * section pages. Each file once. Rejects with an `ImportPathError` for a missing path or a non-Markdown file.
 */
export async function findMarkdownFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ImportPathError(`no such file or directory: ${path}`);
    if (info.isDirectory()) await walk(path, found);
    else if (MARKDOWN_FILE.test(path)) found.push(path);
    else throw new ImportPathError(`not a Markdown file (.md, .markdown): ${path}`);
  }
  return [...new Set(found)];
}

/**
 * Reads the Markdown files under `paths` (see {@link findMarkdownFiles}) and converts them with
 * {@link importMarkdown}. A file that cannot be read is reported in `errors`.
 */
export async function importMarkdownFiles(
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const files: MarkdownFile[] = [];
  const unreadable: ImportResult['errors'] = [];
  for (const path of await findMarkdownFiles(paths)) {
    try {
      files.push({ path, text: await readFile(path, 'utf8') });
    } catch (error) {
      unreadable.push({
        file: path,
        line: 1,
        message: `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const result = importMarkdown(files, options);
  return { ...result, errors: [...unreadable, ...result.errors] };
}
