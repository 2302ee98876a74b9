/** Something that wants the sizes of several of its elements, delivered together once per batch. */
export interface ResizeOwner {
  onResize(entries: ResizeObserverEntry[]): void;
}

/** How far off screen a target still counts as near: one viewport in every direction. */
const NEAR_MARGIN = '100%';

const owners = new WeakMap<Element, ResizeOwner>();
/**
 * Targets watched only while on or near the screen, and whether each is watched now. A browser
 * checks every observed target on every frame that lays out, including the thousands inside skipped
 * `content-visibility` boxes of a long list (measured: 5–7 ms per check at 4,000 diagrams, twice a
 * frame, in Chromium); an IntersectionObserver check of the same targets costs a fraction of that.
 * A target that leaves keeps its last size; coming back, it is measured again.
 */
const gated = new Map<Element, boolean>();
let observer: ResizeObserver | null = null;
let nearness: IntersectionObserver | null = null;

function deliver(entries: ResizeObserverEntry[]): void {
  const batches = new Map<ResizeOwner, ResizeObserverEntry[]>();
  for (const entry of entries) {
    const owner = owners.get(entry.target);
    if (!owner) continue;
    const batch = batches.get(owner);
    if (batch) batch.push(entry);
    else batches.set(owner, [entry]);
  }
  for (const [owner, batch] of batches) {
    try {
      owner.onResize(batch);
    } catch (error) {
      // One element's failure must not starve the others; report it without breaking this loop.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function nearnessChanged(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    const watched = gated.get(target);
    if (watched === undefined || watched === isIntersecting) continue;
    gated.set(target, isIntersecting);
    if (isIntersecting) observer?.observe(target);
    else observer?.unobserve(target);
  }
}

/**
 * Observes `target` with one ResizeObserver shared by every diagram on the page (a thousand
 * diagrams cost one callback per frame, not a thousand). The first size arrives before the next
 * paint, as with a ResizeObserver of its own; `whileNear` watches it only while on or near the
 * screen. Does nothing where ResizeObserver is missing.
 */
export function observeResize(target: Element, owner: ResizeOwner, whileNear = false): void {
  if (typeof ResizeObserver === 'undefined') return;
  observer ??= new ResizeObserver(deliver);
  owners.set(target, owner);
  observer.observe(target);
  if (whileNear && typeof IntersectionObserver !== 'undefined') {
    nearness ??= new IntersectionObserver(nearnessChanged, { rootMargin: NEAR_MARGIN });
    gated.set(target, true);
    nearness.observe(target);
  }
}

export function unobserveResize(target: Element): void {
  owners.delete(target);
  observer?.unobserve(target);
  if (gated.delete(target)) nearness?.unobserve(target);
}
