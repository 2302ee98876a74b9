/** Something that wants the sizes of several of its elements, delivered together once per batch. */
export interface ResizeOwner {
  onResize(entries: ResizeObserverEntry[]): void;
}

const owners = new WeakMap<Element, ResizeOwner>();
let observer: ResizeObserver | null = null;

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

/**
 * Observes `target` with one ResizeObserver shared by every diagram on the page (a thousand
 * diagrams cost one callback per frame, not a thousand). Does nothing where ResizeObserver is missing.
 */
export function observeResize(target: Element, owner: ResizeOwner): void {
  if (typeof ResizeObserver === 'undefined') return;
  observer ??= new ResizeObserver(deliver);
  owners.set(target, owner);
  observer.observe(target);
}

export function unobserveResize(target: Element): void {
  owners.delete(target);
  observer?.unobserve(target);
}
