/**
 * `incident-elements validate`: checks content files (or URLs) against the content format. All I/O goes
 * through `CliIo`, so tests drive it without a process, a disk or a network.
 */
import { parseContent, type ContentIssue } from '../data/index.js';

/** What the command needs from the outside world. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Reads a local file as UTF-8 text. */
  readFile(path: string): Promise<string>;
  /** Fetches a URL's body as text; rejects, or resolves `ok: false`, when it can't. */
  fetchText(url: string): Promise<{ ok: boolean; status: number; statusText: string; text: string }>;
  /** Writes a local file as UTF-8 text (`render -o`). */
  writeFile?(path: string, text: string): Promise<void>;
}

/** Exit codes: every file valid, some file invalid, some file unreadable (or bad usage). */
export const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

/** One checked file, as `--json` prints it. */
export interface FileResult {
  file: string;
  status: 'valid' | 'invalid' | 'unreadable';
  /** Number of reports, when valid. */
  reports?: number;
  issues: ContentIssue[];
  warnings: ContentIssue[];
}

export const USAGE = `Usage: incident-elements validate [--json] <file-or-url>...
       incident-elements import <path>... [-o FILE] [--drafts]   (see: incident-elements import --help)
       incident-elements render <file-or-url> [options]   (see render --help)

Checks incident-elements content files: a collection, a bare array of reports, or a JSON Feed.
Prints one line per problem ("file: path: message") and per warning ("file: warning: path: message").

Options:
  --json      print one JSON document with every result instead of lines
  -h, --help  show this help

Exit status: 0 all valid (warnings allowed), 1 some file invalid, 2 some file unreadable or bad usage.`;

const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `JSON.parse`'s error with a line and column, which Node 20's message gives only as a character offset. */
function jsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

async function read(target: string, io: CliIo): Promise<string> {
  if (!isUrl(target)) return io.readFile(target);
  const response = await io.fetchText(target);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text;
}

/** Reads, parses and validates one file or URL. */
export async function checkFile(target: string, io: CliIo): Promise<FileResult> {
  return (await loadFile(target, io)).result;
}

/** Like `checkFile`, also returning the parsed JSON when the file is valid (for `render`). */
export async function loadFile(target: string, io: CliIo): Promise<{ result: FileResult; data?: unknown }> {
  let text: string;
  try {
    text = await read(target, io);
  } catch (error) {
    const issues = [{ path: '', message: `cannot read: ${reason(error)}` }];
    return { result: { file: target, status: 'unreadable', issues, warnings: [] } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = `not valid JSON: ${jsonError(error, text)}`;
    return { result: { file: target, status: 'invalid', issues: [{ path: '', message }], warnings: [] } };
  }
  const result = await parseContent(data);
  if (!result.ok) return { result: { file: target, status: 'invalid', issues: result.issues, warnings: [] } };
  const { collection, warnings } = result;
  return {
    result: { file: target, status: 'valid', reports: collection.reports.length, issues: [], warnings },
    data,
  };
}

/** `file: path: message` (or `file: warning: path: message` with the label), as every command prints. */
export const located = (file: string, { path, message }: ContentIssue, label = ''): string =>
  `${file}: ${label}${path ? `${path}: ` : ''}${message}`;

function printLines(result: FileResult, io: CliIo): void {
  if (result.status === 'unreadable') {
    for (const issue of result.issues) io.stderr(located(result.file, issue));
    return;
  }
  for (const issue of result.issues) io.stdout(located(result.file, issue));
  for (const warning of result.warnings) io.stdout(located(result.file, warning, 'warning: '));
  if (result.status === 'valid') {
    const count = result.warnings.length;
    const warnings = count ? `, ${count} warning${count === 1 ? '' : 's'}` : '';
    io.stdout(`${result.file}: ok (${result.reports} report${result.reports === 1 ? '' : 's'}${warnings})`);
  }
}

/** Runs the CLI with `args` (without `node` and the script path) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    if (command !== undefined) {
      io.stdout(USAGE);
      return EXIT.valid;
    }
    io.stderr(USAGE);
    return EXIT.unreadable;
  }
  if (command === 'import') {
    // Loaded on demand: only this command needs the Markdown parser.
    const { runImport } = await import('./import.js');
    return runImport(rest, io);
  }
  if (command === 'render') {
    // Loaded only for this command: it brings Lit's server renderer, which `validate` never needs.
    const { runRender } = await import('./render.js');
    return runRender(rest, io);
  }
  if (command !== 'validate') {
    io.stderr(`incident-elements: unknown command "${command}"\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  let json = false;
  const targets: string[] = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') targets.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      io.stdout(USAGE);
      return EXIT.valid;
    } else {
      io.stderr(`incident-elements validate: unknown option "${arg}"\n\n${USAGE}`);
      return EXIT.unreadable;
    }
  }
  if (targets.length === 0) {
    io.stderr(`incident-elements validate: no file given\n\n${USAGE}`);
    return EXIT.unreadable;
  }

  const results: FileResult[] = [];
  for (const target of targets) results.push(await checkFile(target, io));
  if (json) io.stdout(JSON.stringify({ files: results }, null, 2));
  else for (const result of results) printLines(result, io);
  return Math.max(...results.map((r) => EXIT[r.status]));
}
