// The Eleventy 3 site (eleventy-site/): a shortcode prerenders the bundled sample's list at build
// time with renderToString; the page must read fully without JavaScript and become live with it.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNone, run, step, watchErrors } from './lib.mjs';

/** The text of a page as a reader sees it: `innerText` of the document and of every shadow root. */
function pageText() {
  const texts = [document.body.innerText];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      for (const child of el.shadowRoot.children) if (child.innerText) texts.push(child.innerText);
      walk(el.shadowRoot);
    }
  };
  walk(document);
  return texts.join('\n').replace(/\s+/g, ' ');
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Builds the site; checks the HTML file holds every title and summary of the sample. */
export async function buildEleventySite(site, sample, reports) {
  mkdirSync(join(site, 'src/_data'), { recursive: true });
  copyFileSync(sample, join(site, 'src/_data/incidents.json'));
  await step('eleventy: build (shortcode prerenders the list)', () =>
    run(process.execPath, [join(site, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet'], site),
  );
  await step('eleventy: the built HTML holds every title and summary', () => {
    const html = readFileSync(join(site, '_site/index.html'), 'utf8');
    const text = squash(
      html
        .replace(/<!--.*?-->/gs, '')
        .replace(/<script\b.*?<\/script>/gs, '')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
    const missing = reports.flatMap((r) =>
      [r.title, r.summary].filter((t) => t && !text.includes(squash(t))),
    );
    if (!html.includes('shadowrootmode="open"')) missing.unshift('no declarative shadow root');
    assertNone(
      missing.map((t) => `missing: ${t}`),
      { bytes: html.length },
    );
  });
}

/** Without JavaScript the text is there; with the package's loader the list filters by tag. */
export async function checkEleventySite(browser, origin, reports, label = 'chromium') {
  // Firefox over BiDi has no JavaScript-off page; tests/browser/ssr.test.ts reads the same markup
  // with scripts off in a sandboxed frame, in both browsers.
  if (label === 'chromium')
    await step(`eleventy (${label}): JavaScript off, the page reads fully (innerText)`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${origin}/`);
        const state = await page.evaluate(() => ({
          defined: customElements.get('inc-report-list') !== undefined,
          shadow: document.querySelector('inc-report-list')?.shadowRoot !== null,
        }));
        const text = await page.evaluate(pageText);
        const problems = [...errors];
        if (state.defined) problems.push('a script ran: the element is defined');
        if (!state.shadow) problems.push('no declarative shadow root on <inc-report-list>');
        for (const r of reports) {
          for (const t of [r.title, r.summary])
            if (t && !text.includes(squash(t))) problems.push(`not shown: ${t}`);
        }
        assertNone(problems, state);
      } finally {
        await context.close();
      }
    });

  await step(`eleventy (${label}): JavaScript on, the list goes live (a tag click narrows it)`, async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${origin}/`);
      const live = await page
        .waitForFunction(
          () => customElements.get('inc-report-list') && customElements.get('inc-card'),
          null,
          {
            timeout: 10_000,
          },
        )
        .then(
          () => true,
          () => false,
        );
      if (!live) assertNone(['the loader did not define inc-report-list and inc-card', ...errors], {});
      const cards = () =>
        page.evaluate(async () => {
          const list = document.querySelector('inc-report-list');
          await list.updateComplete;
          // Filtered-out cards stay in the DOM, hidden: count what a reader sees.
          const items = [...list.shadowRoot.querySelectorAll('inc-card')].filter((c) => c.checkVisibility());
          await Promise.all(items.map((card) => card.updateComplete));
          return {
            count: list.shadowRoot.querySelector('[part~="count"]')?.textContent?.trim() ?? null,
            titles: items.map((c) => c.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()),
          };
        });
      const before = await cards();
      // A tag of the second report only (its first tag another report lacks).
      const tag = reports[1].tags.find((t) => reports.filter((r) => r.tags.includes(t)).length === 1);
      // A real click (the mouse, at the button's centre), the same in Playwright and Puppeteer.
      const at = await page.evaluate((name) => {
        const list = document.querySelector('inc-report-list');
        for (const card of list.shadowRoot.querySelectorAll('inc-card')) {
          for (const button of card.shadowRoot.querySelectorAll('button[part~="tag"]')) {
            if (button.textContent.trim() !== name) continue;
            button.scrollIntoView({ block: 'center' });
            const { x, y, width, height } = button.getBoundingClientRect();
            return { x: x + width / 2, y: y + height / 2 };
          }
        }
        return null;
      }, tag);
      if (!at) assertNone([`no "${tag}" tag button in the live list`, ...errors], {});
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(
        (text) =>
          document
            .querySelector('inc-report-list')
            .shadowRoot.querySelector('[part~="count"]')
            ?.textContent?.trim() !== text,
        before.count,
        { timeout: 5_000 },
      );
      const after = await cards();
      const problems = [...errors];
      if (before.titles.length !== reports.length) {
        problems.push(`live list shows ${before.titles.length} cards, not ${reports.length}`);
      }
      if (after.titles.join('|') !== reports[1].title)
        problems.push(`after "${tag}": ${after.titles.join('|')}`);
      if (after.count === before.count) problems.push(`the count line did not change (${after.count})`);
      assertNone(problems, { tag, before, after });
    } finally {
      await context.close();
    }
  });
}
