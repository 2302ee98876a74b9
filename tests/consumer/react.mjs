// The React 19 + Vite app (react-app/): the wrappers from incident-elements/react rendered three
// ways (define-first, define-late, react-dom/server + hydrateRoot), checked in the browser.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertNone, run, step, watchErrors } from './lib.mjs';

/** Type-checks and builds the app, then renders hydrate.html's React tree in Node. */
export async function buildReactApp(app, sample) {
  mkdirSync(join(app, 'public'), { recursive: true });
  copyFileSync(sample, join(app, 'public/reports.json'));
  copyFileSync(sample, join(app, 'src/sample.json'));
  await step('react: tsc --noEmit', () =>
    run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', app], app),
  );
  const vite = join(app, 'node_modules/vite/bin/vite.js');
  // Development React (NODE_ENV; Vite's --mode alone keeps production React): it reports attribute
  // mismatches on hydration too, production React only structural ones, and its other warnings,
  // as console errors the browser checks see.
  await step('react: vite build (client, development React)', () =>
    run(process.execPath, [vite, 'build', '--logLevel', 'warn'], app, { NODE_ENV: 'development' }),
  );
  await step('react: vite build --ssr + react-dom/server renderToString in Node', async () => {
    await run(
      process.execPath,
      [vite, 'build', '--ssr', 'src/server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'],
      app,
    );
    const { render } = await import(pathToFileURL(join(app, 'dist-server/server.js')).href);
    const markup = render();
    const problems = [];
    if (!markup.includes('<inc-card')) problems.push('the server markup has no <inc-card>');
    if (/\[object Object\]|reportid=/i.test(markup))
      problems.push('an object or reportId became an attribute');
    assertNone(problems, { markup });
    const page = join(app, 'dist/hydrate.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<!--ssr-outlet-->', markup));
  });
}

/** Reads both cards: whether defined, title, id, error text and the attributes left on them. */
async function readCards(page) {
  return page.evaluate(async () => {
    const cards = {};
    for (const card of document.querySelectorAll('inc-card[data-check]')) {
      await card.updateComplete;
      const part = (name) => card.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? null;
      cards[card.dataset.check] = {
        defined: card.matches(':defined'),
        title: part('title'),
        id: part('id'),
        text: card.shadowRoot?.textContent ?? '',
        attributes: card.getAttributeNames().join(','),
      };
    }
    return { cards, log: window.incidentLog ?? [], body: { ...document.body.dataset } };
  });
}

/** The card problems every page shares: both cards show INC-002, never INC-001 or an object. */
function cardProblems(state, expected) {
  const problems = [];
  for (const name of ['by-object', 'by-id']) {
    const card = state.cards[name];
    if (!card) {
      problems.push(`no ${name} card`);
      continue;
    }
    if (!card.defined) problems.push(`${name}: not defined`);
    if (card.title !== expected.title) problems.push(`${name}: title is ${JSON.stringify(card.title)}`);
    if (card.id !== 'INC-002') problems.push(`${name}: shows id ${JSON.stringify(card.id)}, not INC-002`);
    if (card.text.includes('[object Object]')) problems.push(`${name}: shows "[object Object]"`);
    if (/(^|,)(report|reportid)(,|$)/.test(card.attributes)) {
      problems.push(`${name}: React set attributes ${card.attributes}`);
    }
  }
  // inc-load is the `src` card's (its file holds every sample report); `report` set directly loads nothing.
  const load = `load by-id ${expected.count}`;
  if (!state.log.includes(load)) problems.push(`onIncLoad did not fire with "${load}"`);
  for (const entry of state.log) if (entry.startsWith('error')) problems.push(`onIncError: ${entry}`);
  return problems;
}

/** Waits like `page.waitForFunction`, but a timeout is left to the checks after it to name. */
const settle = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 10_000 }).catch(() => undefined);

/** Opens the three pages in one browser context and checks each; reports every page that fails. */
export async function checkReactApp(context, origin, expected, label = 'chromium') {
  const failed = [];
  const check = (name, fn) => step(name, fn).catch((error) => failed.push(error.message));
  const open = async (path) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin}/${path}`);
    return { page, errors };
  };

  await check(`react (${label}): define-first (elements registered before React renders)`, async () => {
    const { page, errors } = await open('define-first.html');
    await settle(page, () => (window.incidentLog ?? []).length >= 1);
    const state = await readCards(page);
    assertNone([...errors, ...cardProblems(state, expected)], state);
  });

  await check(
    `react (${label}): define-late (React renders first, define imported after a delay)`,
    async () => {
      const { page, errors } = await open('define-late.html');
      await settle(page, () => document.body.dataset.defined === 'true');
      await settle(page, () => (window.incidentLog ?? []).length >= 1);
      const state = await readCards(page);
      const problems = [...errors, ...cardProblems(state, expected)];
      if (state.body.undefinedBeforeDefine !== '2') {
        problems.push(
          `React did not render before registration (${state.body.undefinedBeforeDefine} undefined)`,
        );
      }
      if (/(^|,)(report|reportid)(,|$)/.test(state.body.attributesBeforeDefine ?? '')) {
        problems.push(`attributes before define: ${state.body.attributesBeforeDefine}`);
      }
      assertNone(problems, state);
    },
  );

  await check(`react (${label}): renderToString + hydrateRoot (no mismatch, onIncLoad fires)`, async () => {
    const { page, errors } = await open('hydrate.html');
    const served = await page.evaluate(() => document.querySelectorAll('inc-card[data-check]').length);
    await settle(page, () => (window.incidentLog ?? []).length >= 1);
    const state = await readCards(page);
    const problems = [...errors, ...cardProblems(state, expected)];
    if (served !== 2) problems.push(`the served page held ${served} cards, not the 2 rendered in Node`);
    assertNone(problems, state);
  });
  if (failed.length > 0) throw new Error(failed.join('\n'));
}
