/**
 * `incident-elements import`: Markdown posts → one content collection (JSON), through
 * `incident-elements/markdown`. Loaded only when the command runs, so `validate` never loads the
 * Markdown parser.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ImportPathError, importMarkdownFiles } from '../markdown/index.js';
import type { ImportMessage } from '../markdown/index.js';
import type { CliIo } from './validate.js';

/** Exit codes: every file converted (warnings allowed); some file left out; bad usage or an unwritable output. */
export const IMPORT_EXIT = { ok: 0, skipped: 1, usage: 2 } as const;

export const IMPORT_USAGE = `Usage: incident-elements import <path>... [-o FILE] [--drafts]

Converts Markdown posts (.md, .markdown) with YAML (---) or TOML (+++) front matter, as written for
Hugo, Jekyll, Astro or Eleventy, into one incident-elements collection (JSON). Directories are read
recursively. Warnings and errors go to stderr as "file:line: message".

Options:
  -o, --output FILE  write the collection to FILE instead of stdout
  --drafts           include posts marked "draft: true"
  -h, --help         show this help

Exit status: 0 every file converted (warnings allowed), 1 some file left out (the rest are written),
2 bad usage (unknown option, no path, a missing path or a non-Markdown file) or FILE not writable.`;

interface Args {
  paths: string[];
  output?: string;
  drafts: boolean;
}

/** Reads the arguments, or says what is wrong with them. */
function parseArgs(args: readonly string[]): Args | { help: true } | { error: string } {
  const parsed: Args = { paths: [], drafts: false };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (optionsEnded || !arg.startsWith('-') || arg === '-') parsed.paths.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--drafts') parsed.drafts = true;
    else if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg === '-o' || arg === '--output') {
      const value = args[++i];
      if (value === undefined || value === '') return { error: `${arg} needs a file name` };
      parsed.output = value;
    } else if (arg.startsWith('--output=')) parsed.output = arg.slice('--output='.length);
    else return { error: `unknown option "${arg}"` };
  }
  if (parsed.output === '') return { error: '--output needs a file name' };
  if (!parsed.paths.length) return { error: 'no path given' };
  return parsed;
}

const line = (entry: ImportMessage, label: string): string =>
  `${entry.file}:${entry.line}: ${label}${entry.message}`;

/** Runs `incident-elements import` with `args` (the words after `import`) and returns the exit code. */
export async function runImport(
  args: readonly string[],
  io: Pick<CliIo, 'stdout' | 'stderr'>,
): Promise<number> {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.stdout(IMPORT_USAGE);
    return IMPORT_EXIT.ok;
  }
  if ('error' in parsed) {
    io.stderr(`incident-elements import: ${parsed.error}\n\n${IMPORT_USAGE}`);
    return IMPORT_EXIT.usage;
  }
  let result;
  try {
    result = await importMarkdownFiles(parsed.paths, { drafts: parsed.drafts });
  } catch (error) {
    if (!(error instanceof ImportPathError)) throw error;
    io.stderr(`incident-elements import: ${error.message}`);
    return IMPORT_EXIT.usage;
  }
  // Errors and warnings of a file together, in line order; files in the order they were read.
  const order = new Map<string, number>();
  const messages = [
    ...result.errors.map((entry) => ({ entry, text: line(entry, '') })),
    ...result.warnings.map((entry) => ({ entry, text: line(entry, 'warning: ') })),
  ];
  for (const { entry } of messages) if (!order.has(entry.file)) order.set(entry.file, order.size);
  messages.sort((a, b) => order.get(a.entry.file)! - order.get(b.entry.file)! || a.entry.line - b.entry.line);
  for (const { text } of messages) io.stderr(text);

  const json = JSON.stringify(result.collection, null, 2);
  if (parsed.output === undefined) io.stdout(json);
  else {
    try {
      await mkdir(dirname(parsed.output), { recursive: true });
      await writeFile(parsed.output, `${json}\n`);
    } catch (error) {
      io.stderr(
        `incident-elements import: cannot write ${parsed.output}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return IMPORT_EXIT.usage;
    }
  }
  return result.errors.length ? IMPORT_EXIT.skipped : IMPORT_EXIT.ok;
}
