// Heap growth under churn: elements created, rendered, moved and removed a thousand times must not
// keep memory alive. Chromium is started with --enable-precise-memory-info and --js-flags=--expose-gc
// (web-test-runner.config.mjs), so `gc()` and an exact `performance.memory` are available there.
// Firefox exposes no heap figure to pages; its side of the lifecycle suite is the listener, observer
// and timer counts in lifecycle.test.ts.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { build } from './helpers/lifecycle-subtree.js';

interface ChromiumMemory {
  usedJSHeapSize: number;
}
// Read afresh each time: a held `performance.memory` object is a snapshot that never changes.
const memory = () => (performance as unknown as { memory?: ChromiumMemory }).memory;
const gc = (globalThis as unknown as { gc?: () => void }).gc;
const isChromium = navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox');

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = (el: HTMLElement) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Used heap once the page is idle, after full collections. Work still queued (a lazy chunk's import,
 * a frame) legitimately holds elements for a moment, and a busy machine stretches that moment, so it
 * waits, collects several times, and takes the lowest reading.
 */
async function heapAfterGc(): Promise<number> {
  await pause(500);
  let lowest = Infinity;
  for (let i = 0; i < 4; i++) {
    gc!();
    await nextFrame();
    await pause(100);
    lowest = Math.min(lowest, memory()!.usedJSHeapSize);
  }
  return lowest;
}

/** `count` cycles of build → connect → render → move → remove. `keep` receives every subtree (the leak control). */
async function churn(count: number, keep?: HTMLElement[]): Promise<void> {
  const a = document.createElement('div');
  const b = document.createElement('div');
  document.body.append(a, b);
  for (let i = 0; i < count; i++) {
    const { root, elements } = build(i);
    a.append(root);
    for (const el of elements) await settle(el);
    b.append(root);
    root.remove();
    keep?.push(root);
    if (i % 50 === 0) await nextFrame();
  }
  a.remove();
  b.remove();
  history.replaceState(null, '', location.pathname);
}

const KB = 1024;

describe('heap: churn leaves no memory behind (Chromium)', function () {
  this.timeout(240000);

  before(function () {
    if (!isChromium) this.skip(); // no heap figure in Firefox; see the file header
  });

  it('the heap measure is available (the flags reached Chromium)', () => {
    expect(typeof gc, 'gc() exposed').to.equal('function');
    expect(memory()?.usedJSHeapSize, 'performance.memory').to.be.a('number');
  });

  let perSubtree = 0;

  it('the measure sees a leak: 200 subtrees kept alive grow the heap by what they weigh', async () => {
    await churn(50); // warm up: compiled templates, style sheets, caches
    const before = await heapAfterGc();
    const kept: HTMLElement[] = [];
    await churn(200, kept);
    const after = await heapAfterGc();
    perSubtree = (after - before) / kept.length;
    console.log(`heap: one retained subtree ≈ ${(perSubtree / KB).toFixed(1)} kB`);
    expect(kept.length).to.equal(200);
    expect(perSubtree, 'a retained subtree (7 elements, rendered) is visible in the heap').to.be.greaterThan(
      20 * KB,
    );
  });

  it('1,000 more cycles grow the heap by less than 1% of what retaining them would', async () => {
    await churn(50);
    const start = await heapAfterGc();
    await churn(500);
    const middle = await heapAfterGc();
    await churn(500);
    const end = await heapAfterGc();
    const growth = end - start;
    console.log(
      `heap: ${(start / KB).toFixed(0)} kB → ${(middle / KB).toFixed(0)} kB → ${(end / KB).toFixed(0)} kB ` +
        `after 1,000 cycles (${(growth / 1000).toFixed(0)} B per cycle; a retained subtree is ${(perSubtree / KB).toFixed(1)} kB)`,
    );
    // A leak of anything per cycle (a listener closure, a cached report, one detached card) adds up
    // linearly; 1% of a subtree per cycle is ~10 subtrees' worth over the run.
    expect(growth, 'heap growth over 1,000 cycles').to.be.lessThan(perSubtree * 1000 * 0.01);
    // Caches and compiled code settle in the first half; after that, anything still growing by 256 B
    // per cycle (one small closure or listener record) is a leak.
    expect(end - middle, 'growth over the second 500 cycles').to.be.lessThan(500 * 256);
  });
});
