// The host pages under examples/, loaded the way a visitor loads them (in an iframe, from the dev
// server, nothing injected into them): the content shows, nothing errors, nothing is blocked by the
// strict CSP, and the layout holds under hostile page CSS and right-to-left text.
//
// How errors are captured without touching the pages: the test polls the iframe until its document is
// the example's (readyState "loading", i.e. before any module script can run, since module scripts are
// deferred and the bundle still has to be fetched), then listens for `error`, `unhandledrejection` and
// `securitypolicyviolation` and wraps `console.error` / `console.warn` in that window. Each test
// asserts the hooks went in before the bundle defined anything, and proves they are live with a
// control error (and, on the strict page, a control violation) at the end.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { graphemeWidth, lineWidth, splitGraphemes } from '../../src/components/ascii-diagram/cells.js';
import { openPage, type Opened, type Probe } from './helpers/page-probe.js';

const opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

async function open(path: string, width = 1000): Promise<Opened> {
  const page = await openPage(path, width);
  opened.push(page.frame);
  return page;
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
function deepAll<T extends Element = HTMLElement>(
  root: Document | ShadowRoot | Element,
  selector: string,
): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepAll<T>(el.shadowRoot, selector));
  }
  return found;
}

const cards = (list: Element) => list.shadowRoot?.querySelectorAll('inc-card').length ?? 0;

interface Collection {
  reports: { id?: string; title?: string; tags?: string[] }[];
}
const collections = new Map<string, Promise<Collection>>();
function content(src: string): Promise<Collection> {
  let found = collections.get(src);
  if (!found) {
    found = fetch(src).then((r) => r.json() as Promise<Collection>);
    collections.set(src, found);
  }
  return found;
}

/** Every list shows all of its content's reports; every standalone card shows its report's title. */
async function expectContent(doc: Document): Promise<void> {
  for (const list of doc.querySelectorAll<HTMLElement>('inc-report-list')) {
    const { reports } = await content(list.getAttribute('src')!);
    const expected = reports.length;
    await waitUntil(
      () => cards(list) === expected,
      `${list.id || list.getAttribute('src')}: ${expected} cards`,
      {
        timeout: 8000,
      },
    );
    const count = list.shadowRoot!.querySelector('[part~="count"]')!.textContent;
    expect(count, 'the count line').to.contain(String(expected));
    const filter = list.querySelector('inc-tag-filter')!;
    if (!reports.some((r) => r.tags?.length)) continue; // nothing to filter by: the filter stays empty
    await waitUntil(
      () => (filter.shadowRoot?.querySelectorAll('button[part~="tag"]').length ?? 0) > 0,
      `${list.id || list.getAttribute('src')}: the tag filter shows tags`,
    );
  }
  for (const card of doc.querySelectorAll<HTMLElement>('inc-card[report-id]')) {
    const id = card.getAttribute('report-id')!;
    const report = (await content(card.getAttribute('src')!)).reports.find((r) => r.id === id)!;
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === report.title,
      `card ${id}`,
      { timeout: 8000 },
    );
  }
  for (const report of doc.querySelectorAll<HTMLElement>('inc-report')) {
    await waitUntil(
      () => (report.shadowRoot?.querySelectorAll('inc-code-block').length ?? 0) === 5,
      'the full report and its code blocks',
      { timeout: 8000 },
    );
    type Block = HTMLElement & { highlightComplete: Promise<boolean>; highlighted: boolean };
    // The script-tag loader defines the code block once the report has rendered one: wait for it.
    await doc.defaultView!.customElements.whenDefined('inc-code-block');
    const blocks = [...report.shadowRoot!.querySelectorAll<Block>('inc-code-block')];
    await Promise.all(blocks.map((b) => b.highlightComplete));
    expect(blocks.filter((b) => b.highlighted).length, 'code highlighted').to.be.greaterThan(2);
  }
  const undefinedTags = [...doc.querySelectorAll(':not(:defined)')].filter((el) =>
    el.localName.startsWith('inc-'),
  );
  expect(
    undefinedTags.map((el) => el.localName),
    'undefined elements',
  ).to.deep.equal([]);
  expect(deepAll(doc, '[part~="error"]').length, 'error states').to.equal(0);
}

/** No inline script or style in the page as served, and none added to it. */
async function expectNoInline(doc: Document, path: string): Promise<void> {
  expect(doc.querySelectorAll('script:not([src])').length, 'inline scripts').to.equal(0);
  expect(doc.querySelectorAll('style, [style]').length, 'inline styles').to.equal(0);
  const source = await (await fetch(path)).text();
  expect(source, 'inline script in the source').not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/i);
  expect(source, 'inline style in the source').not.to.match(/<style|\sstyle=|\son[a-z]+=/i);
}

/**
 * Proves the hooks are live: an error thrown by a function of the page's own realm (its JSON.parse,
 * run by its timer; no eval, so it works under the strict CSP too) is seen.
 */
async function expectHooksLive(win: Window & typeof globalThis, probe: Probe): Promise<void> {
  win.setTimeout(win.JSON.parse as unknown as TimerHandler, 0, '{ control error');
  await waitUntil(() => probe.errors.length > 0, 'the control error is seen');
  expect(probe.errors).to.have.length(1);
  probe.errors.length = 0;
}

function expectQuiet(probe: Probe, allowedWarnings: RegExp | null = null): void {
  expect(probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(probe.consoleErrors, 'console errors').to.deep.equal([]);
  expect(probe.violations, 'CSP violations').to.deep.equal([]);
  if (!allowedWarnings) expect(probe.warnings, 'console warnings').to.deep.equal([]);
  else for (const w of probe.warnings) expect(w).to.match(allowedWarnings);
}

/**
 * No card sticks out of the viewport sideways. A list's off-screen cards skip layout
 * (`content-visibility: auto`), so a card that looks out of bounds is first scrolled into view and
 * measured again once laid out.
 */
async function expectCardsFit(win: Window & typeof globalThis, doc: Document): Promise<void> {
  const all = deepAll(doc, 'inc-card');
  expect(all.length).to.be.greaterThan(0);
  const width = doc.documentElement.clientWidth;
  const fits = (card: Element) => {
    const rect = card.getBoundingClientRect();
    return rect.left >= -0.5 && rect.right <= width + 0.5;
  };
  for (const card of all) {
    if (!fits(card)) {
      card.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 3 && !fits(card); i++) await nextFrame();
    }
    const rect = card.getBoundingClientRect();
    const where = `${card.getAttribute('report-id') ?? ''} ${rect.left.toFixed(1)}..${rect.right.toFixed(1)} of ${width}`;
    expect(rect.left, `card left ${where}`).to.be.at.least(-0.5);
    expect(rect.right, `card right ${where}`).to.be.at.most(width + 0.5);
    expect(win.getComputedStyle(card).display).to.not.equal('none');
  }
  win.scrollTo(0, 0);
}

async function resize(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.style.width = `${width}px`;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.body.getBoundingClientRect().width <= width, `the page relaid out at ${width}px`);
  for (let i = 0; i < 4; i++) await nextFrame();
}

/**
 * Every character of every diagram sits a whole number of cells from the diagram's left edge
 * (±0.5 px), the same check as the element's own alignment test.
 */
async function expectDiagramsAligned(win: Window & typeof globalThis, doc: Document): Promise<number> {
  type Diagram = HTMLElement & { diagramLines: string[] };
  const diagrams = deepAll<Diagram>(doc, 'inc-ascii-diagram');
  let checked = 0;
  for (const el of diagrams) {
    // Measured on screen: a list's off-screen cards skip layout (`content-visibility: auto`).
    el.scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const lines = el.diagramLines;
    const diagram = el.shadowRoot!.querySelector<HTMLElement>('[part~="diagram"]');
    if (!diagram || lines.length === 0 || diagram.getBoundingClientRect().width === 0) continue;
    const columns = Math.max(...lines.map(lineWidth));
    const box = diagram.getBoundingClientRect();
    const cell = box.width / columns;
    const fontSize = parseFloat(win.getComputedStyle(diagram).fontSize);
    expect(cell, 'cell width').to.be.within(0.4 * fontSize, 0.75 * fontSize);
    let worst = 0;
    let at = '';
    diagram.querySelectorAll<HTMLElement>('.row').forEach((row, r) => {
      let column = 0;
      for (const span of row.children) {
        const text = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined;
        const parts = splitGraphemes(span.textContent ?? '');
        let offset = text ? text.data.indexOf(parts[0] ?? '') : 0;
        for (const grapheme of parts) {
          let x: number;
          if (parts.length === 1 || !text) {
            x = span.getBoundingClientRect().left - box.left;
          } else {
            const range = doc.createRange();
            range.setStart(text, offset);
            range.setEnd(text, offset + grapheme.length);
            x = range.getBoundingClientRect().left - box.left;
            offset += grapheme.length;
          }
          const off = Math.abs(x - column * cell);
          if (off > worst) {
            worst = off;
            at = `row ${r} column ${column} "${grapheme}"`;
          }
          column += graphemeWidth(grapheme);
        }
      }
    });
    expect(worst, `worst offset ${worst.toFixed(2)}px at ${at} (cell ${cell.toFixed(2)}px)`).to.be.below(0.5);
    checked++;
  }
  win.scrollTo(0, 0);
  return checked;
}

/** The common checks: content, no inline code, no error, cards fit at 1000 px and 360 px. */
async function checkPage(
  path: string,
  options: { warnings?: RegExp; diagrams?: boolean } = {},
): Promise<Opened> {
  const page = await open(path);
  const { frame, win, doc, probe } = page;
  await expectContent(doc);
  await expectNoInline(doc, path);
  for (let i = 0; i < 3; i++) await nextFrame();
  await expectCardsFit(win, doc);
  if (options.diagrams)
    expect(await expectDiagramsAligned(win, doc), 'diagrams checked').to.be.greaterThan(6);
  await resize(frame, 360);
  await expectCardsFit(win, doc);
  if (options.diagrams) await expectDiagramsAligned(win, doc);
  expectQuiet(probe, options.warnings);
  await expectHooksLive(win, probe);
  return page;
}

describe('examples/', () => {
  it('plain.html: a list, a card and a full report on a page without CSS', async () => {
    await checkPage('/examples/plain.html');
  });

  it('heavy-css.html: an opinionated stylesheet changes nothing inside, diagrams stay on their columns', async () => {
    const { win, doc } = await checkPage('/examples/heavy-css.html', { diagrams: true });
    // The page's CSS really is hostile (otherwise this test would prove nothing).
    const p = win.getComputedStyle(doc.querySelector('p')!);
    expect(p.textTransform).to.equal('uppercase');
    expect(parseFloat(p.letterSpacing)).to.be.greaterThan(1);
  });

  it('strict.html: no CSP or Trusted Types violation, and violations would be seen', async () => {
    const { win, doc, probe } = await checkPage('/examples/strict.html');
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(meta.getAttribute('content')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    // scripts/serve.mjs also sends it as a header; so does the test server when configured to.
    const header = (await fetch('/examples/strict.html')).headers.get('content-security-policy');
    if (header !== null) expect(header).to.equal(meta.getAttribute('content'));
    // Control: an inline style is refused by this page's policy and the listener sees it.
    const style = doc.createElement('style');
    style.textContent = 'p { color: red }';
    doc.head.append(style);
    await waitUntil(() => probe.violations.length > 0, 'the control violation is seen');
    expect(probe.violations[0]).to.match(/^style-src/);
    style.remove();
    void win;
  });

  it('twice.html: the bundle loaded twice by URL and once more with a query works, silently', async () => {
    // The three script tags are one build: the second loader stands down without a word and every
    // chunk is one module instance, so nothing is defined twice. (A copy from another folder warns
    // once: tests/browser/cdn-bundle.test.ts.)
    const { win } = await checkPage('/examples/twice.html');
    for (const tag of ['inc-report-list', 'inc-tag-filter', 'inc-card', 'inc-ascii-diagram'])
      expect(win.customElements.get(tag), tag).to.exist;
  });

  it('spa.html: moved, removed, re-added and re-pointed elements render and nothing errors', async () => {
    const page = await open('/examples/spa.html');
    const { doc, win, probe } = page;
    await waitUntil(() => doc.documentElement.dataset.spa, 'the router finishes', { timeout: 15000 });
    expect(doc.documentElement.dataset.spaError ?? '', 'router error').to.equal('');
    expect(doc.documentElement.dataset.spa).to.equal('done');
    expect(doc.querySelector('#sidebar #notes'), 'the re-pointed list').to.exist;
    expect(doc.querySelector('#outlet #incidents'), 'the re-added list').to.exist;
    expect(doc.querySelector('#outlet #late'), 'the list removed mid-fetch').to.exist;
    expect(doc.querySelector('#featured')!.getAttribute('report-id')).to.equal('INC-007');
    await expectContent(doc);
    await expectNoInline(doc, '/examples/spa.html');
    await expectCardsFit(win, doc);
    expectQuiet(probe);
    await expectHooksLive(win, probe);
  });

  it('rtl.html: a right-to-left page renders and keeps diagrams on their columns', async () => {
    const { win, doc } = await checkPage('/examples/rtl.html', { diagrams: true });
    expect(win.getComputedStyle(doc.body).direction).to.equal('rtl');
  });

  it('index.html links every example', async () => {
    const { doc, win, probe } = await open('/examples/index.html');
    const links = [...doc.querySelectorAll('a')].map((a) => new URL(a.href).pathname).sort();
    expect(links).to.deep.equal(
      ['heavy-css', 'plain', 'rtl', 'spa', 'strict', 'twice'].map((name) => `/examples/${name}.html`),
    );
    await expectNoInline(doc, '/examples/index.html');
    expectQuiet(probe);
    await expectHooksLive(win, probe);
  });
});
