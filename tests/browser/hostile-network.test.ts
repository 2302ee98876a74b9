// inc-report-list against servers that misbehave: error statuses, HTML and truncated JSON, slow
// answers, no answer, src changed mid-fetch, and a failed reload that must keep the last good content.
// Endpoints: web-test-runner.config.mjs (/__content/…); fixtures: tests/fixtures/network/.
import { expect, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import type { IncCard } from '../../src/components/card/card.js';
import type { IncErrorDetail } from '../../src/shared/events.js';

const GOOD = '/src/data/samples/incident-reports.json'; // "Incident reports.", 7 reports, INC-001…
const OTHER = '/src/data/samples/all-posts.json'; // "All posts", 25 reports
const TRUNCATED = '/tests/fixtures/network/truncated.json'; // first 700 bytes of GOOD
/** A port browsers refuse to connect to: the fetch rejects, like a dropped connection. */
const UNREACHABLE = 'http://127.0.0.1:1/reports.json';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

function list(attrs: Record<string, string> = {}): IncReportList {
  const el = document.createElement('inc-report-list');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  mounted.push(el);
  return el;
}

function part(el: IncReportList, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}
function text(el: IncReportList, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
function cardIds(el: IncReportList): string[] {
  return [...el.shadowRoot!.querySelectorAll<IncCard>('inc-card')]
    .filter((card) => !card.closest('[hidden]')) // filtered-out cards are hidden, not removed
    .map((c) => c.report!.id);
}
function busy(el: IncReportList): string | null {
  return el.shadowRoot!.querySelector('.list')!.getAttribute('aria-busy');
}

/** Mounts a list with `src`, waits for its inc-error, and returns the event detail with the rendered list. */
async function failing(src: string, attrs: Record<string, string> = {}) {
  const el = list({ ...attrs, src });
  const errors: IncErrorDetail[] = [];
  el.addEventListener('inc-error', (e) => errors.push(e.detail));
  const errored = oneEvent(el, 'inc-error');
  document.body.append(el);
  const detail = (await errored).detail;
  await el.updateComplete;
  return { el, detail, errors };
}

interface Case {
  name: string;
  src: string;
  attrs?: Record<string, string>;
  reason: IncErrorDetail['reason'];
  message: RegExp;
  retry: boolean;
}

const cases: Case[] = [
  { name: '404', src: '/__content/status/404', reason: 'http', message: /answered 404/, retry: false },
  { name: '500', src: '/__content/status/500', reason: 'http', message: /answered 500/, retry: true },
  { name: '503', src: '/__content/status/503', reason: 'http', message: /answered 503/, retry: true },
  { name: '410 Gone', src: '/__content/status/410', reason: 'http', message: /answered 410/, retry: false },
  { name: '429', src: '/__content/status/429', reason: 'http', message: /answered 429/, retry: true },
  {
    name: 'an HTML page instead of JSON',
    src: '/__content/html',
    reason: 'not-json',
    message: /web page \(HTML\) instead of JSON/,
    retry: false,
  },
  {
    name: 'truncated JSON',
    src: TRUNCATED,
    reason: 'not-json',
    message: /not valid JSON/,
    retry: false,
  },
  {
    name: 'no answer within `timeout`',
    src: `/__content/delay/8000${GOOD}`,
    attrs: { timeout: '1000' },
    reason: 'timeout',
    message: /No answer within 1 s\./,
    retry: true,
  },
  {
    name: 'a network failure (connection refused)',
    src: UNREACHABLE,
    reason: 'network',
    message: /The request failed/,
    retry: true,
  },
];

describe('hostile network: inc-report-list src', () => {
  for (const c of cases) {
    it(`${c.name}: reason "${c.reason}", its own message, ${c.retry ? 'a' : 'no'} retry button`, async () => {
      const { el, detail, errors } = await failing(c.src, c.attrs);
      expect(detail.reason).to.equal(c.reason);
      expect(detail.message).to.match(c.message);
      expect(detail.issues).to.deep.equal([]);
      const error = part(el, 'error')!;
      expect(error, 'error panel').to.exist;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(el, 'error')).to.contain('These reports could not be shown');
      expect(text(el, 'error')).to.match(c.message);
      expect(text(el, 'error'), 'names the URL').to.contain(c.src);
      expect(busy(el)).to.equal('false');
      expect(part(el, 'skeleton')).to.equal(null);
      expect(cardIds(el)).to.deep.equal([]);
      const retry = part(el, 'retry-button') as HTMLButtonElement | null;
      if (!c.retry) {
        expect(retry, 'no retry where trying again cannot help').to.equal(null);
        expect(errors).to.have.length(1);
        return;
      }
      expect(retry, 'retry button').to.exist;
      expect(retry!.textContent.trim()).to.equal('Try again');
      const again = oneEvent(el, 'inc-error');
      retry!.click();
      await el.updateComplete;
      const second = (await again).detail;
      expect(second.reason, 'the retry requested the same URL again').to.equal(c.reason);
      expect(errors).to.have.length(2);
    });
  }

  it('a sub-second timeout is described truthfully, not as "0 s"', async () => {
    const { detail } = await failing(`/__content/delay/8000${GOOD}`, { timeout: '300' });
    expect(detail.reason).to.equal('timeout');
    expect(detail.message).not.to.contain('within 0 s');
  });

  it('a timeout retry that gets an answer shows the content and drops the notice', async () => {
    // The retry reuses the same URL and timeout, so recovery is shown by pointing src at a fast URL.
    const { el } = await failing(`/__content/delay/8000${GOOD}`, { timeout: '500' });
    expect(part(el, 'retry-button')).to.exist;
    const loaded = oneEvent(el, 'inc-load');
    el.src = GOOD;
    expect((await loaded).detail.count).to.equal(7);
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(cardIds(el)).to.have.length(7);
  });

  it('a very slow answer: loading state (skeleton, aria-busy, status text) first, then the content', async () => {
    const el = list({ src: `/__content/delay/2500${GOOD}` });
    const loaded = oneEvent(el, 'inc-load');
    const start = performance.now();
    document.body.append(el);
    await el.updateComplete;
    await aTimeout(1200);
    expect(busy(el)).to.equal('true');
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton).to.exist;
    expect(skeleton.querySelector('[role="status"]')!.textContent.trim()).to.equal('Loading reports…');
    expect(part(el, 'error')).to.equal(null);
    expect(cardIds(el)).to.deep.equal([]);
    expect((await loaded).detail.count).to.equal(7);
    expect(performance.now() - start).to.be.greaterThan(2000);
    await el.updateComplete;
    expect(busy(el)).to.equal('false');
    expect(part(el, 'skeleton')).to.equal(null);
    expect(text(el, 'title')).to.equal('Incident reports.');
    expect(cardIds(el)).to.have.length(7);
  });

  describe('src changed while a fetch is in flight', () => {
    /** Records every title the list shows, on every update, to catch a stale flash. */
    function watchTitles(el: IncReportList): { titles: Set<string>; loads: number[] } {
      const seen = { titles: new Set<string>(), loads: [] as number[] };
      el.addEventListener('inc-load', (e) => seen.loads.push(e.detail.count));
      const observer = new MutationObserver(() => {
        const t = text(el, 'title');
        if (t) seen.titles.add(t);
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      after(() => observer.disconnect());
      return seen;
    }

    it('the earlier (slow) answer never shows, even when it arrives after the newer one', async () => {
      const el = list({ src: `/__content/delay/1200${OTHER}` });
      document.body.append(el);
      await el.updateComplete;
      const seen = watchTitles(el);
      el.src = GOOD;
      await oneEvent(el, 'inc-load');
      await el.updateComplete;
      expect(text(el, 'title')).to.equal('Incident reports.');
      await aTimeout(1600); // the first answer would have arrived by now
      await el.updateComplete;
      expect(text(el, 'title')).to.equal('Incident reports.');
      expect(cardIds(el)).to.have.length(7);
      expect([...seen.titles]).to.deep.equal(['Incident reports.']);
      expect(seen.loads).to.deep.equal([7]);
    });

    it('the earlier (fast) answer never shows while the newer one is still loading', async () => {
      const el = list({ src: `/__content/delay/300${OTHER}` });
      document.body.append(el);
      await el.updateComplete;
      const seen = watchTitles(el);
      el.src = `/__content/delay/1500${GOOD}`;
      await el.updateComplete;
      await aTimeout(800); // the first answer would have arrived by now
      await el.updateComplete;
      expect(busy(el), 'still loading the newer src').to.equal('true');
      expect(text(el, 'title')).to.equal('');
      expect(cardIds(el)).to.deep.equal([]);
      await waitUntil(() => seen.loads.length === 1, 'newer src loaded', { timeout: 4000 });
      await el.updateComplete;
      expect(text(el, 'title')).to.equal('Incident reports.');
      expect([...seen.titles]).to.deep.equal(['Incident reports.']);
      expect(seen.loads).to.deep.equal([7]);
    });

    it('an earlier failure arriving late does not replace the newer content with an error', async () => {
      const el = list({ src: `/__content/delay/800/__content/status/500` });
      const errors: IncErrorDetail[] = [];
      el.addEventListener('inc-error', (e) => errors.push(e.detail));
      document.body.append(el);
      await el.updateComplete;
      el.src = GOOD;
      await oneEvent(el, 'inc-load');
      await aTimeout(1200);
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(part(el, 'error')).to.equal(null);
      expect(cardIds(el)).to.have.length(7);
    });
  });

  describe('nothing is lost: a failed reload keeps the last good content with the notice', () => {
    const failures: Array<[string, string, IncErrorDetail['reason'], boolean]> = [
      ['500', '/__content/status/500', 'http', true],
      ['404', '/__content/status/404', 'http', false],
      ['HTML', '/__content/html', 'not-json', false],
      ['truncated JSON', TRUNCATED, 'not-json', false],
      ['network', UNREACHABLE, 'network', true],
    ];
    for (const [name, src, reason, retry] of failures) {
      it(`good content, then src → ${name}`, async () => {
        const el = list({ src: GOOD });
        const loaded = oneEvent(el, 'inc-load');
        document.body.append(el);
        await loaded;
        await el.updateComplete;
        const before = cardIds(el);
        expect(before).to.have.length(7);
        const errored = oneEvent(el, 'inc-error');
        el.src = src;
        await el.updateComplete;
        expect(cardIds(el), 'content stays while the new src loads').to.deep.equal(before);
        expect((await errored).detail.reason).to.equal(reason);
        await el.updateComplete;
        expect(cardIds(el), 'the last good content is still shown').to.deep.equal(before);
        expect(text(el, 'title')).to.equal('Incident reports.');
        expect(text(el, 'error')).to.contain('These reports could not be shown');
        expect(text(el, 'error')).to.contain(src);
        expect(Boolean(part(el, 'retry-button'))).to.equal(retry);
        // The notice comes before the (stale) content, so it is read first.
        const error = part(el, 'error')!;
        const firstCard = el.shadowRoot!.querySelector('inc-card')!;
        expect(error.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      });
    }

    it('good content, then a timeout: content kept, retry offered; a good src clears the notice', async () => {
      const el = list({ src: GOOD, timeout: '600' });
      const loaded = oneEvent(el, 'inc-load');
      document.body.append(el);
      await loaded;
      const errored = oneEvent(el, 'inc-error');
      el.src = `/__content/delay/8000${OTHER}`;
      expect((await errored).detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(cardIds(el)).to.have.length(7);
      expect(part(el, 'retry-button')).to.exist;
      const reloaded = oneEvent(el, 'inc-load');
      el.src = GOOD;
      await reloaded;
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(cardIds(el)).to.have.length(7);
    });
  });

  describe('redirects', () => {
    for (const code of ['301', '302', '307', '308']) {
      it(`follows a ${code} to the content`, async () => {
        const el = list({ src: `/__content/redirect/${code}${GOOD}` });
        const loaded = oneEvent(el, 'inc-load');
        document.body.append(el);
        expect((await loaded).detail.count).to.equal(7);
        await el.updateComplete;
        expect(cardIds(el)).to.have.length(7);
        expect(part(el, 'error')).to.equal(null);
      });
    }

    it('names a redirect to a web page as "not JSON", without a retry', async () => {
      const { detail, el } = await failing('/__content/redirect/302/__content/html');
      expect(detail.reason).to.equal('not-json');
      expect(part(el, 'retry-button')).to.equal(null);
    });

    it('names a redirect to a failing server as an HTTP error, with a retry', async () => {
      const { detail, el } = await failing('/__content/redirect/307/__content/status/503');
      expect(detail.reason).to.equal('http');
      expect(detail.message).to.match(/503/);
      expect(part(el, 'retry-button')).to.exist;
    });
  });
});
