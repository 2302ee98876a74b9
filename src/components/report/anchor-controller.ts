import type { ReactiveController, ReactiveElement } from 'lit';
import { readHashId } from '../../shared/hash.js';

/**
 * Makes `#fragment` links work for headings inside the shadow root, which the browser cannot see:
 * when the page's hash names one of the host's anchors (on load, on a permalink click, on
 * back/forward) the heading is scrolled into view and focused.
 */
export class AnchorController implements ReactiveController {
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.#onHashChange);
  }

  hostUpdated(): void {
    // Once per distinct hash, after the content exists.
    const id = readHashId();
    if (id && id !== this.#handled) this.#reveal(id);
  }

  #handled = '';

  readonly #onHashChange = (): void => {
    this.#reveal(readHashId());
  };

  #reveal(id: string): void {
    const target = id ? this.#host.shadowRoot?.getElementById(id) : null;
    if (!target) return;
    this.#handled = id;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}
