// Where a filter interaction's time goes, in Chromium: loads bench/pages/list.html with the built
// script-tag bundle and a generated collection (the bench's own generator and seed), performs the
// bench's tag click or search keystroke a few times under a CDP trace, and prints, per interaction,
// the time from the input event to the next paint and the main thread's longest trace events in that
// window. It explains the bench's timings; it is not one (tracing slows the page).
//
//   npm run build && node bench/profile.mjs [tag|search] [--reports N] [--repeat K] [--trace FILE] [--cpu]
//
// `--cpu` also samples the JavaScript during the interactions and prints the functions with the most
// self time (source-mapped names need the unminified build, see the hint below).
//
// Hint: build with `minify: false` (vite.config.ts, cdn build) to read function names in the trace.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/browsers.mjs';
import { generateCollection, midFrequencyTag, searchCharacter } from './generate.mjs';
import { startBenchServer } from './server.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    reports: { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20260601' },
    trace: { type: 'string' },
    cpu: { type: 'boolean', default: false },
  },
});
const action = positionals[0] ?? 'tag';
if (action !== 'tag' && action !== 'search')
  throw new Error(`unknown interaction "${action}" (tag or search)`);
const reports = Number(args.reports);
const collection = generateCollection(reports, Number(args.seed));
const { tag } = midFrequencyTag(collection);
const { char } = searchCharacter(collection);

const CATEGORIES = ['devtools.timeline', 'blink', 'blink.style', 'v8.execute'].join(',');
/** Trace events that only wrap others (their time is their children's). */
const WRAPPERS =
  /^(RunTask|ThreadControllerImpl::RunTask|ProxyMain::BeginMainFrame|WebFrameWidgetImpl::|LocalFrameView::Run|Blink\.\w+\.UpdateTime|V8\.)/;

const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // The page fetches /bench/data/N.json; serve the generated collection for it.
  await page.route(`**/bench/data/${reports}.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(collection) }),
  );
  await page.goto(`${server.origin}/bench/pages/list.html`);
  await page.evaluate(() => window.bench.ready());
  await page.evaluate((n) => window.bench.load(n), reports);
  await page.evaluate(() => window.bench.render());
  await page.evaluate(() => window.bench.settle(500));

  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...batch.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  if (args.cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const profiles = [];
  const startType = action === 'tag' ? 'click' : 'keydown';
  for (let i = 0; i < Number(args.repeat); i++) {
    if (args.cpu) await cdp.send('Profiler.start');
    if (action === 'tag') {
      const target = await page.evaluate((t) => window.bench.tagTarget(t), tag);
      await page.evaluate(() => window.bench.arm('click', 'click'));
      await page.mouse.click(target.x, target.y);
    } else {
      await page.evaluate(() => window.bench.searchTarget());
      await page.evaluate(() => window.bench.arm('keydown', 'input'));
      // Alternately type the bench's character and delete it, so every keystroke filters.
      await page.keyboard.press(i % 2 === 0 ? char : 'Backspace');
    }
    // Samples up to the paint after the input: what the reader waits for.
    if (args.cpu) {
      await page.evaluate(() => window.bench.painted());
      profiles.push((await cdp.send('Profiler.stop')).profile);
    }
    await page.evaluate(() => window.bench.finish([]));
    await page.evaluate(() => window.bench.settle(500));
  }
  await cdp.send('Tracing.end');
  await complete;
  if (args.trace) writeFileSync(args.trace, JSON.stringify({ traceEvents: events }));

  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === startType);
  console.log(
    `${action} at ${reports} reports (${action === 'tag' ? `tag "${tag}"` : `key "${char}" / Backspace`})`,
  );
  for (const input of inputs) {
    const main = events.filter((e) => e.pid === input.pid && e.tid === input.tid && e.ph === 'X');
    const paint = main.filter((e) => e.ts > input.ts && e.name === 'Paint').sort((a, b) => a.ts - b.ts)[0];
    const end = paint ? paint.ts + paint.dur : input.ts + 500000;
    const inside = main.filter(
      (e) => e.ts >= input.ts && e.ts < end && e.dur >= 1000 && !WRAPPERS.test(e.name),
    );
    console.log(`\ninput → the next frame painted: ${((end - input.ts) / 1000).toFixed(1)} ms`);
    for (const e of inside) {
      const detail = e.args?.elementCount ?? e.args?.beginData?.dirtyObjects;
      const at = ((e.ts - input.ts) / 1000).toFixed(1).padStart(6);
      console.log(
        `${at} ms  ${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${e.name}${detail ? ` (${detail})` : ''}`,
      );
    }
  }
  if (args.cpu) printSelfTime(profiles);
} finally {
  await browser.close();
  await server.close();
}

/** The functions with the most self time in a CDP CPU profile (idle and GC left out). */
function printSelfTime(profiles) {
  const self = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]);
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (['(idle)', '(program)', '(garbage collector)'].includes(functionName)) continue;
      const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\nJavaScript self time from each of ${args.repeat} inputs to the paint after it, summed:`);
  for (const [name, us] of rows) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}
