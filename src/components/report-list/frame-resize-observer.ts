/**
 * The ResizeObserver the list's virtualizer gets (`provideResizeObserver`). The virtualizer answers a
 * resize by measuring, moving and adding items and resizing its host, inside the observer's delivery;
 * the browser then has observations it cannot deliver in that frame and reports "ResizeObserver loop
 * completed with undelivered notifications" as an error event on the page (lit/lit#3154), which a
 * host page's error reporting records. An observer of elements in an `inc-report-list` delivers at
 * the next animation frame instead, before that frame's layout, so nothing changes during a delivery.
 * Observers of any other virtualizer on the page (the module may be shared) deliver as before.
 */
export class FrameResizeObserver implements ResizeObserver {
  readonly #native: ResizeObserver;
  /** Whether it observes elements of a list (decided by the first target, the virtualizer's host). */
  #ours = false;
  readonly #pending = new Map<Element, ResizeObserverEntry>();
  #frame = 0;
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
    this.#native = new ResizeObserver((entries) => {
      if (!this.#ours) {
        callback(entries, this);
        return;
      }
      for (const entry of entries) this.#pending.set(entry.target, entry);
      this.#frame ||= requestAnimationFrame(this.#deliver);
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName === 'inc-report-list') this.#ours = true;
    this.#native.observe(target, options);
  }

  unobserve(target: Element): void {
    this.#pending.delete(target);
    this.#native.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending.clear();
    this.#native.disconnect();
  }

  readonly #deliver = (): void => {
    this.#frame = 0;
    const entries = [...this.#pending.values()];
    this.#pending.clear();
    if (entries.length > 0) this.#callback(entries, this);
  };
}
