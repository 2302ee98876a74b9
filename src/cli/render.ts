/**
 * `incident-elements render`: prints an element's HTML, prerendered with Declarative Shadow DOM, for
 * a static page. Reads and validates like `validate` (same messages, same exit codes).
 */
import { CARD_VARIANTS } from '../components/card/card.js';
import { GROUP_BY, SORT_ORDERS } from '../components/report-list/arrange.js';
import { THEMES } from '../shared/themes.js';
import { RENDER_ELEMENTS, renderContent, type RenderOptions } from '../ssr/render.js';
import { EXIT, loadFile, located, type CliIo } from './validate.js';

export const RENDER_USAGE = `Usage: incident-elements render <file-or-url> [options]

Prints the element's HTML with its content prerendered (Declarative Shadow DOM), so the page reads
without JavaScript; the content is embedded as inline JSON for the element to take over once its
script loads. Problems and warnings go to stderr, as "file: path: message".

Options:
  --element E      ${RENDER_ELEMENTS.join(' | ')} (default list)
  --report-id ID   the report a card or report shows (needed when the content holds several)
  --theme T        ${THEMES.join(' | ')}
  --variant V      ${CARD_VARIANTS.join(' | ')} (list and card)
  --heading H      the list's heading ({count} = the number of reports; --heading= for none)
  --sort S         ${SORT_ORDERS.join(' | ')} (list)
  --group-by G     ${GROUP_BY.join(' | ')} (list)
  --meta M         what the meta line shows, e.g. "id slug status" (list)
  --link-label L   the text of each report's link (list)
  --no-embed       leave out the inline JSON (static markup only)
  --hydration      keep Lit's hydration markers (for a page loading @lit-labs/ssr-client)
  -o, --output F   write the HTML to F instead of stdout
  -h, --help       show this help

Exit status: 0 rendered (warnings allowed), 1 invalid content, 2 unreadable or bad usage.`;

const VALUE_OPTIONS = {
  '--element': 'element',
  '--report-id': 'reportId',
  '--theme': 'theme',
  '--variant': 'variant',
  '--heading': 'heading',
  '--sort': 'sort',
  '--group-by': 'groupBy',
  '--meta': 'meta',
  '--link-label': 'linkLabel',
  '--output': 'output',
  '-o': 'output',
} as const;

type Parsed = { target: string; output?: string; options: RenderOptions } | { exit: number };

function parseArgs(args: readonly string[], io: CliIo): Parsed {
  const options: Record<string, string> = {};
  const targets: string[] = [];
  let embed = true;
  let hydration = false;
  const fail = (message: string): Parsed => {
    io.stderr(`incident-elements render: ${message}\n\n${RENDER_USAGE}`);
    return { exit: EXIT.unreadable };
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (arg === '-h' || arg === '--help') {
      io.stdout(RENDER_USAGE);
      return { exit: EXIT.valid };
    }
    if (arg === '--no-embed') embed = false;
    else if (arg === '--hydration') hydration = true;
    else if (flag! in VALUE_OPTIONS) {
      const value = inline ?? args[++i];
      // An empty heading is meaningful (no count line); every other option needs a value.
      if (value === undefined || (value === '' && flag !== '--heading')) return fail(`${flag} needs a value`);
      options[VALUE_OPTIONS[flag as keyof typeof VALUE_OPTIONS]] = value;
    } else if (arg.startsWith('-') && arg !== '-') return fail(`unknown option "${arg}"`);
    else targets.push(arg);
  }
  if (targets.length !== 1) return fail(targets.length ? 'give one file or URL' : 'no file given');
  const { output, ...rest } = options;
  return { target: targets[0]!, output, options: { ...(rest as RenderOptions), embed, hydration } };
}

/** Runs `render` with its arguments (after the command name) and returns the exit code. */
export async function runRender(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, io);
  if ('exit' in parsed) return parsed.exit;
  const { target, output, options } = parsed;
  const { result, data } = await loadFile(target, io);
  if (result.status !== 'valid') {
    for (const issue of result.issues) io.stderr(located(target, issue));
    return EXIT[result.status];
  }
  const rendered = await renderContent(data, options);
  if (!rendered.ok) {
    const prefix = rendered.usage ? 'incident-elements render' : target;
    for (const issue of rendered.issues) io.stderr(located(prefix, issue));
    return rendered.usage ? EXIT.unreadable : EXIT.invalid;
  }
  for (const warning of rendered.warnings) io.stderr(located(target, warning, 'warning: '));
  if (output === undefined) {
    io.stdout(rendered.html);
    return EXIT.valid;
  }
  try {
    if (!io.writeFile) throw new Error('no file system');
    await io.writeFile(output, `${rendered.html}\n`);
  } catch (error) {
    io.stderr(`${output}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unreadable;
  }
  const count = rendered.reports;
  io.stdout(`${target}: rendered ${count} report${count === 1 ? '' : 's'} to ${output}`);
  return EXIT.valid;
}
