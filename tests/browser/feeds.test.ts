// JSON Feeds in the elements: the HTML parser is fetched only for a feed with HTML bodies; a feed with
// title-less and content_html-only items renders under a strict CSP with Trusted Types; every feed of
// the real-world corpus renders every item. Its own file, so the page starts with nothing loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

// The default buffer (250 entries) fills up with the unbundled test page's own modules.
performance.setResourceTimingBufferSize(10_000);

const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** The lazy converter and the parser's packages (served unbundled here, one request per module). */
const parserRequests = () => requested().filter((path) => /feed-html|htmlparser2|\/entities\//.test(path));

/** The JSON Feed reader, a lazy chunk of its own in the built bundle. */
const feedReaderRequests = () => requested().filter((path) => /\/json-feed\.ts$/.test(path));

const CORPUS = '/tests/fixtures/real-world/feeds/';
/**
 * The corpus (see tests/fixtures/real-world/SOURCES.md) minus the two feeds whose every item the data
 * layer reads only with warnings (rosemary-orchard: tags as a string; strad-hugo: impossible dates),
 * which tests/node/real-world-feeds.test.ts covers.
 */
const FEEDS = [
  'crimsontome-eleventy.json',
  'curtclifton.json',
  'daring-fireball.json',
  'fboes-blog.json',
  'inessential.json',
  'jin-shaohui-vuepress.json',
  'jsonfeed-org-1.1-example.json',
  'jsonfeed-org-1.1-microblog.json',
  'jsonfeed-org-1.1-podcast.json',
  'leancrew-all-this.json',
  'pixel-envy.json',
  'racca-sveltekit.json',
  'gourav.json',
  'mcansh.json',
  'manton-microblog.json',
  'fundedyouth.json',
  'xoxocomics.json',
  'cree-korean.json',
];
/** Items a feed has that show nothing and are left out (photo posts with no text). */
const LEFT_OUT: Record<string, number> = { 'manton-microblog.json': 3 };

const cards = (list: Element) => list.shadowRoot?.querySelectorAll('inc-card').length ?? 0;
const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

async function listOf(src: string, count: number): Promise<Element> {
  const list = await fixture(html`<inc-report-list src=${src}></inc-report-list>`);
  await waitUntil(() => cards(list) === count, `${src}: ${count} cards (got ${cards(list)})`, {
    timeout: 8000,
  });
  return list;
}

describe('JSON Feeds in the elements', () => {
  // First in the file: nothing has loaded the reader yet.
  it('fetches the JSON Feed reader for a feed only, set from script or fetched', async () => {
    await listOf('/src/data/samples/incident-reports.json', 7);
    const inline = await fixture(
      html`<inc-report-list
        .collection=${{ reports: [{ id: 'INC-1', title: 'Inline', date: '2026-01-02' }] }}
      ></inc-report-list>`,
    );
    await waitUntil(() => cards(inline) === 1, 'the inline collection');
    await settle();
    expect(feedReaderRequests(), 'no reader for collections').to.deep.equal([]);
    // A feed set from script waits for the reader, then shows its items.
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Set from script',
      items: [{ id: 'a', title: 'From a feed object', content_text: 'Text.', date_published: '2026-01-02' }],
    };
    const fromScript = await fixture(html`<inc-report-list .collection=${feed}></inc-report-list>`);
    await waitUntil(() => cards(fromScript) === 1, 'the feed set from script');
    const card = fromScript.shadowRoot!.querySelector('inc-card')!;
    await waitUntil(() => card.shadowRoot?.textContent?.includes('From a feed object'), 'its title');
    expect(feedReaderRequests()).to.have.length(1);
    // Loaded once: a fetched feed reuses it.
    await listOf(`${CORPUS}jsonfeed-org-1.1-microblog.json`, 1);
    expect(feedReaderRequests()).to.have.length(1);
  });

  it('fetches nothing of the HTML parser for feeds without HTML bodies', async () => {
    await listOf(`${CORPUS}jsonfeed-org-1.1-microblog.json`, 1);
    // Both content_text and content_html: the text wins, so the parser is not needed either.
    await listOf(`${CORPUS}racca-sveltekit.json`, 4);
    await settle();
    expect(parserRequests()).to.deep.equal([]);
  });

  it('fetches the parser for a feed with HTML bodies, and shows each item', async () => {
    await listOf('/tests/browser/pages/feed-html.json', 3);
    expect(parserRequests().some((path) => path.includes('htmlparser2'))).to.equal(true);
  });

  it('renders every item of every real-world feed in the list', async function () {
    this.timeout(120_000);
    for (const file of FEEDS) {
      const feed = (await (await fetch(CORPUS + file)).json()) as { items: unknown[] };
      const list = await listOf(CORPUS + file, feed.items.length - (LEFT_OUT[file] ?? 0));
      expect(list.shadowRoot!.querySelector('[part~="error"]'), `${file}: no error`).to.equal(null);
      list.remove();
    }
  });

  it('dates and sorts the items of a feed that has only date_modified', async () => {
    const list = await listOf(`${CORPUS}gourav.json`, 12);
    await (list as Element & { renderComplete: Promise<unknown> }).renderComplete;
    const times = [...list.shadowRoot!.querySelectorAll('inc-card')].map(
      (card) => card.shadowRoot!.querySelector('time')?.dateTime,
    );
    expect(times.every(Boolean), JSON.stringify(times)).to.equal(true);
    expect(times).to.deep.equal([...times].sort().reverse());
    list.remove();
  });
});

type StrictWindow = Window &
  typeof globalThis & {
    cspViolations: string[];
    pageErrors: string[];
    elementsReady: Promise<unknown>;
    feedScriptRan?: boolean;
    feedHandlerRan?: boolean;
  };

describe('a feed with HTML bodies on a strict CSP page with Trusted Types', () => {
  it('renders title-less and content_html-only items, runs nothing of the HTML, and raises no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/browser/pages/strict-feed.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as StrictWindow;
      await win.elementsReady;
      const doc = win.document;
      const list = doc.querySelector('inc-report-list')!;
      await waitUntil(() => cards(list) === 3, 'three cards', { timeout: 8000 });
      const report = doc.querySelector('inc-report')!;
      const root = () => report.shadowRoot;
      await waitUntil(() => root()?.querySelector('inc-code-block'), 'the HTML body', { timeout: 8000 });
      const body = root()!;
      const text = body.textContent.replace(/\s+/g, ' ');
      expect(text).to.include('A title-less note with HTML only, and a link.');
      expect(text).to.include('Literal *stars* and [brackets](javascript:alert(1)) stay text.');
      expect(body.querySelector('strong')?.textContent).to.equal('HTML');
      expect(body.querySelector<HTMLAnchorElement>('a[href="https://example.org/more"]')).to.exist;
      expect([...body.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
        'first',
        'second not a link',
      ]);
      const code = body.querySelector('inc-code-block')!;
      expect(code.language).to.equal('go');
      expect(code.code).to.equal('package main\n\nfunc main() {}');
      for (const selector of ['script', 'iframe', 'img', '[onclick]', '[onerror]', 'a[href^="javascript"]'])
        expect(body.querySelector(selector), selector).to.equal(null);
      for (const card of list.shadowRoot!.querySelectorAll('inc-card'))
        expect(
          card.shadowRoot!.querySelector('script, iframe, img'),
          'nothing from the HTML in a card',
        ).to.equal(null);
      await settle(300);
      expect(win.feedScriptRan, 'the feed’s script never ran').to.equal(undefined);
      expect(win.feedHandlerRan, 'no handler of the feed ran').to.equal(undefined);
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
