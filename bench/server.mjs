// The benchmark's own static server: the repository root, read-only (GET/HEAD only), real content
// types, nothing cached (`Cache-Control: no-store`, so every fresh page fetches and compiles the
// bundle again), and cross-origin isolated (COOP/COEP) so both browsers give fine-grained
// `performance.now()` (Firefox clamps it to 1 ms otherwise). Every resource is same-origin.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../scripts/serve.mjs';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const commonHeaders = {
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
};

/** Text types a host would compress. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/**
 * Starts the server on 127.0.0.1 and a free port; resolves `{ server, origin, close() }`. With
 * `gzip`, text is sent gzip-compressed (level 6, as a typical host) to clients that accept it, so
 * the bytes on a throttled network are the bytes a real page costs; compressed bodies are cached
 * per file and modification time, so compressing costs no time in a measured request.
 */
export function startBenchServer(port = 0, { gzip = false } = {}) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD', ...commonHeaders });
        response.end();
        return;
      }
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const file = resolve(root, `.${decodeURIComponent(pathname)}`);
      const inside = file.startsWith(root + sep);
      const info = inside ? await stat(file).catch(() => undefined) : undefined;
      if (!info?.isFile() || file.split(sep).includes('node_modules') || file.includes(`${sep}.git${sep}`)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...commonHeaders });
        response.end('Not found');
        return;
      }
      let body = await readFile(file);
      const encoding = {};
      if (
        gzip &&
        COMPRESSIBLE.has(extname(file)) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key);
        encoding['content-encoding'] = 'gzip';
        encoding.vary = 'accept-encoding';
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        ...encoding,
        ...commonHeaders,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(500, commonHeaders);
      response.end();
    }
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ready({
        server,
        origin: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
