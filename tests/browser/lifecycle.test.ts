// Elements created, removed, re-added and moved over a thousand times must not leak window
// listeners, observers or timers; and attributes set in any order must converge to the same render.
// Browsers expose no portable heap measure (performance.memory and gc() are off by default), so the
// test counts what the library registers: listeners on window/document/MediaQueryList and on lists
// (a tag filter's `for`), observed MutationObserver/ResizeObserver/IntersectionObserver targets, and
// pending timers and
// animation frames scheduled from library code.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { build, DIAGRAM, input } from './helpers/lifecycle-subtree.js';
import type { IncReportList } from '../../src/components/report-list/report-list.js';
import type { IncCard } from '../../src/components/card/card.js';

// ---------------------------------------------------------------------------------------------
// Tracking

const WATCHED_TYPES = new Set([
  'popstate',
  'hashchange',
  'change',
  'inc-load',
  'inc-error',
  'inc-filter-change',
]);
const fromLibrary = () => /\/src\/(components|shared)\//.test(new Error().stack ?? '');

interface Tracker {
  listeners(): number;
  mutationObservers(): number;
  resizeTargets(): number;
  intersectionTargets(): number;
  timers(): number;
  frames(): number;
  restore(): void;
}

// The originals are saved unbound on purpose and always called with .call/.apply on their receiver.
/* eslint-disable @typescript-eslint/unbound-method */
function track(): Tracker {
  const listeners = new Map<EventTarget, Map<string, Set<unknown>>>();
  const watchedTarget = (t: EventTarget) =>
    t === window ||
    t === document ||
    (typeof MediaQueryList !== 'undefined' && t instanceof MediaQueryList) ||
    (t instanceof Element && t.localName === 'inc-report-list');
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const key = (type: string, options: unknown) =>
    `${type}|${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture)}`;
  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (listener && WATCHED_TYPES.has(type) && watchedTarget(this) && fromLibrary()) {
      const byType = listeners.get(this) ?? new Map<string, Set<unknown>>();
      listeners.set(this, byType);
      const set = byType.get(key(type, options)) ?? new Set();
      byType.set(key(type, options), set);
      set.add(listener);
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    listeners.get(this)?.get(key(type, options))?.delete(listener);
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };

  const mutation = new Set<MutationObserver>();
  const mo = MutationObserver.prototype;
  const { observe: moObserve, disconnect: moDisconnect } = mo;
  mo.observe = function (this: MutationObserver, ...args: Parameters<typeof moObserve>) {
    if (fromLibrary()) mutation.add(this);
    return moObserve.apply(this, args);
  };
  mo.disconnect = function (this: MutationObserver) {
    mutation.delete(this);
    return moDisconnect.call(this);
  };

  const resized = new Set<Element>();
  const ro = ResizeObserver.prototype;
  const { observe: roObserve, unobserve: roUnobserve, disconnect: roDisconnect } = ro;
  ro.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    if (fromLibrary()) resized.add(target);
    return roObserve.call(this, target, options);
  };
  ro.unobserve = function (this: ResizeObserver, target: Element) {
    resized.delete(target);
    return roUnobserve.call(this, target);
  };
  ro.disconnect = function (this: ResizeObserver) {
    resized.clear();
    return roDisconnect.call(this);
  };

  const intersected = new Set<Element>();
  const io = IntersectionObserver.prototype;
  const { observe: ioObserve, unobserve: ioUnobserve, disconnect: ioDisconnect } = io;
  io.observe = function (this: IntersectionObserver, target: Element) {
    if (fromLibrary()) intersected.add(target);
    return ioObserve.call(this, target);
  };
  io.unobserve = function (this: IntersectionObserver, target: Element) {
    intersected.delete(target);
    return ioUnobserve.call(this, target);
  };
  io.disconnect = function (this: IntersectionObserver) {
    intersected.clear();
    return ioDisconnect.call(this);
  };

  const timers = new Set<number>();
  const frames = new Set<number>();
  const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = function (handler: TimerHandler, ms?: number, ...rest: unknown[]) {
    if (!fromLibrary() || typeof handler !== 'function') return st(handler, ms, ...rest);
    const id: number = st(() => {
      timers.delete(id);
      (handler as (...a: unknown[]) => void)(...rest);
    }, ms);
    timers.add(id);
    return id;
  } as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (cb: FrameRequestCallback) => {
    if (!fromLibrary()) return raf(cb);
    const id = raf((t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf(id);
  };

  return {
    listeners: () =>
      [...listeners.values()].reduce(
        (n, byType) => n + [...byType.values()].reduce((m, s) => m + s.size, 0),
        0,
      ),
    mutationObservers: () => mutation.size,
    resizeTargets: () => resized.size,
    intersectionTargets: () => intersected.size,
    timers: () => timers.size,
    frames: () => frames.size,
    restore() {
      Object.assign(proto, { addEventListener: add, removeEventListener: remove });
      Object.assign(mo, { observe: moObserve, disconnect: moDisconnect });
      Object.assign(ro, { observe: roObserve, unobserve: roUnobserve, disconnect: roDisconnect });
      Object.assign(io, { observe: ioObserve, unobserve: ioUnobserve, disconnect: ioDisconnect });
      Object.assign(window, {
        setTimeout: st,
        clearTimeout: ct,
        requestAnimationFrame: raf,
        cancelAnimationFrame: caf,
      });
    },
  };
}
/* eslint-enable @typescript-eslint/unbound-method */

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = async (el: Element) => {
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
};

describe('lifecycle: create, remove, re-add, move', () => {
  let tracker: Tracker;
  const hosts: HTMLElement[] = [];
  beforeEach(() => {
    tracker = track();
  });
  afterEach(() => {
    tracker.restore();
    for (const h of hosts.splice(0)) h.remove();
    history.replaceState(null, '', location.pathname);
  });

  function counts() {
    return {
      listeners: tracker.listeners(),
      mutationObservers: tracker.mutationObservers(),
      resizeTargets: tracker.resizeTargets(),
      intersectionTargets: tracker.intersectionTargets(),
      timers: tracker.timers(),
      frames: tracker.frames(),
    };
  }
  const ZERO = {
    listeners: 0,
    mutationObservers: 0,
    resizeTargets: 0,
    intersectionTargets: 0,
    timers: 0,
    frames: 0,
  };

  it('while connected the library does register what the counters watch (the counters work)', async () => {
    const a = document.createElement('div');
    const { root, elements } = build(0);
    a.append(root);
    document.body.append(a);
    hosts.push(a);
    for (const el of elements) await settle(el);
    await nextFrame();
    const live = counts();
    expect(live.listeners, 'popstate/hashchange/matchMedia/list listeners').to.be.greaterThan(3);
    expect(live.mutationObservers, 'code block light-text observer').to.be.greaterThan(0);
    expect(live.resizeTargets, 'diagram fit observer').to.be.greaterThan(0);
    expect(live.intersectionTargets, 'diagram nearness observer').to.be.greaterThan(0);
    a.remove();
    await nextFrame();
    await nextFrame();
    expect(counts()).to.deep.equal(ZERO);
  });

  /**
   * 1,000 cycles of build → connect → move → remove → re-add → move one out → remove. With
   * `renderFirst`, each subtree gets its first render before the churn; otherwise only every 25th does
   * and the rest connect and disconnect with their first update still pending.
   */
  async function churn(renderFirst: boolean): Promise<number> {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    hosts.push(a, b);
    let peak = 0;
    for (let i = 0; i < 1000; i++) {
      const { root, elements } = build(i);
      a.append(root);
      const render = renderFirst || i % 25 === 0;
      if (render) for (const el of elements) await settle(el);
      b.append(root); // move: disconnect + connect
      if (i % 25 === 0) await nextFrame();
      peak = Math.max(peak, tracker.listeners());
      root.remove();
      a.append(root); // re-add
      if (i % 2) b.append(root.firstElementChild!); // move one element out of its group
      root.remove();
      [...b.children].forEach((c) => c.remove());
      if (i % 100 === 0) await settle(elements[0]!);
    }
    await nextFrame();
    await nextFrame();
    return peak;
  }

  it('1,000 create → connect → render → move → remove → re-add → remove cycles leave nothing behind', async function () {
    this.timeout(180000);
    const peak = await churn(true);
    expect(peak, 'listeners were registered along the way').to.be.greaterThan(0);
    expect(counts()).to.deep.equal(ZERO);
  });

  // Same churn, but most subtrees are removed before their first update, which then runs detached.
  // (This once left a popstate listener per sync-url list and 7 ResizeObserver targets per diagram.)
  it('1,000 cycles removed before their first update leave nothing behind', async function () {
    this.timeout(180000);
    await churn(false);
    expect(counts()).to.deep.equal(ZERO);
  });

  it('a single element of each kind moved 2,000 times between containers ends with exactly its own registrations', async function () {
    this.timeout(120000);
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    hosts.push(a, b);
    const { root, elements } = build(9999);
    a.append(root);
    for (const el of elements) await settle(el);
    // Diagrams hand font watching to a shared probe set a frame or two after their first layout.
    for (let i = 0; i < 3; i++) await nextFrame();
    const once = counts();
    for (let i = 0; i < 2000; i++) {
      (i % 2 ? a : b).append(root);
      if (i % 200 === 0) {
        for (const el of elements) await settle(el);
        await nextFrame();
      }
    }
    for (const el of elements) await settle(el);
    await nextFrame();
    await nextFrame();
    expect({ ...counts(), timers: 0, frames: 0 }, 'no registration piles up while connected').to.deep.equal({
      ...once,
      timers: 0,
      frames: 0,
    });
    root.remove();
    await nextFrame();
    await nextFrame();
    expect(counts()).to.deep.equal(ZERO);
  });

  describe('removed before its first update (connect and disconnect in the same task)', () => {
    const kinds: Array<[string, () => HTMLElement]> = [
      ['inc-report-list sync-url with content', () => build(1).elements[0]!],
      [
        'inc-report-list with a slotted inc-tag-filter',
        () => {
          const { elements } = build(2);
          elements[0]!.removeAttribute('sync-url');
          return elements[0]!;
        },
      ],
      ['inc-card (body, no url)', () => build(3).elements[3]!],
      ['inc-report', () => build(4).elements[4]!],
      ['inc-ascii-diagram', () => build(5).elements[5]!],
      ['inc-code-block', () => build(6).elements[6]!],
    ];
    for (const [name, make] of kinds) {
      it(`${name}: nothing left registered`, async () => {
        const el = make();
        document.body.append(el);
        el.remove(); // the pending first update now runs on a detached element
        await settle(el);
        await nextFrame();
        await nextFrame();
        expect(counts()).to.deep.equal(ZERO);
      });
    }
  });

  it('a diagram copy pressed just before removal leaves no pending status timer', async () => {
    const diagram = document.createElement('inc-ascii-diagram');
    diagram.setAttribute('ascii', DIAGRAM.join('\n'));
    document.body.append(diagram);
    hosts.push(diagram);
    await settle(diagram);
    const copy = diagram.shadowRoot!.querySelector<HTMLButtonElement>('button');
    if (copy) {
      copy.click();
      await new Promise((r) => setTimeout(r, 50)); // clipboard write settles (denied or granted)
    }
    diagram.remove();
    await nextFrame();
    expect(tracker.timers(), 'status timer cleared on disconnect').to.equal(0);
  });
});

describe('attributes in any order converge to the same render', () => {
  const ATTRS: Array<[string, string]> = [
    ['group-by', 'none'],
    ['sort', 'title'],
    ['tags', 'Go,Redis'],
    ['match', 'any'],
    ['query', 'a'],
    ['variant', 'row'],
    ['theme', 'dark'],
  ];

  function snapshot(el: IncReportList) {
    const root = el.shadowRoot!;
    // Filtered-out cards are hidden, not removed: the render is what is shown.
    const shown = [...root.querySelectorAll<IncCard>('inc-card')].filter((c) => !c.closest('[hidden]'));
    return {
      ids: shown.map((c) => c.report!.id),
      variants: shown.map((c) => c.getAttribute('variant')),
      header: root.querySelector('[part="header"]')?.textContent?.replace(/\s+/g, ' ').trim(),
      sections: [...root.querySelectorAll('.section-title')]
        .filter((title) => !title.closest('[hidden]'))
        .map((s) => s.textContent.trim()),
      bg: getComputedStyle(root.querySelector('.list')!).backgroundColor,
    };
  }

  async function renderIn(
    order: Array<[string, string]>,
    awaitBetween: boolean[],
  ): Promise<ReturnType<typeof snapshot>> {
    const el = await fixture<IncReportList>(html`<inc-report-list .collection=${input}></inc-report-list>`);
    for (const [i, [name, value]] of order.entries()) {
      el.setAttribute(name, value);
      if (awaitBetween[i]) await el.updateComplete;
    }
    await el.updateComplete;
    const snap = snapshot(el);
    el.remove();
    return snap;
  }

  it('the reference render is the expected one', async () => {
    const ref = await renderIn(ATTRS, []);
    // "Go,Redis" any → L-1, L-2, L-3, L-4; query "a" (title/summary/tags/id) keeps those containing "a".
    expect(ref.ids.length).to.be.greaterThan(0);
    expect(ref.ids).to.deep.equal(
      [...ref.ids].sort((x, y) => {
        const title = (id: string) => input.reports.find((r) => r.id === id)!.title;
        return title(x).localeCompare(title(y));
      }),
    );
    expect(ref.variants.every((v) => v === 'row')).to.equal(true);
    expect(ref.sections).to.deep.equal([]);
    expect(ref.header).to.contain('Lifecycle');
  });

  it('random orders and update timings (fast-check) give the reference render', async function () {
    this.timeout(60000);
    const ref = await renderIn(ATTRS, []);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(ATTRS, { minLength: ATTRS.length, maxLength: ATTRS.length }),
        fc.array(fc.boolean(), { minLength: ATTRS.length, maxLength: ATTRS.length }),
        async (order, awaits) => {
          expect(await renderIn(order, awaits)).to.deep.equal(ref);
        },
      ),
      { numRuns: 25, seed: 20261122 },
    );
  });

  it('fixed permutations (reversed, rotated) also converge, including attributes set before connecting', async () => {
    const ref = await renderIn(ATTRS, []);
    const reversed = [...ATTRS].reverse();
    const rotated = [...ATTRS.slice(3), ...ATTRS.slice(0, 3)];
    expect(
      await renderIn(
        reversed,
        ATTRS.map(() => true),
      ),
    ).to.deep.equal(ref);
    expect(
      await renderIn(
        rotated,
        ATTRS.map((_, i) => i % 2 === 0),
      ),
    ).to.deep.equal(ref);
    const el = document.createElement('inc-report-list');
    for (const [name, value] of reversed) el.setAttribute(name, value);
    el.collection = input;
    document.body.append(el);
    await el.updateComplete;
    expect(snapshot(el)).to.deep.equal(ref);
    el.remove();
  });
});
