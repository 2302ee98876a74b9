// The queue that renders cards in time slices: a first slice at once, the rest in later tasks, in
// request order, each element's failure its own.
import { expect } from '@open-wc/testing';
import {
  backgroundTask,
  enqueueRender,
  SLICE_MS,
  whenRenderQueueIdle,
} from '../../src/shared/render-queue.js';

/** Work that takes `ms` of main-thread time. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

const microtasks = async (count = 5) => {
  for (let i = 0; i < count; i++) await Promise.resolve();
};

describe('render queue', () => {
  it('runs about one slice at once and the rest in later tasks, in request order', async () => {
    const ran: number[] = [];
    const elements = Array.from({ length: 200 }, () => document.createElement('div'));
    const done = elements.map((el, i) =>
      enqueueRender(el, () => {
        busy(0.5);
        ran.push(i);
      }),
    );
    expect(ran, 'nothing runs synchronously').to.have.length(0);
    await microtasks();
    const firstSlice = ran.length;
    expect(firstSlice, 'a first slice runs in the same task').to.be.greaterThan(0);
    // 0.5 ms each: a slice of SLICE_MS holds about SLICE_MS / 0.5 of them (one more may start at the edge).
    expect(firstSlice, 'but not everything').to.be.at.most(SLICE_MS / 0.5 + 2);
    await Promise.all(done);
    expect(ran).to.deep.equal(elements.map((_, i) => i));
  });

  it('an update that throws rejects only its own promise', async () => {
    const ran: string[] = [];
    const a = enqueueRender(document.createElement('div'), () => ran.push('a'));
    const b = enqueueRender(document.createElement('div'), () => {
      throw new Error('boom');
    });
    const c = enqueueRender(document.createElement('div'), () => ran.push('c'));
    await a;
    let error: unknown;
    await b.catch((e: unknown) => (error = e));
    await c;
    expect((error as Error).message).to.equal('boom');
    expect(ran).to.deep.equal(['a', 'c']);
  });

  it('a second request for a queued element runs the latest update once, settling both', async () => {
    const el = document.createElement('div');
    const calls: string[] = [];
    const first = enqueueRender(el, () => calls.push('first'));
    const second = enqueueRender(el, () => calls.push('second'));
    await Promise.all([first, second]);
    expect(calls).to.deep.equal(['second']);
  });

  it('whenRenderQueueIdle waits for the backlog', async () => {
    let count = 0;
    for (let i = 0; i < 100; i++) {
      void enqueueRender(document.createElement('div'), () => {
        busy(0.3);
        count++;
      });
    }
    await whenRenderQueueIdle();
    expect(count).to.equal(100);
  });

  it('backgroundTask runs after the next frame, and not at all once cancelled', async () => {
    const ran: string[] = [];
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const sawFrame = await new Promise<boolean>((resolve) => backgroundTask(() => resolve(framed)));
    expect(sawFrame, 'a frame came first').to.equal(true);
    const cancel = backgroundTask(() => ran.push('cancelled'));
    cancel();
    await new Promise<void>((resolve) => backgroundTask(resolve));
    await new Promise((resolve) => setTimeout(resolve, 150)); // past the fallback timeout too
    expect(ran).to.deep.equal([]);
  });
});
