#!/usr/bin/env node
// `npm run test:consumer` (after `npm run build`): installs the packed package into three fresh
// apps and checks what a user gets.
// - app/: Vite + TypeScript. Every entry imports in plain Node (SSR), the app type-checks against the
//   shipped declarations, `vite build` bundles it, and the page renders the elements.
// - react-app/: React 19 + Vite with incident-elements/react, define-first, define-late and
//   react-dom/server + hydrateRoot (react.mjs).
// - eleventy-site/: Eleventy 3 prerendering the list with renderToString (eleventy.mjs).
// One tarball, one `npm install` per app (in parallel), one headless Chromium for every page.
// Everything happens in a temp dir that is removed at the end; nothing is written into the repository.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from '../../scripts/browsers.mjs';
import { buildEleventySite, checkEleventySite } from './eleventy.mjs';
import { launchFirefox } from './firefox.mjs';
import { assertNone, installApp, npm, run, serve, step, timings, watchErrors } from './lib.mjs';
import { buildReactApp, checkReactApp } from './react.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const appSource = fileURLToPath(new URL('./app/', import.meta.url));

const sample = join(root, 'src/data/samples/incident-reports.json');
const sampleReports = JSON.parse(readFileSync(sample, 'utf8')).reports;
const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'incident-elements-consumer-'));
const app = join(tmp, 'app');
const reactApp = join(tmp, 'react-app');
const site = join(tmp, 'eleventy-site');
const servers = [];
let browser;
let firefox;
let firefoxLaunch;

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

  const from = (name) => fileURLToPath(new URL(`./${name}/`, import.meta.url));
  await Promise.all([
    step('npm install: app (tarball, prefer offline)', () => installApp(appSource, app, tarball)),
    step('npm install: react-app', () => installApp(from('react-app'), reactApp, tarball)),
    step('npm install: eleventy-site', () => installApp(from('eleventy-site'), site, tarball)),
  ]);
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

  await buildReactApp(reactApp, sample);
  await buildEleventySite(site, sample, sampleReports);

  const [origin, reactOrigin, siteOrigin] = await step('static servers', () =>
    Promise.all(
      [join(app, 'dist'), join(reactApp, 'dist'), join(site, '_site')].map(async (dir) => {
        const { server, origin: url } = await serve(dir);
        servers.push(server);
        return url;
      }),
    ),
  );

  const playwrightPath = join(root, 'node_modules/playwright-core/index.mjs');
  const { chromium } = await import(pathToFileURL(playwrightPath).href);
  // Firefox starts (~11 s) while Chromium runs its checks; a failed launch fails its own step later.
  firefoxLaunch =
    process.env.CONSUMER_FIREFOX === '0'
      ? undefined
      : launchFirefox(FIREFOX_PATH).then(
          (launched) => (firefox = launched),
          (error) => error,
        );
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  await step('render in headless Chromium', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
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
    assertNone(problems, state);
    await page.close();
  });

  const inc002 = sampleReports.find((r) => r.id === 'INC-002');
  const expected = { title: inc002.title, count: sampleReports.length };
  const reactContext = await browser.newContext();
  await checkReactApp(reactContext, reactOrigin, expected);
  await reactContext.close();
  await checkEleventySite(browser, siteOrigin, sampleReports);
  await browser.close();

  // The React and Eleventy pages again in Firefox ESR (CONSUMER_FIREFOX=0 skips it).
  if (firefoxLaunch) {
    await step('Firefox ESR launched (WebDriver BiDi)', async () => {
      const launched = await firefoxLaunch;
      if (launched instanceof Error) throw launched;
    });
    const firefoxContext = await firefox.newContext();
    await checkReactApp(firefoxContext, reactOrigin, expected, 'firefox');
    await firefoxContext.close();
    await checkEleventySite(firefox, siteOrigin, sampleReports, 'firefox');
  }

  const total = Math.round(performance.now() - started);
  console.log(`consumer test passed in ${total} ms (${timings.map(([n, ms]) => `${n}: ${ms}`).join(', ')})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await firefoxLaunch; // settled either way: the browser must not outlive the run
  await firefox?.close().catch(() => {});
  for (const server of servers) server.close();
  // CONSUMER_KEEP=1 keeps the apps for a look after a failure.
  if (process.env.CONSUMER_KEEP) console.log(`kept ${tmp}`);
  else {
    const t0 = performance.now();
    rmSync(tmp, { recursive: true, force: true });
    console.log(`temp dir removed in ${Math.round(performance.now() - t0)} ms`);
  }
}
