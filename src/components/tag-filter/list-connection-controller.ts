import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { listStateContext, type ListState } from '../../shared/context.js';

/** What a tag filter needs from a list found by id: the state it shares through context. */
interface ListLike extends HTMLElement {
  readonly state?: ListState;
}

const LIST_EVENTS = ['inc-load', 'inc-error', 'inc-filter-change'] as const;

/**
 * Finds the list a control operates: the enclosing list through context, or the element named by
 * `for` anywhere in the same document or shadow root. Re-renders the host whenever that list's
 * content or filter changes.
 */
export class ListConnectionController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #targetId: () => string | undefined;
  readonly #consumer: ContextConsumer<typeof listStateContext, ReactiveElement>;
  #target: ListLike | undefined;

  constructor(host: ReactiveElement, targetId: () => string | undefined) {
    this.#host = host;
    this.#targetId = targetId;
    this.#consumer = new ContextConsumer(host, { context: listStateContext, subscribe: true });
    host.addController(this);
  }

  /** The connected list's state, if there is a list and it has content. */
  get state(): ListState | undefined {
    return this.#targetId() ? this.#target?.state : this.#consumer.value;
  }

  hostConnected(): void {
    // The list may be defined or placed after this element; look again once the page settles.
    this.retarget();
    if (!this.#target && this.#targetId()) queueMicrotask(() => this.retarget());
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Looks the `for` target up again (call when `for` changes). */
  retarget(): void {
    const id = this.#targetId();
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    const next = id && typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    if (next === this.#target) return;
    this.#detach();
    this.#target = next ?? undefined;
    for (const type of LIST_EVENTS) this.#target?.addEventListener(type, this.#onListChange);
    this.#host.requestUpdate();
  }

  #detach(): void {
    for (const type of LIST_EVENTS) this.#target?.removeEventListener(type, this.#onListChange);
    this.#target = undefined;
  }

  readonly #onListChange = (): void => {
    // The list has just updated its state; render after it.
    this.#host.requestUpdate();
  };
}
