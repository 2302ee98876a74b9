// Case 6 of `npm run bench`: the seed incident index as three pages, loaded on a throttled phone.
//   static:      the seed's hand-written HTML (bench/pages/seed/static.html), no script;
//   prerendered: the same content from `renderToString` (Declarative Shadow DOM) + the loader script;
//   widget:      `<inc-report-list src=…>` + the loader script, rendered in the browser.
// Timings are first contentful paint and largest contentful paint from navigation start, as the
// browser reports them (PerformanceObserver `paint` / `largest-contentful-paint`, buffered); the
// target is prerendered ≤ 1.15× static for both, in Chromium on the phone profile.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Lighthouse's slow-4G mobile profile: 4× CPU, 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  throttle: { cpuRate: 4, latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 },
};
export const PAGE_KINDS = ['static', 'prerendered', 'widget'];
export const MAX_RATIO = 1.15;
const SAMPLE = 'src/data/samples/incident-reports.json';
/** The seed page's layout, as attributes (the same as the demo's incident index). */
const LAYOUT = {
  heading: '$ ls /var/reports — {count} entries',
  sort: 'id',
  meta: 'id slug status',
  linkLabel: 'read the report',
  theme: 'terminal',
};
const QUIET_MS = 1000; // after the content is complete, so late LCP candidates and shifts are caught

export const PRERENDER_METHOD =
  'Case 6, the seed incident index (src/data/samples/incident-reports.json, 7 reports) as three pages: the seed\'s hand-written static HTML (bench/pages/seed/static.html: inline <style>, no script); the same content prerendered by `renderToString` from the built `incident-elements/ssr` (Declarative Shadow DOM, content embedded as inline JSON, the seed\'s layout as attributes) with the loader `<script type="module" src="/dist/cdn/incident-elements.js">`; and the widget, `<inc-report-list src=…>` with the same attributes and script. Served gzip-compressed (level 6) with Cache-Control: no-store, each page in a fresh browser context, the three kinds rotating their order every run. Chromium: 390×844 mobile viewport, CDP `Emulation.setCPUThrottlingRate` 4 and `Network.emulateNetworkConditions` (150 ms latency, 1,638.4 kbit/s down, 750 kbit/s up). FCP and LCP are the browser\'s own entries (`paint` first-contentful-paint, last `largest-contentful-paint`, read buffered 1 s after every report title is in the page, shadow roots included); bytes are the sum of `transferSize` of the navigation and every resource by then (compressed, headers included); layout shift is the sum of `layout-shift` entries without recent input. Firefox has no throttling here (no CDP over BiDi): its numbers are unthrottled on the same viewport, reported beside and judged by no target.';

/** Writes the prerendered and widget pages into bench/data/seed/; returns their paths and sizes. */
export async function preparePrerenderPages(root) {
  const { renderToString } = await import(pathToFileURL(join(root, 'dist/ssr/index.js')).href);
  const content = JSON.parse(readFileSync(join(root, SAMPLE), 'utf8'));
  const dir = join(root, 'bench/data/seed');
  mkdirSync(dir, { recursive: true });
  const staticHtml = readFileSync(join(root, 'bench/pages/seed/static.html'), 'utf8');
  // The element pages sit on the static page's own background, so the pages differ only in how
  // the content gets there.
  const PAGE_BACKGROUND = /body\s*\{[^}]*background:\s*([^;]+);/.exec(staticHtml)?.[1] ?? 'Canvas';
  const list = await renderToString(content, LAYOUT);
  const attrs = `heading="${LAYOUT.heading}" sort="${LAYOUT.sort}" meta="${LAYOUT.meta}" link-label="${LAYOUT.linkLabel}" theme="${LAYOUT.theme}"`;
  const widget = `<inc-report-list src="/${SAMPLE}" ${attrs}></inc-report-list>`;
  const shell = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; background: ${PAGE_BACKGROUND}; }
      main { max-width: 52rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
    </style>
    <script type="module" src="/dist/cdn/incident-elements.js"></script>
  </head>
  <body>
    <main>
      ${body}
    </main>
  </body>
</html>
`;
  const files = {
    static: { url: '/bench/pages/seed/static.html', html: staticHtml },
    prerendered: { url: '/bench/data/seed/prerendered.html', html: shell('Incident reports', list) },
    widget: { url: '/bench/data/seed/widget.html', html: shell('Incident reports', widget) },
  };
  writeFileSync(join(dir, 'prerendered.html'), files.prerendered.html);
  writeFileSync(join(dir, 'widget.html'), files.widget.html);
  const texts = content.reports.flatMap((r) => [r.title, r.summary, ...r.tags]);
  const pages = {};
  for (const [kind, { url, html }] of Object.entries(files)) {
    pages[kind] = { url, bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 6 }).length };
  }
  return { pages, texts, lastTitle: content.reports.at(-1).title, reports: content.reports.length };
}

/** In the page: every text node's text, shadow roots included, whitespace squashed. */
function composedText() {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('script, style, template')) parts.push(node.data);
      return;
    }
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** In the page: the last title is there and the list, if any, has taken over with every card. */
function isLive({ lastTitle, reports }) {
  const list = document.querySelector('inc-report-list');
  // A page with no script (the static page) has nothing to take over.
  if (list && document.querySelector('script[type="module"]')) {
    if (!customElements.get('inc-report-list') || !list.hasUpdated) return false;
    const cards = list.shadowRoot.querySelectorAll('inc-card');
    if (cards.length !== reports || ![...cards].every((c) => c.hasUpdated)) return false;
  }
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ').includes(lastTitle);
}

/** In the page, once the content is complete and quiet: the browser's own paint and size figures. */
async function readMetrics() {
  const buffered = (type) =>
    new Promise((resolve) => {
      if (!PerformanceObserver.supportedEntryTypes?.includes(type)) {
        resolve(null);
        return;
      }
      const entries = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type, buffered: true });
      setTimeout(() => {
        entries.push(...observer.takeRecords());
        observer.disconnect();
        resolve(entries);
      }, 50);
    });
  const [lcp, shifts] = await Promise.all([buffered('largest-contentful-paint'), buffered('layout-shift')]);
  const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  const [nav] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource');
  const sum = (key) => resources.reduce((total, r) => total + (r[key] ?? 0), nav?.[key] ?? 0);
  const last = lcp?.at(-1);
  return {
    fcp: fcp?.startTime ?? null,
    lcp: last ? last.startTime : null,
    lcpElement: last?.element
      ? last.element.localName + (last.element.className ? `.${last.element.className}` : '')
      : null,
    lcpSize: last?.size ?? null,
    layoutShift: shifts ? shifts.filter((s) => !s.hadRecentInput).reduce((t, s) => t + s.value, 0) : null,
    transfer: sum('transferSize'),
    decoded: sum('decodedBodySize'),
    requests: resources.length + 1,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    defined: Boolean(customElements.get('inc-report-list')),
  };
}

export async function measurePage(browser, origin, kind, setup, phone) {
  const page = await browser.newPage(
    phone
      ? { viewport: PHONE.viewport, mobile: true, throttle: PHONE.throttle }
      : { viewport: PHONE.viewport },
  );
  try {
    await page.goto(`${origin}${setup.pages[kind].url}`);
    const started = Date.now();
    // The widget fetches and renders after load, the prerendered list takes over after load: wait
    // until the element (if any) is live and every report's card is rendered, however it gets there.
    while (!(await page.evaluate(isLive, setup))) {
      if (Date.now() - started > 60000) throw new Error(`${kind}: content not complete after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const metrics = await page.evaluate(readMetrics);
    const text = await page.evaluate(composedText);
    metrics.missingText = setup.texts.filter((t) => !text.includes(t.replace(/\s+/g, ' ')));
    metrics.pageErrors = page.errors.filter((e) => !/favicon/i.test(e));
    return metrics;
  } finally {
    await page.close().catch(() => {});
  }
}

/** `[min, max]` of the finite values, or null. */
function range(values) {
  const nums = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return nums.length ? [Math.min(...nums), Math.max(...nums)] : null;
}

function median(values) {
  const nums = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (nums.length === 0) return null;
  const mid = Math.floor(nums.length / 2);
  return nums.length % 2 ? nums[mid] : (nums[mid - 1] + nums[mid]) / 2;
}

/**
 * Runs `runs` rounds in one browser, each round one fresh page of every kind in a rotating order.
 * Returns `{ browser, profile, runs, kinds: { kind: { samples, fcp, lcp, transfer, … } } }`.
 */
export async function runPrerenderCase({ browser, name, origin, setup, runs, log, warnings }) {
  const phone = name === 'chromium';
  const samples = Object.fromEntries(PAGE_KINDS.map((k) => [k, []]));
  for (let run = 0; run < runs; run++) {
    const t = Date.now();
    const order = PAGE_KINDS.map((_, i) => PAGE_KINDS[(i + run) % PAGE_KINDS.length]);
    for (const kind of order) {
      try {
        const m = await measurePage(browser, origin, kind, setup, phone);
        samples[kind].push(m);
        if (m.missingText.length)
          warnings.push(`case 6 ${name} ${kind}: text missing: ${m.missingText.slice(0, 3).join(' | ')}`);
        if (m.pageErrors.length)
          warnings.push(`case 6 ${name} ${kind}: page errors: ${m.pageErrors.slice(0, 3).join(' | ')}`);
      } catch (error) {
        warnings.push(
          `case 6 ${name} ${kind} run ${run + 1}: ${String(error?.message ?? error).split('\n')[0]}`,
        );
      }
    }
    log(`${name} case 6 run ${run + 1}/${runs} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  const kinds = {};
  for (const kind of PAGE_KINDS) {
    const s = samples[kind];
    kinds[kind] = {
      runs: s.length,
      fcp: median(s.map((m) => m.fcp)),
      lcp: median(s.map((m) => m.lcp)),
      lcpRange: range(s.map((m) => m.lcp)),
      transfer: median(s.map((m) => m.transfer)),
      decoded: median(s.map((m) => m.decoded)),
      requests: median(s.map((m) => m.requests)),
      layoutShift: median(s.map((m) => m.layoutShift)),
      lcpElement: s.at(-1)?.lcpElement ?? null,
      samples: s,
    };
  }
  for (const kind of PAGE_KINDS) {
    for (const metric of ['fcp', 'lcp']) {
      const base = kinds.static[metric];
      kinds[kind][`${metric}Ratio`] =
        base && kinds[kind][metric] !== null ? kinds[kind][metric] / base : null;
    }
  }
  const target = phone
    ? {
        text: `prerendered FCP and LCP ≤ ${MAX_RATIO}× static (Chromium, phone profile)`,
        fcp: kinds.prerendered.fcpRatio !== null && kinds.prerendered.fcpRatio <= MAX_RATIO,
        lcp: kinds.prerendered.lcpRatio !== null && kinds.prerendered.lcpRatio <= MAX_RATIO,
      }
    : null;
  return { browser: name, profile: phone ? 'phone, throttled' : 'unthrottled', runs, kinds, target };
}

const ms = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(0)} ms`);
const ratio = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
const kB = (v) => (v === null || v === undefined ? '–' : `${(v / 1024).toFixed(1)} kB`);

/** Table rows: one per browser × page kind. */
export function prerenderRows(results, labels = {}) {
  const head = [
    'Page',
    'Browser (profile)',
    'FCP',
    'LCP',
    'LCP range',
    'FCP ÷ static',
    'LCP ÷ static',
    'Transferred',
    'Requests',
    'Layout shift',
    'Target',
    'Runs',
  ];
  const body = [];
  for (const r of results) {
    for (const kind of PAGE_KINDS) {
      const k = r.kinds[kind];
      let target = '';
      if (r.target && kind === 'prerendered') {
        const pass = r.target.fcp && r.target.lcp;
        target = `${pass ? 'PASS' : 'MISS'} (≤ ${MAX_RATIO}× static: FCP ${r.target.fcp ? 'pass' : 'MISS'}, LCP ${r.target.lcp ? 'pass' : 'MISS'})`;
      } else if (!r.target && kind === 'prerendered') target = 'none (unthrottled)';
      body.push([
        kind,
        `${labels[r.browser] ?? r.browser} (${r.profile})`,
        ms(k.fcp),
        ms(k.lcp),
        k.lcpRange ? `${k.lcpRange[0].toFixed(0)}–${k.lcpRange[1].toFixed(0)} ms` : '–',
        ratio(k.fcpRatio),
        ratio(k.lcpRatio),
        kB(k.transfer),
        k.requests ?? '–',
        k.layoutShift === null ? '–' : k.layoutShift.toFixed(3),
        target,
        k.runs,
      ]);
    }
  }
  return { head, body };
}
