/**
 * Time-sliced rendering for elements that come in thousands (cards in a long list). Their updates
 * join one queue instead of each taking a microtask: a slice of about one frame's worth of updates
 * runs right away, and the rest run in later tasks, so the page paints and takes input between
 * slices. Elements on or near the screen go first (a shared IntersectionObserver reports them), so a
 * filter change repaints what the reader sees in the next frame while off-screen cards catch up
 * during the frames after it.
 */

/** Work per slice, in milliseconds: leaves room in a 16 ms frame for style, layout and paint. */
export const SLICE_MS = 8;

interface Entry {
  run: () => void;
  settle: (error?: unknown) => void;
}

const pending = new Map<Element, Entry>();
/** Queued elements the observer saw on or near the screen; they go first. */
const onScreen = new Set<Element>();
let scheduled = false;
const idleWaiters: Array<() => void> = [];

// Observes only queued elements, so its cost follows the backlog, not the page's size.
const observer =
  typeof IntersectionObserver === 'undefined'
    ? undefined
    : new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            if (isIntersecting && pending.has(target)) onScreen.add(target);
          }
          if (onScreen.size > 0) flush();
        },
        { rootMargin: '50% 0px' },
      );

/** Runs queued updates for about SLICE_MS: on-screen ones first, then in request order. */
function flush(): void {
  const end = performance.now() + SLICE_MS;
  for (const el of onScreen) renderNow(el);
  for (const el of pending.keys()) {
    if (performance.now() >= end) break;
    renderNow(el);
  }
  if (pending.size > 0) later();
  else for (const resolve of idleWaiters.splice(0)) resolve();
}

/**
 * Runs `el`'s queued update now, if it has one: for the few elements that must never be seen
 * unrendered (cards replacing prerendered ones on screen).
 */
export function renderNow(el: Element): void {
  const entry = pending.get(el);
  if (!entry) return;
  pending.delete(el);
  onScreen.delete(el);
  observer?.unobserve(el);
  try {
    entry.run();
    entry.settle();
  } catch (error) {
    entry.settle(error); // rejects that element's updateComplete, as Lit's own scheduling would
  }
}

/** Resolves when no queued update is left. */
export function whenRenderQueueIdle(): Promise<void> {
  return pending.size === 0
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
      });
}

interface Scheduler {
  postTask(callback: () => void, options: { priority: string; signal?: AbortSignal }): Promise<unknown>;
}
const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;

/** A task after the current one, at background priority where `scheduler.postTask` exists. */
function backgroundTaskNow(callback: () => void): () => void {
  if (scheduler?.postTask) {
    const controller = new AbortController();
    scheduler.postTask(callback, { priority: 'background', signal: controller.signal }).catch(() => {
      // Aborted: cancelled on purpose.
    });
    return () => controller.abort();
  }
  const id = setTimeout(callback);
  return () => clearTimeout(id);
}

/**
 * Runs `callback` in a task after the page's next frame, so work split into slices never delays a
 * paint: Chromium lets tasks (even background-priority ones) run ahead of a pending frame for up to
 * 100 ms. In a hidden page there are no frames; it runs in a background task instead. Returns a
 * cancel function.
 */
export function backgroundTask(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') {
    return backgroundTaskNow(callback);
  }
  let cancelTask: (() => void) | undefined;
  const start = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelTask ??= backgroundTaskNow(callback);
  };
  const frame = requestAnimationFrame(start);
  // Frames can stop without the page being hidden (an off-screen iframe): never wait on them long.
  const fallback = setTimeout(start, 100);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelTask?.();
  };
}

function runLater(): void {
  scheduled = false;
  flush();
}

/** A later task, so the browser can paint and handle input first. */
function later(): void {
  if (scheduled) return;
  scheduled = true;
  backgroundTask(runLater);
}

let microtaskQueued = false;

/**
 * Queues `run` (the element's update) and resolves once it has run. The first slice runs in a
 * microtask, so what fits in it is painted in the same frame as the change that caused it.
 */
export function enqueueRender(el: Element, run: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rethrows what the update threw
    const settle = (error?: unknown) => (error === undefined ? resolve() : reject(error));
    const existing = pending.get(el);
    if (existing) {
      const previous = existing.settle;
      existing.run = run;
      existing.settle = (error) => {
        previous(error);
        settle(error);
      };
      return;
    }
    pending.set(el, { run, settle });
    observer?.observe(el);
    if (!microtaskQueued) {
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        flush();
      });
    }
  });
}
