// Test-only endpoint for the prerendering tests (tests/browser/ssr.test.ts):
//   /__ssr/page?file=<repo path>[&element=…][&report-id=…][&theme=…][&variant=…][&meta=…][&link-label=…][&js[=list|blocked-list]][&inc-probe]
// answers a page holding what `incident-elements render` prints for that file; with `js`, the page
// also loads the elements (src/define.ts), so they take over the prerendered markup; `js=list` defines
// the list alone, as the script-tag loader does before the card chunk arrives.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = new Map();

function render(args) {
  const key = args.join('\0');
  if (!cache.has(key)) {
    cache.set(
      key,
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli/cli.ts', 'render', ...args],
          { cwd: root, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
        );
      }),
    );
  }
  return cache.get(key);
}

export function ssrMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== '/__ssr/page') return next();
    const { file, js, 'inc-probe': probe, ...options } = ctx.query;
    const args = [String(file)];
    for (const name of ['element', 'report-id', 'theme', 'variant', 'meta', 'link-label']) {
      if (typeof options[name] === 'string') args.push(`--${name}`, options[name]);
    }
    try {
      const markup = await render(args);
      // `inc-probe`: tests/browser/helpers/probe.js first, recording errors from before the page's own.
      const recorder = probe === undefined ? '' : '<script src="/tests/browser/helpers/probe.js"></script>';
      // `js=list`: the list alone; `js=blocked-list`: the built script-tag loader, whose list chunk
      // answers 404 (web-test-runner.config.mjs serves /__cdn/block-<name>/ so).
      const define =
        js === 'list'
          ? '/src/components/report-list/define.ts'
          : js === 'blocked-list'
            ? '/__cdn/block-report-list/incident-elements.js'
            : '/src/define.ts';
      const script = js === undefined ? '' : `<script type="module" src="${define}"></script>`;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    ${recorder}
    <title>Prerendered</title>
    <style>body { margin: 0; padding: 8px; font: 16px/1.5 sans-serif; }</style>
    ${script}
  </head>
  <body>
    <main>${markup}</main>
    <p id="after">After the element.</p>
  </body>
</html>`;
    } catch (error) {
      ctx.status = 500;
      ctx.body = String(error);
    }
    return undefined;
  };
}
