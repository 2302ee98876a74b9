// The script-tag build (`npm run build` first): a loader that defines each tag on first sight by
// importing that element's chunk. Every page here but the first carries the strict policy
// (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`).
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type Opened } from './helpers/page-probe.js';

const opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

async function open(path: string, width = 900): Promise<Opened> {
  const page = await openPage(path, width);
  opened.push(page.frame);
  return page;
}
const open390 = (path: string) => open(path, 390);

/** Paths of the scripts (and content) the page requested, without the test server's own. */
function requested(win: Window): string[] {
  return (
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own live-reload socket and the probe into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server') && !path.startsWith('/tests/browser/'))
  );
}

const LOADER = '/dist/cdn/incident-elements.js';
/** Chunks arrive over the network: allow for a loaded machine. */
const SLOW = { timeout: 5000 };

/** The chunk files the loader imports for `tag`, with everything they import statically (as served). */
async function chunksOf(tag: string): Promise<string[]> {
  const loader = await (await fetch(LOADER)).text();
  // The test server may rewrite the quotes of a dynamic import: any kind is accepted.
  const pattern = `["'\`]?${tag}["'\`]?\\s*:\\s*\\(\\)\\s*=>\\s*import\\(\\s*["'\`]\\./chunks/([^"'\`]+)["'\`]`;
  const found = new RegExp(pattern).exec(loader);
  expect(found, `the loader imports a chunk for ${tag}`).to.exist;
  const closure = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (closure.has(file)) return;
    closure.add(file);
    const code = await (await fetch(`/dist/cdn/chunks/${file}`)).text();
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]\.\/([^"'`]+)["'`]/g))
      await visit(m[1]!);
  };
  await visit(found![1]!);
  return [...closure].map((file) => `/dist/cdn/chunks/${file}`);
}

const defined = (win: Window, tag: string) => win.customElements.get(tag) !== undefined;

/** The chunks a built chunk imports lazily (`import("./x.js")`), as served. */
async function lazyImportsOf(chunk: string): Promise<string[]> {
  const code = await (await fetch(chunk)).text();
  return [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map(
    (m) => `/dist/cdn/chunks/${m[1]}`,
  );
}

/**
 * The left edge of each column's visible character in a rendered diagram (from the diagram's own left
 * edge), by column: a cell box
 * (`.c`) gives its own edge, a run (`.r`) the edge of each character in it.
 */
function columnEdges(diagram: Element): Map<number, number[]> {
  const edges = new Map<number, number[]>();
  const origin = diagram.shadowRoot!.querySelector('.diagram')!.getBoundingClientRect().left;
  const add = (column: number, x: number) => edges.set(column, [...(edges.get(column) ?? []), x - origin]);
  for (const row of diagram.shadowRoot!.querySelectorAll('.diagram .row')) {
    let column = 0;
    for (const span of row.querySelectorAll<HTMLElement>(':scope > span')) {
      const cells = Number(/\bw(\d+)\b/.exec(span.className)?.[1] ?? 1);
      const text = [...span.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE);
      if (span.classList.contains('r') && text) {
        for (let i = 0; i < cells; i++) {
          if (text.data[i] === ' ') continue;
          const range = span.ownerDocument.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          add(column + i, range.getBoundingClientRect().left);
        }
      } else if ((span.textContent ?? '').trim() !== '') {
        add(column, span.getBoundingClientRect().left);
      }
      column += cells;
    }
  }
  return edges;
}

/** Columns whose characters, across rows, are more than 0.5 px apart. */
function offGrid(edges: Map<number, number[]>): string[] {
  return [...edges]
    .filter(([, xs]) => Math.max(...xs) - Math.min(...xs) > 0.5)
    .map(([column, xs]) => `column ${column}: ${xs.map((x) => x.toFixed(2)).join(', ')}`);
}

describe('the script-tag loader', () => {
  it('needs no file but itself, its chunks and the content, and a list never loads the report or code block', async () => {
    const { win, probe } = await open('/tests/browser/pages/script-tag.html');
    const list = win.document.querySelector('inc-report-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('inc-card').length === 7, 'the list renders', {
      timeout: 5000,
    });
    const paths = requested(win);
    for (const path of paths) {
      expect(
        path.startsWith('/dist/cdn/') || path === '/src/data/samples/incident-reports.json',
        `unexpected request ${path}`,
      ).to.equal(true);
    }
    expect(paths).to.include('/src/data/samples/incident-reports.json');
    // The cards are in the list's shadow root and their diagrams in the cards': both found there.
    await waitUntil(() => defined(win, 'inc-card'), 'the cards inside the list are defined', SLOW);
    await waitUntil(() => defined(win, 'inc-ascii-diagram'), 'the diagrams inside cards are defined', SLOW);
    const lazy = [
      ...(await chunksOf('inc-report')).slice(0, 1),
      ...(await chunksOf('inc-code-block')).slice(0, 1),
    ];
    for (const chunk of lazy) expect(paths, 'report and code block stay unloaded').not.to.include(chunk);
    expect(defined(win, 'inc-report') || defined(win, 'inc-code-block')).to.equal(false);
    expect(probe.errors).to.deep.equal([]);
  });

  it('loads only the diagram and what it imports for a page with one diagram', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-diagram.html');
    const diagram = doc.querySelector('inc-ascii-diagram')!;
    await waitUntil(
      () => diagram.shadowRoot?.querySelector('[part~="diagram"] .row'),
      'the diagram renders',
      {
        timeout: 5000,
      },
    );
    const closure = await chunksOf('inc-ascii-diagram');
    // After its first render, the diagram loads its measuring half (fonts, fit to width).
    const measuring = await lazyImportsOf(closure[0]!);
    expect(measuring, 'one lazy chunk: the fit controller').to.have.length(1);
    await waitUntil(() => requested(win).includes(measuring[0]!), 'the measuring chunk loads', SLOW);
    const expected = [LOADER, ...closure, ...measuring].sort();
    const scripts = requested(win).filter((path) => path.endsWith('.js'));
    expect([...new Set(scripts)].sort()).to.deep.equal(expected);
    for (const tag of ['inc-card', 'inc-report-list', 'inc-tag-filter', 'inc-report', 'inc-code-block'])
      expect(defined(win, tag), tag).to.equal(false);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it('a diagram paints on the cell grid before its measuring chunk arrives, and nothing moves when it does', async () => {
    // The same diagram, the same width: once with its measuring chunk blocked (CSS alone), once with
    // it answering after 1.5 s.
    const cssOnly = await open('/tests/browser/pages/cdn-diagram-block-fit.html');
    const unmeasured = cssOnly.doc.querySelector('inc-ascii-diagram')!;
    await waitUntil(() => unmeasured.shadowRoot?.querySelector('.diagram .row'), 'the diagram renders', SLOW);
    const cssEdges = columnEdges(unmeasured);
    expect(cssEdges.size, 'columns found').to.be.greaterThan(20);
    expect(offGrid(cssEdges), 'on the grid by CSS alone').to.deep.equal([]);

    const { win, doc, probe } = await open('/tests/browser/pages/cdn-diagram-slow-fit.html');
    type Watched = { firstRows: { at: number; probes: number } | null };
    const diagram = doc.querySelector('inc-ascii-diagram')!;
    await waitUntil(
      () => diagram.shadowRoot?.querySelectorAll('.probes > span').length,
      'the measuring half attaches (after 1.5 s)',
      { timeout: 8000 },
    );
    const chunk = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (entry) => /\/chunks\/fit-controller-[\w-]{6}\.js$/.test(entry.name),
    );
    expect(chunk, 'the measuring chunk was loaded').to.exist;
    const firstRows = (win as unknown as Watched).firstRows;
    expect(firstRows, 'a frame showed the rows').to.exist;
    expect(firstRows!.probes, 'that frame had no measuring half yet').to.equal(0);
    expect(firstRows!.at, 'rows shown before the chunk arrived').to.be.below(chunk!.responseEnd);

    await (diagram as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    const measuredEdges = columnEdges(diagram);
    expect(offGrid(measuredEdges), 'on the grid once measured').to.deep.equal([]);
    const moved = [...measuredEdges].filter(
      ([column, xs]) => Math.abs(xs[0]! - cssEdges.get(column)![0]!) > 0.5,
    );
    expect(
      moved.map(([column]) => column),
      'columns the measurement moved',
    ).to.deep.equal([]);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it('a diagram with fit="shrink" waits for its measuring chunk: it is never painted too wide', async () => {
    const { win, doc, probe } = await open390('/tests/browser/pages/cdn-diagram-slow-fit-shrink.html');
    type Watched = { firstRows: { probes: number } | null; firstPainted: { fits: boolean } | null };
    const watched = win as unknown as Watched;
    await waitUntil(() => watched.firstPainted, 'the diagram is painted', { timeout: 8000 });
    const chunk = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (entry) => /\/chunks\/fit-controller-[\w-]{6}\.js$/.test(entry.name),
    );
    expect(chunk, 'the measuring chunk had arrived when the diagram was first painted').to.exist;
    expect(chunk!.responseEnd - chunk!.startTime, 'the measuring chunk took its 1.5 s').to.be.above(1400);
    expect(watched.firstRows!.probes, 'measured in its first frame').to.be.greaterThan(0);
    expect(watched.firstPainted!.fits, 'its first frame fits the phone').to.equal(true);
    const scroller = doc.querySelector('inc-ascii-diagram')!.shadowRoot!.querySelector('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it('a diagram whose measuring chunk cannot load stays whole, with no error', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-diagram-block-fit.html');
    const diagram = doc.querySelector('inc-ascii-diagram')!;
    await waitUntil(() => diagram.shadowRoot?.querySelector('.diagram .row'), 'the diagram renders', SLOW);
    await waitUntil(
      () => win.performance.getEntriesByType('resource').some((e) => /\/fit-controller-/.test(e.name)),
      'the measuring chunk was asked for',
      SLOW,
    );
    await (diagram as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(diagram.shadowRoot!.querySelectorAll('.probes > span'), 'not measured').to.have.length(0);
    expect(diagram.shadowRoot!.querySelector('[part~="copy-button"]'), 'its copy button').to.exist;
    expect(diagram.shadowRoot!.querySelector('[role="img"]')?.getAttribute('aria-label')).to.equal(
      'Web, cache and database',
    );
    expect((win as unknown as { incErrors: unknown[] }).incErrors, 'no inc-error').to.deep.equal([]);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'nothing thrown').to.deep.equal([]);
  });

  it('defines tags in shadow roots on first sight: a card’s diagram now, the report when a card opens it', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-cards.html');
    const withDiagram = doc.getElementById('with-diagram')!;
    const withBody = doc.getElementById('with-body')!;
    await waitUntil(
      () => withDiagram.shadowRoot?.querySelector('inc-ascii-diagram')?.shadowRoot?.querySelector('.row'),
      'the diagram inside the card renders',
      { timeout: 5000 },
    );
    const button = await waitUntil(
      () => withBody.shadowRoot?.querySelector<HTMLButtonElement>('[part~="open-button"]'),
      'the open button',
      { timeout: 5000 },
    ).then(() => withBody.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-button"]')!);
    const [report] = await chunksOf('inc-report');
    const [codeBlock] = await chunksOf('inc-code-block');
    expect(requested(win), 'nothing loads the report before it opens').not.to.include(report);
    expect(requested(win)).not.to.include(codeBlock);
    expect(defined(win, 'inc-report')).to.equal(false);

    button.click();
    await waitUntil(() => defined(win, 'inc-report'), 'the report is defined once the card opens it', {
      timeout: 5000,
    });
    const opened = withBody.shadowRoot!.querySelector('inc-report')!;
    await waitUntil(
      () => opened.shadowRoot?.querySelector('inc-code-block')?.shadowRoot?.querySelector('[part~="code"]'),
      'the code blocks inside the report render',
      { timeout: 5000 },
    );
    expect(defined(win, 'inc-code-block')).to.equal(true);
    expect(requested(win)).to.include(report);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it('defines elements added later, also one created before the loader ran', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-late.html');
    const early = (win as unknown as { earlyDiagram: HTMLElement }).earlyDiagram;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(defined(win, 'inc-ascii-diagram'), 'not on the page: not loaded').to.equal(false);
    const outlet = doc.getElementById('outlet')!;
    const wrapper = doc.createElement('section');
    wrapper.append(early);
    outlet.append(wrapper);
    await waitUntil(() => early.shadowRoot?.querySelector('.row'), 'the early diagram renders', {
      timeout: 5000,
    });
    // Made after the loader, deep in a subtree added in one go.
    const later = doc.createElement('div');
    const filter = doc.createElement('inc-tag-filter');
    later.append(doc.createElement('p'), filter);
    outlet.append(later);
    await waitUntil(() => defined(win, 'inc-tag-filter'), 'the tag filter is defined', { timeout: 5000 });
    expect(filter.shadowRoot, 'upgraded').to.exist;
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it('shows an error and fires inc-error when an element’s chunk fails to load; the others still work', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-blocked.html');
    type Recorded = { tag: string; reason: string; message: string; issues: unknown[] };
    const errors = (win as unknown as { incErrors: Recorded[] }).incErrors;
    const card = doc.querySelector('inc-card')!;
    await waitUntil(() => errors.length > 0, 'inc-error fires', { timeout: 5000 });
    expect(errors[0]).to.include({ tag: 'inc-card', reason: 'chunk' });
    expect(errors[0]!.message).to.contain('inc-card');
    expect(errors[0]!.issues).to.deep.equal([]);
    const message = card.shadowRoot?.querySelector('[part~="error"]');
    expect(message, 'a visible error on the card').to.exist;
    expect(message!.getAttribute('role')).to.equal('alert');
    expect(message!.textContent).to.contain('inc-card');
    expect((card as HTMLElement).offsetHeight, 'the error is laid out').to.be.greaterThan(0);
    const diagram = doc.querySelector('inc-ascii-diagram')!;
    await waitUntil(() => diagram.shadowRoot?.querySelector('.row'), 'the diagram still renders', {
      timeout: 5000,
    });
    // A card added after the failure shows the same error at once.
    const late = doc.createElement('inc-card');
    doc.body.append(late);
    await waitUntil(() => errors.length === 2, 'inc-error for the late card', SLOW);
    expect(errors[1]).to.include({ tag: 'inc-card', reason: 'chunk' });
    expect(late.shadowRoot?.querySelector('[part~="error"]')).to.exist;
    expect(defined(win, 'inc-card')).to.equal(false);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'nothing thrown').to.deep.equal([]);
  });

  it('a windowed list renders a screenful of items while its cards’ chunk is still loading', async () => {
    // The list's cards are undefined while the card chunk loads (here 1.5 s). Measured as empty
    // boxes, they once made the virtualizer render thousands of items in one 14 s task.
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-slow-card.html');
    expect(defined(win, 'inc-card')).to.equal(false);
    const list = doc.createElement('inc-report-list') as HTMLElement & {
      collection: unknown;
      windowed: boolean;
    };
    list.collection = {
      reports: Array.from({ length: 3000 }, (_, i) => ({ id: `R-${i}`, title: `Report ${i}`, tags: ['go'] })),
    };
    let loadedAt = 0;
    list.addEventListener('inc-load', () => (loadedAt = win.performance.now()));
    doc.body.append(list);
    const items = () => list.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0;
    const most: number[] = [];
    await waitUntil(
      () => {
        most.push(items());
        const cards = [...(list.shadowRoot?.querySelectorAll('inc-card') ?? [])];
        return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('article'));
      },
      'the window rendered',
      { timeout: 20000, interval: 16 },
    );
    expect(list.windowed).to.equal(true);
    expect(Math.max(...most, items()), 'items in the page at any time').to.be.below(100);
    // The window's chunk was requested while the 3,000 reports were validating, not after.
    const windowChunk = win.performance
      .getEntriesByType('resource')
      .find((entry) => /\/chunks\/virtual-window-[\w-]{6}\.js$/.test(entry.name));
    expect(windowChunk, 'the window chunk was fetched').to.exist;
    expect(windowChunk!.startTime, 'requested before the content finished validating').to.be.below(loadedAt);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors, 'nothing thrown').to.deep.equal([]);
  });

  it('a long list whose window chunk cannot load renders every report instead', async () => {
    const { doc, probe } = await open('/tests/browser/pages/cdn-no-window.html');
    const list = doc.createElement('inc-report-list') as HTMLElement & {
      collection: unknown;
      windowed: boolean;
      renderComplete: Promise<boolean>;
    };
    list.collection = {
      reports: Array.from({ length: 600 }, (_, i) => ({ id: `R-${i}`, title: `Report ${i}` })),
    };
    doc.body.append(list);
    await waitUntil(() => list.shadowRoot?.querySelectorAll('inc-card').length === 600, 'every report', {
      timeout: 10000,
    });
    expect(await list.renderComplete).to.equal(true);
    expect(list.windowed).to.equal(false);
    expect(list.shadowRoot!.querySelector('[part="show-all-button"]')).to.equal(null);
    expect(probe.errors, 'nothing thrown').to.deep.equal([]);
  });

  it('a second copy from another folder stands down with one warning and the page works', async () => {
    const { win, doc, probe } = await open('/tests/browser/pages/cdn-copy.html');
    const list = doc.querySelector('inc-report-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('inc-card').length === 10, 'the list renders', {
      timeout: 5000,
    });
    const filter = list.querySelector('inc-tag-filter')!;
    await waitUntil(
      () => filter.shadowRoot?.querySelector('button[part~="tag"]'),
      'the filter shows tags',
      SLOW,
    );
    expect(probe.warnings).to.have.length(1);
    expect(probe.warnings[0]).to.match(/already on the page/);
    expect(
      requested(win).filter((path) => path.startsWith('/__cdn/copy/chunks/')),
      'the second copy loads no chunk',
    ).to.deep.equal([]);
    expect(probe.violations, 'CSP violations').to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.consoleErrors).to.deep.equal([]);
  });
});
