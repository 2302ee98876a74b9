// Browser tests: TypeScript lowered by esbuild (legacy decorators, per tsconfig), run in headless
// Chromium (Playwright) and Firefox ESR (WebDriver BiDi through puppeteer-core), both from apt.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { STRICT_CSP, demoRedirect } from './scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_HEAP_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from './scripts/browsers.mjs';
import { ssrMiddleware } from './scripts/ssr-test-middleware.mjs';
import { failureSummaryReporter } from './scripts/failure-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const only = process.env.BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        // Heap flags for the heap-growth test (tests/browser/heap.test.ts).
        args: [...CHROMIUM_ARGS, ...CHROMIUM_HEAP_ARGS],
      },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    }),
  );
}

/**
 * Test-only endpoints that behave like real, misbehaving servers:
 *   /__content/delay/<ms>/<repo path>  serves a repository file after a delay;
 *   /__content/status/<code>           answers with that HTTP status;
 *   /__content/html                    answers 200 with an HTML page (a wrong URL on a CMS);
 *   /__content/redirect/<3xx>/<path>   redirects there with that status;
 *   /__content/chunked/<n>/<path>      sends a repository file n bytes at a time, 5 ms apart.
 */
function contentMiddleware() {
  return async (ctx, next) => {
    const delay = ctx.path.match(/^\/__content\/delay\/(\d+)(\/.*)$/);
    if (delay) {
      await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
      ctx.path = delay[2];
      ctx.url = delay[2];
      return next();
    }
    const chunked = ctx.path.match(/^\/__content\/chunked\/(\d+)(\/.*)$/);
    if (chunked) {
      // Sent a few bytes at a time, each flushed after a pause: chunks end inside multi-byte
      // characters, as on a slow network.
      const bytes = await readFile(new URL(`.${chunked[2]}`, import.meta.url));
      const size = Number(chunked[1]);
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          for (let at = 0; at < bytes.length; at += size) {
            yield bytes.subarray(at, at + size);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        })(),
      );
      return undefined;
    }
    const redirect = ctx.path.match(/^\/__content\/redirect\/(30[12378])(\/.*)$/);
    if (redirect) {
      ctx.redirect(redirect[2]);
      ctx.status = Number(redirect[1]);
      return undefined;
    }
    const status = ctx.path.match(/^\/__content\/status\/(\d{3})$/);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = `status ${status[1]}`;
      return undefined;
    }
    const demo = demoRedirect(ctx.path);
    if (demo) {
      ctx.redirect(demo);
      return undefined;
    }
    if (ctx.path === '/__content/html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not the JSON</title><p>Page</p>';
      return undefined;
    }
    return next();
  };
}

/**
 * The script-tag build served as another folder would serve it:
 *   /__cdn/copy/<path>          dist/cdn/<path> (a second copy of the bundle, hosted elsewhere);
 *   /__cdn/block-<name>/<path>  the same, except that chunk <name> (an element's) answers 404;
 *   /__cdn/slow-<name>/<path>   the same, except that chunk <name> answers after 1.5 s.
 * A folder may end in `.<word>` (`/__cdn/slow-fit-controller.shrink/`): the same, at URLs of its own,
 * so a page meets the slow chunk afresh rather than the copy another page left in the browser's cache.
 */
function cdnFolderMiddleware() {
  return async (ctx, next) => {
    const match = ctx.path.match(/^\/__cdn\/(copy|block-([a-z-]+)|slow-([a-z-]+))(?:\.\w+)?(\/.*)$/);
    if (!match) return next();
    const [, , blocked, slow, rest] = match;
    if (blocked && new RegExp(`^/chunks/${blocked}-[\\w-]{6}\\.js$`).test(rest)) {
      ctx.status = 404;
      ctx.body = 'blocked by the test server';
      return undefined;
    }
    if (slow && new RegExp(`^/chunks/${slow}-[\\w-]{6}\\.js$`).test(rest)) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    ctx.path = `/dist/cdn${rest}`;
    ctx.url = ctx.path;
    return next();
  };
}

/**
 * JSON imported as a module (stories import the sample content) becomes `export default …`, while the
 * same file fetched with `fetch()` stays JSON. Browsers say which it is in `Sec-Fetch-Dest`.
 */
function jsonModulesPlugin() {
  const isImport = (ctx) => ctx.path.endsWith('.json') && ctx.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    transformCacheKey: (ctx) => (isImport(ctx) ? 'json-module' : undefined),
    resolveMimeType: (ctx) => (isImport(ctx) ? 'js' : undefined),
    transform: (ctx) => (isImport(ctx) ? { body: `export default ${ctx.body};` } : undefined),
  };
}

/** Serves /examples/strict*.html with the same CSP header as scripts/serve.mjs does. */
function examplesCspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/examples/strict')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}

/**
 * Test harness only: HTML pages requested with `?inc-probe` get `tests/browser/helpers/probe.js` as
 * their first script (external and same-origin, so even the strict-CSP page allows it).
 */
function probePlugin() {
  return {
    name: 'inc-probe',
    transform(ctx) {
      if (!ctx.response.is('html') || !('inc-probe' in ctx.query)) return undefined;
      const body = String(ctx.body).replace(
        /<head([^>]*)>/i,
        '<head$1><script src="/tests/browser/helpers/probe.js"></script>',
      );
      return { body, transformCache: false };
    },
  };
}

/**
 * `executeServerCommand('cpu-throttle', { rate })`: slows the page's CPU by `rate` (1 = normal) through
 * CDP, so a test can see what a slow phone (or a busy CI machine) paints. Chromium only: elsewhere
 * it answers false and the test runs at full speed.
 */
function cpuThrottlePlugin() {
  return {
    name: 'cpu-throttle',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cpu-throttle') return undefined;
      const page = session.browser.type === 'playwright' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.name !== 'Chromium') return false;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload.rate });
      return true;
    },
  };
}

/** JSON must not be cached: the same URL is fetched as data by some tests and imported as a module by others. */
function noJsonCacheMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.endsWith('.json')) {
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Vary', 'Sec-Fetch-Dest');
    }
  };
}

export default {
  middleware: [
    contentMiddleware(),
    cdnFolderMiddleware(),
    ssrMiddleware(),
    examplesCspMiddleware(),
    noJsonCacheMiddleware(),
  ],
  files: ['src/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    probePlugin(),
    cpuThrottlePlugin(),
    jsonModulesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers,
  reporters: [defaultReporter(), failureSummaryReporter()],
  // Firefox throttles frames, ResizeObserver and timers in background tabs, so files run one at a
  // time per browser (the two browsers still run side by side).
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
