// Helpers shared by the consumer test's apps: timed steps, child processes, app installs from the
// packed tarball, and a tiny static server.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const timings = [];

/** Runs one named step, recording its time; any throw fails the whole run with the step's name. */
export async function step(name, fn) {
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = Math.round(performance.now() - t0);
    timings.push([name, ms]);
    console.log(`ok   ${name} (${ms} ms)`);
    return value;
  } catch (error) {
    console.error(`FAIL ${name}\n${error instanceof Error ? error.message : String(error)}`);
    throw new Error(`consumer test failed at: ${name}`, { cause: error });
  }
}

export function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(`${command} ${args.join(' ')} exited with ${error.code}\n${stdout}\n${stderr}`.trim()),
          );
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Copies an app folder (without node_modules or build output) to `dest`, points its
 * `incident-elements` dependency at the tarball, and installs it (one `npm install`, offline first).
 */
export async function installApp(source, dest, tarball) {
  cpSync(source, dest, {
    recursive: true,
    filter: (path) =>
      !/[\\/](node_modules|dist|dist-server|_site)([\\/]|$)/.test(path.slice(source.length - 1)),
  });
  const manifestPath = join(dest, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies['incident-elements'] = `file:${tarball}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], dest);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 (random port); resolves to the server and its origin. */
export function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^([\\/]\.\.)+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    );
  });
}

/** Collects a page's errors: page errors, console errors, failed requests and HTTP errors. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Throws one error listing every problem (with the page state), if there is any. */
export function assertNone(problems, state) {
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\nstate: ${JSON.stringify(state)}`);
}
