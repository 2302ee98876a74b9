#!/usr/bin/env node
// `npm run test:consumer` (after `npm run build`): installs the packed package into a fresh Vite +
// TypeScript app and checks what a user gets: every entry imports in plain Node (SSR), the app
// type-checks against the shipped declarations, `vite build` bundles it, and the built page renders
// the elements in headless Chromium without a page error. Everything happens in a temp dir that is
// removed at the end; nothing is written into the repository.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const appSource = fileURLToPath(new URL('./app/', import.meta.url));

const started = performance.now();
const timings = [];
/** Runs one named step, recording its time; any throw fails the whole run with the step's name. */
async function step(name, fn) {
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

function run(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
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

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tmp = mkdtempSync(join(tmpdir(), 'incident-elements-consumer-'));
const app = join(tmp, 'app');
let server;
let browser;

try {
  await step('dist is built', () => {
    for (const file of ['dist/index.js', 'dist/define.js', 'dist/data/index.js', 'dist/index.d.ts']) {
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
    }
  });

  const tarball = await step('npm pack', async () => {
    const out = await run(npm, ['pack', '--json', '--pack-destination', tmp], root);
    const [info] = JSON.parse(out.slice(out.indexOf('[')));
    return join(tmp, info.filename);
  });

  await step('npm install (app + tarball, prefer offline)', async () => {
    cpSync(appSource, app, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source.slice(appSource.length - 1)),
    });
    const manifestPath = join(app, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.dependencies['incident-elements'] = `file:${tarball}`;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], app);
  });

  await step('every file package.json points to is in the tarball', () => {
    const installed = join(app, 'node_modules/incident-elements');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = (value) =>
      typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v));
    const files = [
      ...targets(manifest.exports).filter((target) => !target.includes('*')),
      ...targets(manifest.bin),
      ...[
        manifest.main,
        manifest.module,
        manifest.types,
        manifest.customElements,
        manifest['web-types'],
      ].filter(Boolean),
    ];
    const missing = files.filter((file) => !existsSync(join(installed, file)));
    if (missing.length > 0) throw new Error(`missing from the installed package: ${missing.join(', ')}`);
  });

  await step('every entry imports in plain Node (no DOM)', async () => {
    const script = `
      const index = await import('incident-elements');
      const define = await import('incident-elements/define');
      const data = await import('incident-elements/data');
      const problems = [];
      if (typeof index.IncCard !== 'function') problems.push('incident-elements: no IncCard class');
      if (typeof index.parseCollection !== 'function') problems.push('incident-elements: no parseCollection');
      if (typeof data.parseCollection !== 'function') problems.push('incident-elements/data: no parseCollection');
      const parsed = data.parseCollection({ reports: [{ id: 'N-1', title: 'Node' }] });
      if (!parsed.ok) problems.push('parseCollection rejected a minimal collection: ' + JSON.stringify(parsed.issues));
      if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
    `;
    await run(process.execPath, ['--input-type=module', '-e', script], app);
  });

  await step('the bin runs from the installed package', async () => {
    const out = await run(join(app, 'node_modules/.bin/incident-elements'), ['--help'], app);
    if (!/incident-elements/i.test(out)) throw new Error(`unexpected --help output:\n${out}`);
  });

  await step('tsc --noEmit (types from the tarball)', () =>
    run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', app], app),
  );

  await step('vite build', () =>
    run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app),
  );

  const origin = await step('static server', () => serve(join(app, 'dist')));

  await step('render in headless Chromium', async () => {
    const playwrightPath = join(root, 'node_modules/playwright-core/index.mjs');
    const { chromium } = await import(pathToFileURL(playwrightPath).href);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.body.dataset.loaded !== undefined, null, { timeout: 10_000 });
    const state = await page.evaluate(async () => {
      const card = document.querySelector('#app > inc-card');
      const list = document.querySelector('#app > inc-report-list');
      await card?.updateComplete;
      await list?.updateComplete;
      const title = card?.shadowRoot?.querySelector('[part~="title"]');
      const rect = title?.getBoundingClientRect();
      return {
        defined: document.body.dataset.defined,
        loaded: document.body.dataset.loaded,
        cardShadow: card?.shadowRoot?.childElementCount ?? 0,
        cardTitle: title?.textContent?.trim() ?? null,
        cardTitleVisible: Boolean(rect && rect.width > 0 && rect.height > 0),
        listShadow: list?.shadowRoot?.childElementCount ?? 0,
        errors: document.body.dataset.errors ?? '',
        listError: list?.shadowRoot?.querySelector('[part~="error"], [part~="skipped"]')?.textContent ?? null,
        cardDiagram: Boolean(card?.shadowRoot?.querySelector('inc-ascii-diagram')),
        listTitles: [...(list?.shadowRoot?.querySelectorAll('inc-card') ?? [])].map(
          (item) => item.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? null,
        ),
      };
    });
    const problems = [...errors];
    if (state.defined !== 'true') problems.push('the imported classes are not the registered ones');
    if (state.loaded !== '2') problems.push(`inc-load reported ${state.loaded} reports, expected 2`);
    if (state.cardShadow === 0) problems.push('<inc-card> rendered no shadow content');
    if (state.cardTitle !== 'First consumer report')
      problems.push(`card title is ${JSON.stringify(state.cardTitle)}`);
    if (!state.cardTitleVisible) problems.push('card title has no box (not visible)');
    if (state.listShadow === 0) problems.push('<inc-report-list> rendered no shadow content');
    if (state.errors) problems.push(`inc-error fired: ${state.errors}`);
    if (state.listError !== null) problems.push(`the list shows an error or notice: ${state.listError}`);
    if (!state.cardDiagram) problems.push('the card shows no diagram');
    if (state.listTitles.join('|') !== 'First consumer report|Second consumer report') {
      problems.push('the list does not show its two reports as cards');
    }
    if (problems.length > 0) throw new Error(`${problems.join('\n')}\nstate: ${JSON.stringify(state)}`);
  });

  const total = Math.round(performance.now() - started);
  console.log(`consumer test passed in ${total} ms (${timings.map(([n, ms]) => `${n}: ${ms}`).join(', ')})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
}

/** A tiny static server for the built app on 127.0.0.1 (random port). */
function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^([\\/]\.\.)+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}
