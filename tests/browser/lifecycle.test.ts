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
import { whenRenderQueueIdle } from '../../src/shared/render-queue.js';
import { build, collection, DIAGRAM, input } from './helpers/lifecycle-subtree.js';
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

  // Targets per observer: one observer's disconnect must not hide another's targets (a shared set
  // undercounted once the list's measuring observer disconnected).
  const targetsOf = <O extends object>(byObserver: Map<O, Set<Element>>, observer: O): Set<Element> => {
    let set = byObserver.get(observer);
    if (!set) byObserver.set(observer, (set = new Set()));
    return set;
  };
  const countTargets = (byObserver: Map<object, Set<Element>>) =>
    [...byObserver.values()].reduce((n, set) => n + set.size, 0);

  const resized = new Map<ResizeObserver, Set<Element>>();
  const ro = ResizeObserver.prototype;
  const { observe: roObserve, unobserve: roUnobserve, disconnect: roDisconnect } = ro;
  ro.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    if (fromLibrary()) targetsOf(resized, this).add(target);
    return roObserve.call(this, target, options);
  };
  ro.unobserve = function (this: ResizeObserver, target: Element) {
    resized.get(this)?.delete(target);
    return roUnobserve.call(this, target);
  };
  ro.disconnect = function (this: ResizeObserver) {
    resized.delete(this);
    return roDisconnect.call(this);
  };

  const intersected = new Map<IntersectionObserver, Set<Element>>();
  const io = IntersectionObserver.prototype;
  const { observe: ioObserve, unobserve: ioUnobserve, disconnect: ioDisconnect } = io;
  io.observe = function (this: IntersectionObserver, target: Element) {
    if (fromLibrary()) targetsOf(intersected, this).add(target);
    return ioObserve.call(this, target);
  };
  io.unobserve = function (this: IntersectionObserver, target: Element) {
    intersected.get(this)?.delete(target);
    return ioUnobserve.call(this, target);
  };
  io.disconnect = function (this: IntersectionObserver) {
    intersected.delete(this);
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
    resizeTargets: () => countTargets(resized),
    intersectionTargets: () => countTargets(intersected),
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
  // The counts go into the message: the runner's summary shows only the message, not the diff.
  const expectNothingLeft = () => {
    const now = counts();
    expect(now, `left behind: ${JSON.stringify(now)}`).to.deep.equal(ZERO);
  };
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
    // Cards still queued to render when the list left run in the render queue's next slices.
    await whenRenderQueueIdle();
    await nextFrame();
    await nextFrame();
    expectNothingLeft();
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
    // Updates still queued run detached, in slices (a loaded machine had five left after two
    // frames, each watched for nearness until it ran): count once they have, as a leak stays. The
    // last 24 cycles never awaited, so their cards join the queue only from Lit's microtasks: a
    // frame first, or the queue looks idle before they join (CI once counted 10 still watched).
    await nextFrame();
    await whenRenderQueueIdle();
    await nextFrame();
    await nextFrame();
    return peak;
  }

  it('1,000 create → connect → render → move → remove → re-add → remove cycles leave nothing behind', async function () {
    this.timeout(180000);
    const peak = await churn(true);
    expect(peak, 'listeners were registered along the way').to.be.greaterThan(0);
    expectNothingLeft();
  });

  // Same churn, but most subtrees are removed before their first update, which then runs detached.
  // (This once left a popstate listener per sync-url list and 7 ResizeObserver targets per diagram.)
  it('1,000 cycles removed before their first update leave nothing behind', async function () {
    this.timeout(180000);
    await churn(false);
    expectNothingLeft();
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
    // Queued card updates are watched for nearness until they run: count with none queued.
    await whenRenderQueueIdle();
    // Diagrams near the screen start watching their width when the nearness observer says so, which a
    // loaded machine delivers some frames late (Firefox counted 13, then 15 after the moves): count
    // once two frames in a row agree.
    let once = counts();
    for (let i = 0; i < 20; i++) {
      await nextFrame();
      const next = counts();
      if (JSON.stringify(next) === JSON.stringify(once)) break;
      once = next;
    }
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
    await whenRenderQueueIdle();
    expect({ ...counts(), timers: 0, frames: 0 }, 'no registration piles up while connected').to.deep.equal({
      ...once,
      timers: 0,
      frames: 0,
    });
    root.remove();
    await nextFrame();
    await nextFrame();
    expectNothingLeft();
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
        expectNothingLeft();
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

// ---------------------------------------------------------------------------------------------
// Every element: its observed attributes set, changed and removed in any order and with any update
// timing (some before connecting) converge to the render of the final attributes applied at once;
// removing what was set gives the render of never setting it. The render is a normalised
// serialisation of the shadow DOM (through nested shadow roots, hidden subtrees left out, Lit's
// comment markers dropped) plus the colours and font size of every part.

interface Subject {
  name: string;
  /** Each observed attribute with the values it takes (the first is the one checked to show). */
  attrs: Array<[string, string[]]>;
  /** Attributes with nothing to show in this setup (a `report` property wins over `src`…): they must only converge. */
  inert?: string[];
  /** Attributes that show only on top of another one (`match` needs `tags`). */
  shownWith?: Record<string, string>;
  /** The element, not yet connected, and the node that connects it. */
  create(): { el: HTMLElement; root: HTMLElement };
}

const WIDE_LINE = `start ${'─'.repeat(120)}▶ end`;
/** 15 tags, so a tag filter's `limit` (default 12) has something to cut. */
const MANY_TAGS = {
  title: 'Many tags',
  reports: Array.from({ length: 15 }, (_, i) => ({
    id: `T-${i + 1}`,
    title: `Report ${i + 1}`,
    tags: Array.from({ length: 15 - i }, (_, j) => `tag-${String(j + 1).padStart(2, '0')}`),
  })),
};

/** Enough reports that every list attribute shows even with all of them set (two cards remain). */
const LIST_INPUT = {
  title: 'Convergence',
  groups: [
    { id: 'a', title: 'Alpha' },
    { id: 'b', title: 'Beta' },
  ],
  reports: [
    {
      id: 'C-1',
      title: 'Queue backlog',
      tags: ['Go', 'Redis'],
      date: '2026-01-05',
      groups: ['a'],
      diagram: DIAGRAM,
    },
    {
      id: 'C-2',
      title: 'Cache storm',
      tags: ['Go', 'Redis', 'Kafka'],
      date: '2025-11-01',
      groups: ['b'],
      diagram: DIAGRAM,
    },
    {
      id: 'C-3',
      title: 'Alpha order',
      tags: ['Redis', 'Go'],
      date: '2026-03-01',
      groups: ['a', 'b'],
      url: '/r/3',
    },
    { id: 'C-4', title: 'Deep-linked body', tags: ['Python'], date: '2026-02-10', groups: ['b'] },
    { id: 'C-5', title: 'Zebra crossing', tags: ['Go'], date: '2024-05-01', groups: ['a'] },
  ],
};

const SUBJECTS: Subject[] = [
  {
    name: 'inc-report-list',
    attrs: [
      ['group-by', ['none', 'year']],
      ['sort', ['date-asc', 'title']],
      ['tags', ['Go,Redis', 'Python']],
      ['match', ['all', 'any']],
      ['query', ['or', 'a']], // all set: "Cache storm" and "Alpha order" remain
      ['variant', ['row', 'card']],
      ['diagram', ['hide', 'collapsed']],
      ['heading', ['{count} of {total}']],
      ['heading-level', ['4']],
      ['theme', ['dark', 'terminal']],
    ],
    shownWith: { match: 'tags' },
    create() {
      const el = document.createElement('inc-report-list');
      el.collection = LIST_INPUT;
      return { el, root: el };
    },
  },
  {
    name: 'inc-card',
    attrs: [
      ['variant', ['row', 'card']],
      ['diagram', ['collapsed', 'hide']],
      ['heading-level', ['5', '2']],
      ['theme', ['dark', 'terminal']],
      ['src', ['/src/data/samples/incident-reports.json']],
      ['report-id', ['L-3']],
      ['timeout', ['100']],
    ],
    inert: ['src', 'report-id', 'timeout'],
    create() {
      const el = document.createElement('inc-card');
      el.report = collection().reports[0]!; // url, tags, diagram
      return { el, root: el };
    },
  },
  {
    name: 'inc-tag-filter',
    attrs: [
      ['for', ['conv-b']],
      ['search', ['']],
      ['limit', ['2', '0']],
      ['theme', ['dark', 'light']],
    ],
    create() {
      // Slotted in list A (15 tags); `for` points it at list B instead.
      const root = document.createElement('div');
      const a = document.createElement('inc-report-list');
      a.id = 'conv-a';
      a.collection = MANY_TAGS;
      const el = document.createElement('inc-tag-filter');
      el.slot = 'filter';
      a.append(el);
      const b = document.createElement('inc-report-list');
      b.id = 'conv-b';
      b.collection = input;
      root.append(a, b);
      return { el, root };
    },
  },
  {
    name: 'inc-ascii-diagram',
    attrs: [
      ['ascii', [`${WIDE_LINE}\n   │\n   └──▶ cache`, DIAGRAM.join('\n')]],
      ['label', ['Flow']],
      ['report-title', ['Queue backlog']],
      ['caption', ['Figure 1']],
      ['fit', ['shrink']],
      ['no-copy', ['']],
      ['theme', ['dark']],
    ],
    create() {
      const root = document.createElement('div');
      root.style.width = '320px';
      const el = document.createElement('inc-ascii-diagram');
      el.textContent = `\n  client ──▶ api\n  ${WIDE_LINE}\n`; // used when `ascii` is not set
      root.append(el);
      return { el, root };
    },
  },
  {
    name: 'inc-code-block',
    attrs: [
      ['language', ['sql', 'go']],
      ['caption', ['Query']],
      ['line-numbers', ['']],
      ['highlight', ['2', '1-3']],
      ['wrap', ['']],
      ['lang', ['python', 'en']],
      ['theme', ['dark']],
    ],
    create() {
      const root = document.createElement('div');
      root.style.width = '240px'; // narrow, so `wrap` shows
      const el = document.createElement('inc-code-block');
      el.textContent = 'SELECT id, name, created_at FROM users\nWHERE id = 1\nORDER BY created_at DESC;';
      root.append(el);
      return { el, root };
    },
  },
  {
    name: 'inc-report',
    attrs: [
      ['heading-level', ['3', '1']],
      ['theme', ['dark', 'terminal']],
      ['src', ['/src/data/samples/incident-reports.json']],
      ['report-id', ['L-1']],
      ['timeout', ['100']],
    ],
    inert: ['src', 'report-id', 'timeout'],
    create() {
      const el = document.createElement('inc-report');
      (el as unknown as { report: unknown }).report = collection().reports[1]; // body: code, diagram
      return { el, root: el };
    },
  },
];

type LitLike = Element & {
  updateComplete: Promise<unknown>;
  isUpdatePending: boolean;
  highlightComplete?: Promise<boolean>;
};

/** Every Lit element at or under `node`, through shadow roots. */
function litElements(node: Element): LitLike[] {
  const found: LitLike[] = [];
  const visit = (el: Element) => {
    if ('updateComplete' in el) found.push(el as LitLike);
    for (const child of el.children) visit(child);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
  };
  visit(node);
  return found;
}

/** Waits until nothing under `root` has an update, highlighting or a fit measurement pending. */
async function settleDeep(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = litElements(root);
    await Promise.all(elements.map((el) => el.highlightComplete ?? el.updateComplete));
    await nextFrame();
    await nextFrame(); // fit measurements land a frame after layout
    // Colour transitions (a theme change) jump to their end: the render compared is the settled one.
    for (const el of litElements(root)) el.shadowRoot?.getAnimations().forEach((a) => a.finish());
    if (litElements(root).every((el) => !el.isUpdatePending)) return;
  }
  throw new Error('the render did not settle');
}

const STYLE_PROPS = ['color', 'background-color', 'font-size'] as const;

/** A normalised serialisation of what `el` renders. */
function serialise(el: Element): string {
  const out: string[] = [];
  const children = (parent: Node) => {
    for (const child of parent.childNodes) visit(child);
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(JSON.stringify(text));
      return;
    }
    if (!(node instanceof Element)) return; // Lit's comment markers
    const attrs = [...node.attributes]
      .map((a) =>
        // The list's measured card height (`--_item-measured`, the placeholder size of chunks not
        // laid out) is a measurement taken while cards render, not content: it depends on when it
        // was taken. Known issue 13 gap (2026-12-05): it can lag a re-render after attribute
        // changes, so it is left out of the comparison; everything else must converge.
        a.name === 'style'
          ? { name: a.name, value: a.value.replace(/--_item-measured:[^;]*;?\s*/, '').trim() }
          : a,
      )
      .filter((a) => !(a.name === 'style' && a.value === '')) // an emptied style is no style
      .map((a) => {
        const value = a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value;
        return `${a.name}=${JSON.stringify(value)}`;
      })
      .sort()
      .join(' ');
    out.push(`<${node.localName}${attrs ? ` ${attrs}` : ''}>`);
    if (node.hasAttribute('hidden')) return; // not shown: may lag behind by design
    if (node instanceof HTMLInputElement) out.push(`value=${JSON.stringify(node.value)}`);
    if (node.hasAttribute('part')) {
      const style = getComputedStyle(node);
      out.push(`{${STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}}`);
    }
    if (node.shadowRoot) {
      out.push('#shadow{');
      children(node.shadowRoot);
      out.push('}');
    }
    children(node);
    out.push(`</${node.localName}>`);
  };
  const host = getComputedStyle(el);
  out.push(`host{${STYLE_PROPS.map((p) => `${p}:${host.getPropertyValue(p)}`).join(';')}}`);
  children(el.shadowRoot!);
  return out.join('\n'); // one token a line, so a failure's diff shows what differs
}

/** Fails with the first lines that differ (the whole serialisation is long). */
function expectSameRender(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 2), i + 3).join(' ⏎ ');
  expect.fail(`${what}: renders differ from line ${i}:\n  got:      ${around(a)}\n  expected: ${around(e)}`);
}

/** One step: set attribute `attr` to its `value`th value (or remove it with `null`), then maybe await. */
type Op = { attr: number; value: number | null; wait: boolean };

describe('every element: attributes set, changed and removed in any order converge', () => {
  const mounted: HTMLElement[] = [];
  afterEach(() => {
    for (const root of mounted.splice(0)) root.remove();
  });

  /**
   * Applies `ops` (the first `beforeConnect` of them before the element is in the page) and returns
   * the render; with `checkpoint`, also the render after the first `checkpoint` ops.
   */
  async function renderAfter(subject: Subject, ops: Op[], beforeConnect = 0, checkpoint?: number) {
    const { el, root } = subject.create();
    const apply = ({ attr, value }: Op) => {
      const [name, values] = subject.attrs[attr]!;
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, values[value]!);
    };
    ops.slice(0, beforeConnect).forEach(apply);
    document.body.prepend(root); // top of the page: diagrams measure only near the viewport
    mounted.push(root);
    await settleDeep(root);
    let midway: string | undefined;
    for (const [i, op] of ops.entries()) {
      if (i === checkpoint) {
        await settleDeep(root);
        midway = serialise(el);
      }
      if (i < beforeConnect) continue;
      apply(op);
      if (op.wait) await (el as unknown as LitLike).updateComplete;
    }
    await settleDeep(root);
    const snapshot = serialise(el);
    root.remove();
    return { snapshot, midway };
  }

  /** The render of the final attributes applied at once to a fresh element (memoised). */
  function reference(subject: Subject, cache: Map<string, Promise<string>>, ops: Op[]): Promise<string> {
    const final = new Map<number, number | null>();
    for (const op of ops) final.set(op.attr, op.value);
    const clean: Op[] = [...final]
      .filter(([, value]) => value !== null)
      .sort(([a], [b]) => a - b)
      .map(([attr, value]) => ({ attr, value, wait: false }));
    const key = JSON.stringify(clean);
    let snapshot = cache.get(key);
    if (!snapshot) cache.set(key, (snapshot = renderAfter(subject, clean).then((r) => r.snapshot)));
    return snapshot;
  }

  for (const subject of SUBJECTS) {
    describe(subject.name, () => {
      const cache = new Map<string, Promise<string>>();
      const n = subject.attrs.length;
      const all = subject.attrs.map((_, attr) => attr);

      it('each attribute, set alone, shows in the render (the comparison sees it)', async function () {
        this.timeout(30000);
        const none = await reference(subject, cache, []);
        const index = (name: string) => subject.attrs.findIndex(([n]) => n === name);
        for (const [attr, [name]] of subject.attrs.entries()) {
          const base = subject.shownWith?.[name];
          const context: Op[] = base ? [{ attr: index(base), value: 0, wait: false }] : [];
          const without = base ? await reference(subject, cache, context) : none;
          const alone = await reference(subject, cache, [...context, { attr, value: 0, wait: false }]);
          if (subject.inert?.includes(name)) expect(alone, `${name} changes nothing here`).to.equal(none);
          else expect(alone, `${name} changes the render`).to.not.equal(without);
        }
      });

      it('all set in a random order: the render of setting them at once; then all removed in another: of never setting them', async function () {
        this.timeout(60000);
        const none = await reference(subject, cache, []);
        const allSet = await reference(
          subject,
          cache,
          all.map((attr) => ({ attr, value: 0, wait: false })),
        );
        await fc.assert(
          fc.asyncProperty(
            fc.shuffledSubarray(all, { minLength: n, maxLength: n }),
            fc.shuffledSubarray(all, { minLength: n, maxLength: n }),
            fc.array(fc.boolean(), { minLength: 2 * n, maxLength: 2 * n }),
            fc.nat(n),
            async (setOrder, removeOrder, waits, beforeConnect) => {
              const ops: Op[] = [
                ...setOrder.map((attr, i) => ({ attr, value: 0, wait: waits[i]! })),
                ...removeOrder.map((attr, i) => ({ attr, value: null, wait: waits[n + i]! })),
              ];
              const { snapshot, midway } = await renderAfter(subject, ops, beforeConnect, n);
              expectSameRender(midway!, allSet, 'all set');
              expectSameRender(snapshot, none, 'set then removed');
            },
          ),
          { numRuns: 6, seed: 20261123, includeErrorInReport: true },
        );
      });

      it('random set/change/remove sequences and update timings (fast-check) give the final attributes’ render', async function () {
        this.timeout(90000);
        const op = fc.record({
          attr: fc.nat(n - 1),
          value: fc.option(fc.nat(1), { nil: null, freq: 3 }),
          wait: fc.boolean(),
        });
        await fc.assert(
          fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 3 * n }), fc.nat(3), async (raw, pre) => {
            const ops = raw.map((o) => ({
              ...o,
              value: o.value === null ? null : o.value % subject.attrs[o.attr]![1].length,
            }));
            const expected = await reference(subject, cache, ops);
            const { snapshot } = await renderAfter(subject, ops, Math.min(pre, ops.length));
            expectSameRender(snapshot, expected, 'after the sequence');
          }),
          { numRuns: 12, seed: 20261124, includeErrorInReport: true },
        );
      });
    });
  }
});
