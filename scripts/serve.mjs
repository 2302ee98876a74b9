// A small static server for the demo and the examples: serves the repository's public folders the way
// a third-party site would host them, with real content types, and the strict CSP header for pages
// under /examples/ whose name starts with "strict".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

/** URL prefix → folder in the repository. The first match wins. */
const mounts = [
  ['/dist/', 'dist/'],
  ['/src/data/samples/', 'src/data/samples/'],
  ['/demo/', 'demo/'],
  ['/examples/', 'examples/'],
  ['/schema/', 'schema/'],
];

/** Content types by file extension (also used by the benchmark's server). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The sample content links to pages a real site would have: `/reports/<slug>` (each incident's full
 * report), `/about` (authors) and `/runbooks/<name>`. The demo routes them the way such a site would:
 * to its report page built on <inc-report>, and to its about page. Also used by the test server.
 */
export function demoRedirect(pathname) {
  const report = /^\/reports\/([a-z0-9-]+)$/.exec(pathname);
  if (report) return `/demo/report.html?src=/src/data/samples/incident-reports.json&slug=${report[1]}`;
  if (pathname === '/about') return '/demo/about.html';
  const runbook = /^\/runbooks\/([a-z0-9-]+)$/.exec(pathname);
  if (runbook) return `/demo/about.html#runbook-${runbook[1]}`;
  return undefined;
}

async function resolveFile(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(root, dir);
    let file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(base)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    return file;
  }
  return undefined;
}

export function startServer(listenPort = port) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/' || pathname === '/index.html') {
        response.writeHead(302, { location: '/demo/' });
        response.end();
        return;
      }
      const redirect = demoRedirect(pathname);
      if (redirect) {
        response.writeHead(302, { location: redirect });
        response.end();
        return;
      }
      const file = await resolveFile(pathname);
      const body = file && (await readFile(file).catch(() => undefined));
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      const headers = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (pathname.startsWith('/examples/strict')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(500);
      response.end();
    }
  });
  return new Promise((ready) => server.listen(listenPort, host, () => ready(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await startServer();
  console.log(
    `incident-elements demo: http://${host}:${port}/demo/  (examples: http://${host}:${port}/examples/)`,
  );
}
