// A keyboard-only walkthrough of a list with a search-enabled tag filter: every kind of control is
// reached with Tab and used with Enter/Space/typing; focus is always visible (a ring that contrasts
// ≥ 3:1 with what is next to it, in the light and dark themes) and never dropped to <body> when the
// list re-renders after a filter change, a clear or a retry.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import { contrastRatio, parseColor, type Rgb } from '../../src/components/code-block/contrast.js';
import type { IncCopyDetail } from '../../src/shared/events.js';

const WIDE = `start ${'─'.repeat(260)}▶ end`;
const CODE = 'SELECT *\n  FROM orders;';
const input = {
  title: 'Keyboard',
  reports: [
    {
      id: 'K-1',
      title: 'Wide diagram',
      tags: ['Go', 'Kafka', 'Redis', 'Python'],
      date: '2026-03-01',
      url: '/reports/k-1',
      diagram: ['client', WIDE, 'db'],
    },
    {
      id: 'K-2',
      title: 'Opens in place',
      summary: 'Body, no url.',
      tags: ['Go', 'Postgres'],
      date: '2026-02-01',
      impact: 'Checkout was slow for 20 minutes.',
      body: [
        { type: 'paragraph', text: 'What happened.' },
        { type: 'code', code: CODE, caption: 'The slow query' },
      ],
    },
    { id: 'K-3', title: 'Third', tags: ['Python', 'Terraform'], date: '2026-01-01' },
  ],
};
/** Served by the test server: 7 reports. */
const GOOD_SRC = '/src/data/samples/incident-reports.json';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The focused element, through every open shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function describeEl(el: Element | null): string {
  if (!el) return 'null';
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} › ` : ''}${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${el.textContent?.trim().slice(0, 30) ?? ''}"`;
}
function hostOf(el: Element | null): string | undefined {
  return (el?.getRootNode() as ShadowRoot | undefined)?.host?.localName;
}
const part = (root: Element, name: string) =>
  root.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

// --- Focus indicator contrast (WCAG 1.4.11 / 2.4.13), from computed styles ------------------------

const fmt = (c: Rgb) => `rgb(${[c.r, c.g, c.b].map((n) => Math.round(n)).join(' ')})`;
/** `top` painted over opaque `bottom` with alpha `a`. */
const over = (top: Rgb, bottom: Rgb, a = top.a): Rgb => ({
  r: top.r * a + bottom.r * (1 - a),
  g: top.g * a + bottom.g * (1 - a),
  b: top.b * a + bottom.b * (1 - a),
  a: 1,
});
const WHITE: Rgb = { r: 255, g: 255, b: 255, a: 1 };

/** The parent in the flat tree (slots and shadow hosts included). */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}
function colourOf(value: string, what: string): Rgb {
  const rgb = parseColor(value);
  if (!rgb) throw new Error(`cannot read the colour "${value}" of ${what}`);
  return rgb;
}
/** The opaque colour painted behind `el`'s box: its flat-tree ancestors' backgrounds, over the white canvas. */
function backgroundFrom(el: Element | null): Rgb {
  const layers: Rgb[] = [];
  for (let node = el; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') throw new Error(`${describeEl(node)} has a background image`);
    const bg = colourOf(style.backgroundColor, describeEl(node));
    if (bg.a > 0) layers.push(bg);
    if (bg.a >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), WHITE);
}
/** Product of the opacities of `el` and its flat-tree ancestors (the ring is painted with it). */
function opacityOf(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = flatParent(node))
    opacity *= parseFloat(getComputedStyle(node).opacity);
  return opacity;
}

/**
 * The focus ring's contrast with the colours next to it. An outline drawn outside the box (offset > 0)
 * has the background behind the element on both sides; one drawn on or inside the box (offset ≤ 0)
 * also touches the element's own background.
 */
function ringContrast(el: Element): { ratio: number; detail: string } {
  const style = getComputedStyle(el);
  const behind = backgroundFrom(flatParent(el));
  const outline = colourOf(style.outlineColor, `the outline of ${describeEl(el)}`);
  const ring = over(outline, behind, outline.a * opacityOf(el));
  const adjacent: Array<[string, Rgb]> = [['behind', behind]];
  if (parseFloat(style.outlineOffset) <= 0) adjacent.push(['own background', backgroundFrom(el)]);
  let ratio = Infinity;
  const parts: string[] = [];
  for (const [where, colour] of adjacent) {
    const r = contrastRatio(ring, colour);
    ratio = Math.min(ratio, r);
    parts.push(`${fmt(ring)} vs ${where} ${fmt(colour)} = ${r.toFixed(2)}`);
  }
  return { ratio, detail: parts.join('; ') };
}

/**
 * Focus is on `el`. (Compared here and described in the message: a failing chai assertion handed a
 * DOM node as actual/expected makes the runner hang serialising it.)
 */
function expectFocusOn(el: Element | null, what: string): void {
  const active = deepActive();
  expect(
    el !== null && active === el,
    `${what}: focus is on ${describeEl(active)}, not ${describeEl(el)}`,
  ).to.equal(true);
}

/** Focus is on a real control (not body), and the browser draws a ring on it that contrasts ≥ 3:1. */
async function expectVisibleFocus(what: string): Promise<Element> {
  expect(document.activeElement === document.body, `${what}: focus not lost to <body>`).to.equal(false);
  expect(document.activeElement === null, `${what}: focus not lost`).to.equal(false);
  const el = deepActive()!;
  // Let transitions on the control finish (the permalink fades in when focused).
  await Promise.all(
    el
      .getAnimations()
      .filter((a) => a instanceof CSSTransition)
      .map((a) => a.finished.catch(() => undefined)),
  );
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `${what}: visible focus on ${describeEl(el)}`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${what}: ring width`).to.be.greaterThan(0);
  if (hostOf(el)?.startsWith('inc-')) {
    const { ratio, detail } = ringContrast(el);
    expect(ratio, `${what}: ring contrast on ${describeEl(el)}: ${detail}`).to.be.at.least(3);
  }
  return el;
}

// --- Real key presses ----------------------------------------------------------------------------

/**
 * Key presses only reach a page that has focus. If this one does not, give it focus the way a user
 * would (focus the window, else click an empty spot), and fail rather than skip if that is not enough.
 */
async function ensurePageFocus(): Promise<void> {
  if (document.hasFocus()) return;
  window.focus();
  if (!document.hasFocus()) {
    const spot = document.createElement('div');
    spot.style.cssText = 'position:fixed;right:0;bottom:0;width:16px;height:16px';
    document.body.append(spot);
    const r = spot.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.floor(r.x + 8), Math.floor(r.y + 8)] });
    await resetMouse();
    spot.remove();
  }
  expect(document.hasFocus(), 'the test page has focus, so key presses reach it').to.equal(true);
}

/** Presses Tab until `match` holds, checking that focus stays visible at every stop. */
async function tabTo(match: (el: Element) => boolean, what: string, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && el !== document.body) await expectVisibleFocus(`Tab stop ${describeEl(el)}`);
    if (el && match(el)) return el;
  }
  throw new Error(`${what}: not reached within ${max} Tab presses (last: ${describeEl(deepActive())})`);
}
const isPart = (name: string, host?: string) => (el: Element) =>
  el.getAttribute('part') === name && (!host || hostOf(el) === host);

/** Rejects with `what` if `promise` has not settled within `ms` (a missing event fails clearly). */
function within<T>(promise: Promise<T>, what: string, ms = 3000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);
}

async function mount(theme?: string): Promise<{ wrapper: HTMLElement; list: IncReportList }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <inc-report-list .collection=${input} group-by="none" theme=${ifDefined(theme)}>
        <inc-tag-filter slot="filter" search limit="2"></inc-tag-filter>
      </inc-report-list>
    </div>`,
  );
  const list = wrapper.querySelector<IncReportList>('inc-report-list')!;
  await list.updateComplete;
  await wrapper.querySelector<Updatable>('inc-tag-filter')!.updateComplete;
  for (const card of list.shadowRoot!.querySelectorAll('inc-card')) await (card as Updatable).updateComplete;
  await ensurePageFocus();
  return { wrapper, list };
}
const settle = async (list: IncReportList) => {
  await list.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};
const cardOf = (list: IncReportList, id: string) =>
  [...list.shadowRoot!.querySelectorAll<Updatable>('inc-card')].find(
    (c) => (c as unknown as { report: { id: string } }).report.id === id,
  )!;
/** Whether `el` is laid out (not inside a hidden item). */
const rendered = (el: Element) => el.getClientRects().length > 0;

describe('keyboard-only walkthrough', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('reaches and operates every control with the keyboard; focus stays visible and in place', async function () {
    this.timeout(30000);
    const { wrapper, list } = await mount();
    const filter = wrapper.querySelector('inc-tag-filter')!;

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // 1. The search box: type, the list filters, the caret stays in the box.
    const search = await tabTo(isPart('search', 'inc-tag-filter'), 'search box');
    await sendKeys({ type: 'wide' });
    await settle(list);
    expect(list.query).to.equal('wide');
    expect(list.visibleReports.map((r) => r.id)).to.deep.equal(['K-1']);
    expectFocusOn(search, 'typing keeps focus in the search box');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await settle(list);
    expect(list.query).to.equal('');
    expect(list.visibleReports).to.have.length(3);
    await expectVisibleFocus('after clearing the search');

    // 2. A tag toggle: Enter selects it; the button keeps focus though the list re-rendered.
    const tag = await tabTo(isPart('tag', 'inc-tag-filter'), 'tag toggle');
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(list.filter.tags).to.have.length(1);
    expect(tag.textContent).to.contain(list.filter.tags[0]);
    expect(tag.getAttribute('aria-pressed')).to.equal('true');
    expectFocusOn(tag, 'the pressed tag keeps focus');
    await expectVisibleFocus('after toggling a tag');

    // 3. Show more: Space expands, focus stays on the (relabelled) button.
    const more = await tabTo(isPart('more-button', 'inc-tag-filter'), 'show more');
    const before = filter.shadowRoot!.querySelectorAll('[part="tag"]').length;
    await sendKeys({ press: ' ' });
    await settle(list);
    expect(filter.shadowRoot!.querySelectorAll('[part="tag"]').length).to.be.greaterThan(before);
    expectFocusOn(more, 'show more keeps focus');
    await expectVisibleFocus('after show more');

    // 4. Any / all: Space on "all".
    const all = await tabTo(
      (el) =>
        hostOf(el) === 'inc-tag-filter' &&
        el.closest('[part="match"]') !== null &&
        el.getAttribute('aria-pressed') === 'false',
      'match all',
    );
    await sendKeys({ press: ' ' });
    await settle(list);
    expect(list.match).to.equal('all');
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    await expectVisibleFocus('after any/all');

    // 5. Clear: Enter clears the tags (where focus goes afterwards: see the next test).
    await tabTo(isPart('clear-button', 'inc-tag-filter'), 'clear');
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(list.tags).to.equal('');
  });

  // Clear used to disable itself once the filter was empty, dropping keyboard focus to <body>.
  it('pressing Clear with the keyboard keeps focus inside the filter', async () => {
    const { wrapper, list } = await mount();
    const filter = wrapper.querySelector('inc-tag-filter')!;
    list.tags = 'Go';
    await settle(list);
    const clear = filter.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(list.tags).to.equal('');
    await expectVisibleFocus('after clear');
    expect(hostOf(deepActive()), 'focus stays in the filter').to.equal('inc-tag-filter');
  });

  it('card controls: tag button, diagram copy and scroll region, open-report, the report permalink and code copy', async function () {
    this.timeout(30000);
    const { wrapper, list } = await mount();
    const wideCard = cardOf(list, 'K-1');
    const bodyCard = cardOf(list, 'K-2');
    const diagram = wideCard.shadowRoot!.querySelector<Updatable>('inc-ascii-diagram')!;
    await diagram.updateComplete;
    const scroller = diagram.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollWidth, 'the diagram overflows').to.be.greaterThan(scroller.clientWidth);

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // (Space is pressed as ' ': the Firefox driver does not know the name "Space".)
    // The diagram's copy button (Enter fires inc-copy, whatever the clipboard permits) and scroll region.
    const copy = await tabTo(isPart('copy-button', 'inc-ascii-diagram'), 'diagram copy');
    const copied = oneEvent(diagram, 'inc-copy');
    await sendKeys({ press: 'Enter' });
    expect((await copied).detail.text).to.contain('client');
    expectFocusOn(copy, 'the diagram copy button keeps focus');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await tabTo((el) => el === scroller, 'diagram scroll region');
    await expectVisibleFocus('scroll region');
    expect(scroller.scrollLeft, 'the diagram starts scrolled to its start').to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    // Firefox scrolls smoothly, after the key press returns.
    await waitUntil(() => scroller.scrollLeft > 0, 'ArrowRight scrolls the diagram sideways', {
      timeout: 3000,
    });
    expectFocusOn(scroller, 'scrolling keeps focus on the region');

    // A card's tag button toggles the list filter; the card still matches, so focus stays on it.
    const cardTag = await tabTo(isPart('tag', 'inc-card'), 'card tag');
    const cardTagName = cardTag.textContent.trim();
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(list.filter.tags).to.deep.equal([cardTagName]);
    expect(cardTag.getAttribute('aria-pressed')).to.equal('true');
    await expectVisibleFocus('after a card tag');
    await sendKeys({ press: 'Enter' }); // and off again
    await settle(list);
    expect(list.tags).to.equal('');

    // "Open the full report" on the card with a body and no url, then the report's permalink.
    const open = await tabTo(
      (el) => el.getAttribute('part') === 'open-button' && el.getRootNode() === bodyCard.shadowRoot,
      'open report',
    );
    await sendKeys({ press: 'Enter' });
    await bodyCard.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expectFocusOn(open, 'open report keeps focus');
    const report = bodyCard.shadowRoot!.querySelector<Updatable>('inc-report')!;
    await report.updateComplete;
    const anchor = await tabTo(
      (el) => el.localName === 'a' && el.classList.contains('anchor') && hostOf(el) === 'inc-report',
      'permalink',
    );
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal(anchor.getAttribute('href'));
    await expectVisibleFocus('after following the permalink');

    // The code block in the report: its copy button works with Enter and with Space. The clipboard
    // may refuse headless; either way the element fires inc-copy and shows and announces the outcome.
    const block = report.shadowRoot!.querySelector<Updatable>('inc-code-block')!;
    await block.updateComplete;
    const codeCopy = await tabTo(isPart('copy-button', 'inc-code-block'), 'code copy');
    expect(codeCopy.getAttribute('data-status')).to.equal('idle');
    for (const key of ['Enter', ' ']) {
      const event = within(oneEvent(block, 'inc-copy'), `inc-copy after pressing "${key}"`);
      await sendKeys({ press: key });
      const detail = ((await event) as CustomEvent<IncCopyDetail>).detail;
      expect(detail.text, `"${key}" copies exactly the code`).to.equal(CODE);
      await block.updateComplete;
      const outcome = detail.ok ? 'copied' : 'failed';
      expect(codeCopy.getAttribute('data-status'), `"${key}": the button shows the outcome`).to.equal(
        outcome,
      );
      const live = block.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
      expect(live, `"${key}": the outcome is announced`).to.equal(detail.ok ? 'Copied' : 'Copy failed');
      expectFocusOn(codeCopy, `"${key}": focus stays on the copy button`);
      await expectVisibleFocus(`after copying the code with "${key}"`);
    }
  });

  describe('focus when the list re-renders around it', () => {
    it('a card tag that hides its own card: focus moves to the list count, not <body>', async function () {
      this.timeout(20000);
      const { wrapper, list } = await mount();
      list.tags = 'Go,Kafka'; // K-1 (Go, Kafka) and K-2 (Go) match
      await settle(list);
      const card = cardOf(list, 'K-2');
      await card.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const go = await tabTo(
        (el) =>
          el.getAttribute('part') === 'tag' &&
          el.getRootNode() === card.shadowRoot &&
          el.textContent.trim() === 'Go',
        'K-2 card tag Go',
      );
      expect(go.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Enter' }); // Go off: only Kafka is left, which K-2 does not have
      await settle(list);
      expect(list.tags).to.equal('Kafka');
      expect(list.visibleReports.map((r) => r.id)).to.deep.equal(['K-1']);
      expect(rendered(card), 'the card with focus is hidden').to.equal(false);
      await expectVisibleFocus('after the focused card was hidden');
      const now = deepActive()!;
      expectFocusOn(part(list, 'count'), 'focus goes to the list count');
      expect(now.textContent.trim()).to.match(/^1\b/);
      // Tab carries on from there to a control that is shown.
      const next = await tabTo((el) => el !== now, 'the next stop');
      expect(rendered(next), `${describeEl(next)} is shown`).to.equal(true);
    });

    it('a focused card hidden by a filter change from elsewhere: focus moves to the list count', async function () {
      this.timeout(20000);
      const { wrapper, list } = await mount();
      const card = cardOf(list, 'K-2');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(
        (el) => el.getAttribute('part') === 'open-button' && el.getRootNode() === card.shadowRoot,
        'K-2 open report',
      );
      list.tags = 'Terraform'; // e.g. back/forward with sync-url: only K-3 matches
      await settle(list);
      expect(rendered(card), 'the card with focus is hidden').to.equal(false);
      await expectVisibleFocus('after the focused card was hidden');
      expectFocusOn(part(list, 'count'), 'focus goes to the list count');
    });
  });

  for (const theme of ['light', 'dark']) {
    describe(`theme: ${theme}`, () => {
      it('every Tab stop in the list shows a ring that contrasts ≥ 3:1 with its surroundings', async function () {
        this.timeout(30000);
        const { wrapper, list } = await mount(theme);
        // The theme really applied: the list's background is light or dark.
        const bg = backgroundFrom(list.shadowRoot!.querySelector('.list'));
        expect(bg.r + bg.g + bg.b, `${theme} background ${fmt(bg)}`).to.be[
          theme === 'dark' ? 'below' : 'above'
        ](3 * 128);
        // Clear shows only while a filter is set: a search every report matches (their ids) makes it
        // a Tab stop without hiding any card.
        list.query = 'k-';
        await settle(list);
        expect(list.visibleReports).to.have.length(3);
        const lastTag = [...cardOf(list, 'K-3').shadowRoot!.querySelectorAll('[part="tag"]')].at(-1)!;
        const seen = new Set<string>();
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        const stop = (el: Element) => seen.add(`${hostOf(el)} ${el.getAttribute('part') ?? el.localName}`);
        // Open the report in place (Enter), so its permalinks and code block are Tab stops too.
        const open = await tabTo((el) => (stop(el), isPart('open-button', 'inc-card')(el)), 'open report');
        await sendKeys({ press: 'Enter' });
        await ((open.getRootNode() as ShadowRoot).host as Updatable).updateComplete;
        expect(open.getAttribute('aria-expanded')).to.equal('true');
        await tabTo((el) => (stop(el), el === lastTag), 'the last card tag');
        for (const kind of [
          'inc-tag-filter search',
          'inc-tag-filter tag',
          'inc-tag-filter more-button',
          'inc-tag-filter button',
          'inc-tag-filter clear-button',
          'inc-card a',
          'inc-card tag',
          'inc-card link',
          'inc-card open-button',
          'inc-ascii-diagram scroller',
          'inc-ascii-diagram copy-button',
          'inc-report a',
          'inc-code-block copy-button',
          'inc-code-block scroller',
        ]) {
          expect([...seen], `${kind} was a Tab stop`).to.include(kind);
        }
      });

      it("no matches: the list's own clear-filters button, by keyboard; focus then goes to the count", async function () {
        this.timeout(20000);
        const { wrapper, list } = await mount(theme);
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        const search = (await tabTo(isPart('search', 'inc-tag-filter'), 'search box')) as HTMLInputElement;
        await sendKeys({ type: 'zzz' });
        await settle(list);
        expect(list.visibleReports, 'nothing matches').to.have.length(0);
        expect(part(list, 'empty'), 'the no-matches message').to.exist;
        const clear = await tabTo(isPart('clear-button', 'inc-report-list'), "the list's clear filters");
        await sendKeys({ press: 'Enter' });
        await settle(list);
        expect(list.query).to.equal('');
        expect(search.value).to.equal('');
        expect(list.visibleReports).to.have.length(3);
        expect(clear.isConnected, 'the no-matches message is gone').to.equal(false);
        await expectVisibleFocus("after the list's clear filters");
        expectFocusOn(part(list, 'count'), 'focus goes to the list count');
      });

      it('error state: Retry by keyboard (Space, then Enter); focus stays, then goes to the count', async function () {
        this.timeout(20000);
        const realFetch = window.fetch.bind(window);
        const original = Object.getOwnPropertyDescriptor(window, 'fetch')!;
        let failures = 2; // the first load and the first retry
        window.fetch = (...args: Parameters<typeof fetch>) =>
          failures-- > 0
            ? Promise.resolve(new Response('busy', { status: 503, statusText: 'Service Unavailable' }))
            : realFetch(...args);
        try {
          const wrapper = await fixture<HTMLElement>(
            html`<div>
              <button id="before">before</button>
              <inc-report-list src=${GOOD_SRC} group-by="none" theme=${theme}></inc-report-list>
            </div>`,
          );
          const list = wrapper.querySelector<IncReportList>('inc-report-list')!;
          await waitUntil(() => part(list, 'retry-button'), 'the error state with a retry button');
          await ensurePageFocus();
          wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
          const retry = await tabTo(isPart('retry-button', 'inc-report-list'), 'retry');

          const failed = within(oneEvent(list, 'inc-error'), 'inc-error after Space on Retry', 5000);
          await sendKeys({ press: ' ' }); // fails again
          expect((await failed).detail.reason).to.equal('http');
          await settle(list);
          expectFocusOn(part(list, 'retry-button'), 'a failed retry keeps focus on Retry');
          await expectVisibleFocus('after a failed retry');

          const loaded = within(oneEvent(list, 'inc-load'), 'inc-load after Enter on Retry', 5000);
          await sendKeys({ press: 'Enter' });
          expect((await loaded).detail.count).to.equal(7);
          await settle(list);
          expect(part(list, 'error') === null, 'the error panel is gone').to.equal(true);
          expect(retry.isConnected).to.equal(false);
          await expectVisibleFocus('after a successful retry');
          expectFocusOn(part(list, 'count'), 'focus goes to the list count');
        } finally {
          Object.defineProperty(window, 'fetch', original);
        }
      });
    });
  }
});
