// Prerendered markup (`incident-elements render`) in a real browser: read with JavaScript off (a
// sandboxed frame without `allow-scripts`), and taken over in place once the elements are defined.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseCollection, type Collection } from '../../src/data/index.js';
import { inlineText } from '../../src/shared/render-inline.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';

const SAMPLE = 'src/data/samples/incident-reports.json';
/** Twelve reports with a body and no url, which open in place (every sample report links out). */
const DEEP_LINKS = 'tests/fixtures/prerender-deep-links.json';
let collection: Collection;

/** The pages the tests open, by query: each is rendered once by the CLI (a child process). */
const pageQuery = (query: Record<string, string>) => new URLSearchParams({ file: SAMPLE, ...query });

before(async function () {
  const result = parseCollection(await (await fetch(`/${SAMPLE}`)).json());
  if (!result.ok) throw new Error('sample is invalid');
  collection = result.collection;
  // Rendering spawns the CLI, seconds on a busy machine: done here, outside the tests' timeouts.
  this.timeout(120_000);
  const card = (report: { id: string }) => ({ element: 'card', 'report-id': report.id });
  const queries: Record<string, string>[] = [
    {},
    card(collection.reports.find((r) => r.diagram)!),
    card(collection.reports[2]!),
    { file: DEEP_LINKS, tags: 'Kafka' },
  ];
  for (const query of queries) await fetch(`/__ssr/page?${pageQuery(query)}`);
});

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a prerendered page in a frame; `scripts: false` is a browser with JavaScript off. */
async function openPage(
  query: Record<string, string>,
  scripts: boolean | 'list' | 'blocked-list',
  hash = '',
): Promise<Document> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  // On screen (fixed, one over the other): content-visibility skips what is off screen.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1000px; height: 900px; border: 0';
  const js = typeof scripts === 'string' ? `&js=${scripts}&inc-probe` : scripts ? '&js&inc-probe' : '';
  frame.src = `/__ssr/page?${pageQuery(query)}${js}${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/**
 * What a reader saw move in a frame's page: the sum of its layout shifts without recent input, or
 * `undefined` where the browser has no Layout Instability API (Firefox).
 */
async function layoutShift(win: typeof window): Promise<number | undefined> {
  if (!('LayoutShift' in win)) return undefined;
  return new Promise<number>((resolve) => {
    new win.PerformanceObserver((entries, observer) => {
      observer.disconnect();
      const values = entries.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
      resolve(values.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(0), 500); // no entry at all: nothing moved
  });
}

/** Every element of the composed tree (through open shadow roots). */
function* composed(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* composed(el.shadowRoot);
  }
}

/** The text a reader sees: text nodes of visible elements, through shadow roots. */
function visibleText(doc: Document): string {
  let text = '';
  for (const el of composed(doc)) {
    if (el.localName === 'style' || el.localName === 'script' || !el.checkVisibility()) continue;
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    text += ' ';
  }
  return text.replace(/\s+/g, ' ');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('prerendered markup without JavaScript', () => {
  it('reads like a page: every title, summary, tag, date and link is there', async () => {
    const doc = await openPage({}, false);
    expect(doc.defaultView!.customElements.get('inc-report-list'), 'no script ran').to.equal(undefined);
    const list = doc.querySelector('inc-report-list')!;
    expect(list.shadowRoot, 'declarative shadow root').to.not.equal(null);
    const text = visibleText(doc);
    const links = [...composed(doc)].filter((el): el is HTMLAnchorElement => el.localName === 'a');
    const times = [...composed(doc)].filter((el) => el.localName === 'time');
    for (const report of collection.reports) {
      if (report.title) expect(text, report.id).to.include(squash(report.title));
      if (report.summary) expect(text, report.id).to.include(squash(inlineText(report.summary)));
      for (const tag of report.tags) expect(text, `${report.id} tag`).to.include(tag);
      if (report.date) {
        const time = times.find((t) => t.getAttribute('datetime') === report.date);
        expect(time?.checkVisibility(), `${report.id} date`).to.equal(true);
        expect(time!.textContent.trim()).to.not.equal('');
      }
      if (report.url) {
        const link = links.find((a) => a.getAttribute('href') === report.url && a.checkVisibility());
        expect(link, `${report.id} link`).to.not.equal(undefined);
      }
    }
  });

  it('offers no control that needs JavaScript', async () => {
    const doc = await openPage({}, false);
    const controls = [...composed(doc)].filter((el) => el.localName === 'button' || el.localName === 'input');
    expect(controls.length, 'the markup has controls').to.be.greaterThan(0);
    const shown = controls.filter((el) => el.checkVisibility({ visibilityProperty: true }));
    expect(shown.map((el) => el.outerHTML)).to.deep.equal([]);
  });

  it('lays the first cards out with the page, not a frame later, contained as when live', async () => {
    const doc = await openPage({}, false);
    const chunks = doc.querySelector('inc-report-list')!.shadowRoot!.querySelectorAll('.chunk');
    expect(chunks.length).to.be.greaterThan(0);
    // content-visibility: auto decides a frame after the first paint, so the largest text (a card's
    // summary) would paint a frame after the first content.
    const style = getComputedStyle(chunks[0]!);
    expect(style.contentVisibility).to.equal('visible');
    // The same containment as a live chunk: margins must not collapse through it (the page moved
    // 12 px at the takeover when they did).
    const contained = ['layout', 'paint', 'style'].every((kind) => style.contain.includes(kind));
    expect(contained || style.contain === 'content', style.contain).to.equal(true);
  });

  it('keeps diagram characters on the cell grid by CSS alone (within 0.5 px)', async () => {
    const withDiagram = collection.reports.find((r) => r.diagram)!;
    const doc = await openPage({ element: 'card', 'report-id': withDiagram.id }, false);
    const diagram = [...composed(doc)].find((el) => el.classList.contains('diagram'))!;
    expect(diagram, 'diagram rendered').to.not.equal(undefined);
    const cells = diagram.querySelectorAll<HTMLElement>('.row > span');
    const one = [...cells].find((c) => c.classList.contains('w1'))!;
    const cell = one.getBoundingClientRect().width;
    expect(cell).to.be.greaterThan(4);
    const x0 = diagram.getBoundingClientRect().left;
    let worst = 0;
    let glyphs = 0;
    for (const row of diagram.querySelectorAll('.row')) {
      let column = 0;
      for (const span of row.querySelectorAll<HTMLElement>(':scope > span')) {
        const width = Number(/\bw(\d+)\b/.exec(span.className)?.[1] ?? 1);
        worst = Math.max(worst, Math.abs(span.getBoundingClientRect().left - (x0 + column * cell)));
        const textNode = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined;
        if (span.classList.contains('r') && textNode) {
          // Inside a run, each glyph must start on its own cell.
          const chars = [...textNode.data];
          let offset = 0;
          chars.forEach((char, i) => {
            const range = doc.createRange();
            range.setStart(textNode, offset);
            range.setEnd(textNode, offset + char.length);
            offset += char.length;
            if (char === ' ') return;
            const left = range.getBoundingClientRect().left;
            worst = Math.max(worst, Math.abs(left - (x0 + (column + i) * cell)));
            glyphs++;
          });
        }
        column += width;
      }
    }
    expect(glyphs, 'glyphs measured').to.be.greaterThan(20);
    expect(worst, 'largest distance from the grid, px').to.be.at.most(0.5);
  });
});

describe('prerendered markup with JavaScript', () => {
  let afterShift: number | undefined;

  it('is taken over in place: one copy of the content, same layout, filters live', async () => {
    const before = await openPage({}, false);
    // Settled too: content-visibility decides what is on screen at the next frames (Firefox read
    // the place 1,691 px off when it measured at load).
    for (let i = 0; i < 3; i++)
      await new Promise((resolve) => before.defaultView!.requestAnimationFrame(resolve));
    const afterAt = before.getElementById('after')!.getBoundingClientRect().top;
    // As on a slow phone (or a busy machine), where a time slice holds only a card or two: what is
    // painted between slices must not move.
    await executeServerCommand('cpu-throttle', { rate: 6 });
    let list: IncReportList;
    let doc: Document;
    try {
      doc = await openPage({}, true);
      const win = doc.defaultView!;
      await waitUntil(() => win.customElements.get('inc-report-list'), 'elements defined', { timeout: 8000 });
      list = doc.querySelector<IncReportList>('inc-report-list')!;
      await list.renderComplete;
    } finally {
      await executeServerCommand('cpu-throttle', { rate: 1 });
    }
    const win = doc.defaultView!;
    // The script-tag loader defines the cards when it first sees them, after the list: measure the
    // settled page, every card rendered (measuring earlier passed or failed by timing alone).
    await win.customElements.whenDefined('inc-card');
    for (const card of list.shadowRoot!.querySelectorAll('inc-card'))
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // content-visibility decides what is on screen at the next frames: measure after them.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const root = list.shadowRoot!;
    expect(root.querySelectorAll('.list').length, 'one list, not the server copy plus a new one').to.equal(1);
    expect(root.querySelectorAll('inc-card').length).to.equal(collection.reports.length);
    const text = visibleText(doc);
    for (const report of collection.reports) expect(text).to.include(squash(report.title!));
    // What a reader sees move: the layout shifts the browser reports (Chromium has the API).
    const shifts = await layoutShift(win);
    if (shifts !== undefined)
      expect(shifts, 'cumulative layout shift from load to interactive').to.be.at.most(0.01);
    afterShift = doc.getElementById('after')!.getBoundingClientRect().top - afterAt;
    const tag = collection.reports[0]!.tags[0]!;
    list.tags = tag;
    await list.renderComplete;
    expect(list.visibleReports.every((r) => r.tags.includes(tag))).to.equal(true);
    expect(list.visibleReports.length).to.be.lessThan(collection.reports.length);
  });

  // Below the screen too: the live list reserves what the prerendered one showed (placeholders sized
  // from measured cards, and the first render waits for the cards' own code).
  it('the element after the list keeps its place, below the screen too', () => {
    expect(Math.abs(afterShift ?? Infinity)).to.be.at.most(1);
  });

  it('deep links and URL sync work after the takeover, with no error on the way', async () => {
    const target = { id: 'INC-110' }; // tagged Kafka, so it stays shown under the URL's filter
    const doc = await openPage({ file: DEEP_LINKS, tags: 'Kafka' }, true, `#${target.id}`);
    const win = doc.defaultView! as Window & { __incProbe?: { errors: string[]; consoleErrors: string[] } };
    await waitUntil(() => win.customElements.get('inc-card'), 'elements defined', { timeout: 8000 });
    const list = doc.querySelector<IncReportList>('inc-report-list')!;
    await list.renderComplete;
    const card = () =>
      [...list.shadowRoot!.querySelectorAll('inc-card')].find((c) => c.report?.id === target.id);
    // The deep link opens the report in its card and brings it to the top of the screen.
    await waitUntil(() => card()?.shadowRoot?.querySelector('inc-report'), 'the linked report opens', {
      timeout: 8000,
    });
    // (At the top, or as far as the page scrolls: the last cards cannot reach the top.)
    await waitUntil(
      () => {
        const top = card()!.getBoundingClientRect().top;
        return top >= -1 && top < win.innerHeight / 2;
      },
      'scrolled to the card',
      {
        timeout: 3000,
      },
    );
    // URL sync, both ways: the filter in the page's URL applies once the list follows it, and a tag
    // chosen in a live card is written back to the URL.
    list.syncUrl = true;
    await list.renderComplete;
    expect(list.visibleReports.length, 'the URL filter applies').to.equal(6);
    expect(list.visibleReports.every((r) => r.tags.includes('Kafka'))).to.equal(true);
    const runbooks = [...card()!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="tag"]')].find(
      (b) => b.textContent?.includes('Runbooks'),
    )!;
    runbooks.click();
    await list.renderComplete;
    await waitUntil(
      () => new URL(win.location.href).searchParams.get('tags') === 'Kafka,Runbooks',
      'the chosen tag in the URL',
    );
    expect(win.__incProbe?.errors, 'page errors').to.deep.equal([]);
    expect(win.__incProbe?.consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('takes over before inc-card is defined (the loader defines it later), and a layout change then does not throw', async function () {
    this.timeout(60_000); // the page is rendered by the CLI on first request
    const layout = { meta: 'id slug status', 'link-label': 'read the report' };
    const doc = await openPage(layout, 'list');
    const win = doc.defaultView!;
    await waitUntil(() => win.customElements.get('inc-report-list'), 'list defined', { timeout: 8000 });
    const list = doc.querySelector<IncReportList>('inc-report-list')!;
    expect(win.customElements.get('inc-card'), 'the card is not defined in this page').to.equal(undefined);
    await list.renderComplete;
    // A layout attribute changing while the server-rendered cards wait for their chunk: the list asks
    // its cards to re-render, and must not throw on one that is not upgraded yet.
    list.linkLabel = 'open the report';
    await list.updateComplete;
    // Once the card chunk arrives, the cards render with the new label.
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(
      "import('/src/components/card/define.ts')",
    );
    await waitUntil(() => visibleText(doc).includes('open the report'), 'cards rendered', { timeout: 8000 });
    expect(visibleText(doc)).to.include(squash(collection.reports[0]!.title!));
  });

  // A card inside the prerendered list takes over only after the list has rendered: its report
  // comes from the list. (Firefox once showed the cards empty here: their chunk loaded, the list's
  // did not.)
  it('still reads fully when the script fails (the list chunk answers 404)', async () => {
    const doc = await openPage({}, 'blocked-list');
    const win = doc.defaultView! as Window & { __incProbe?: { errors: string[]; consoleErrors: string[] } };
    await waitUntil(
      () => win.__incProbe?.consoleErrors.some((e) => /inc-report-list> could not be loaded/.test(e)),
      'the loader reports the failed chunk',
      { timeout: 8000 },
    );
    // The prerendered list stays as it was: every title and summary on screen, nothing thrown.
    const text = visibleText(doc);
    for (const report of collection.reports) {
      expect(text).to.include(squash(report.title!));
      expect(text).to.include(squash(inlineText(report.summary!)));
    }
    expect(win.__incProbe?.errors, 'page errors').to.deep.equal([]);
  });

  it('a prerendered card reads its embedded content and shows the chosen report', async () => {
    const chosen = collection.reports[2]!;
    const doc = await openPage({ element: 'card', 'report-id': chosen.id }, true);
    const win = doc.defaultView!;
    await waitUntil(() => win.customElements.get('inc-card'), 'elements defined', { timeout: 8000 });
    const card = doc.querySelector('inc-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="id"]')?.textContent === chosen.id, 'card', {
      timeout: 8000,
    });
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
  });

  // A real feed whose items carry HTML only (tests/fixtures/real-world/SOURCES.md): the page embeds
  // the content the server validated, so the takeover needs neither the feed reader nor the HTML
  // parser, and never shows a loading state in place of the prerendered cards.
  it('takes a prerendered JSON Feed over with no loading state and nothing moving', async () => {
    const file = 'tests/fixtures/real-world/feeds/inessential.json';
    const feed = (await (await fetch(`/${file}`)).json()) as { items: { title?: string }[] };
    const doc = await openPage({ file }, true);
    const win = doc.defaultView! as typeof window & { __incProbe?: { errors: string[] } };
    const list = doc.querySelector<IncReportList>('inc-report-list')!;
    const busy: string[] = [];
    new win.MutationObserver(() => {
      if (list.shadowRoot?.querySelector('[aria-busy="true"]')) busy.push('loading state shown');
    }).observe(list.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await waitUntil(() => win.customElements.get('inc-report-list'), 'elements defined', { timeout: 8000 });
    await list.renderComplete;
    await waitUntil(
      () => list.shadowRoot!.querySelectorAll('inc-card').length === feed.items.length,
      'cards',
      {
        timeout: 8000,
      },
    );
    expect(busy, 'the prerendered cards stay until the live ones replace them').to.deep.equal([]);
    const text = visibleText(doc);
    for (const item of feed.items.slice(0, 3)) expect(text).to.include(squash(item.title!));
    const shifts = await layoutShift(win);
    if (shifts !== undefined)
      expect(shifts, 'cumulative layout shift from load to interactive').to.be.at.most(0.01);
    expect(win.__incProbe?.errors, 'page errors').to.deep.equal([]);
  });
});
