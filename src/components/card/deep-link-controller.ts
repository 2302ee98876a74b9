import type { ReactiveController, ReactiveElement } from 'lit';
import { listenToHistory, readHashId, stopListening } from '../../shared/hash.js';

/**
 * Ties a card's in-place report view to the page URL: `#INC-001` (or an anchor inside that report,
 * `#INC-001--timeline`) opens it on load, opening and closing add history entries, and back/forward
 * follow them. A URL naming the report itself scrolls its card into view (the browser cannot: the
 * card's content is in shadow roots); an anchor inside it is the report's own to scroll to.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the URL currently asks for this card's report. */
  open = false;

  readonly #host: ReactiveElement;
  readonly #id: () => string | undefined;
  /** The id last compared with the URL: a report that arrives after connection (`src`) is checked once. */
  #synced: string | undefined;

  constructor(host: ReactiveElement, id: () => string | undefined) {
    this.#host = host;
    this.#id = id;
    host.addController(this);
  }

  hostConnected(): void {
    listenToHistory(this.#sync);
    this.#sync();
  }

  hostDisconnected(): void {
    stopListening(this.#sync);
  }

  hostUpdated(): void {
    if (this.#id() !== this.#synced) this.#sync();
  }

  /** Opens or closes the view and records it in history. */
  toggle(): void {
    const id = this.#id();
    if (!id || typeof location === 'undefined') return;
    this.open = !this.open;
    const url = new URL(location.href);
    url.hash = this.open ? id : '';
    history.pushState(history.state, '', url.hash ? url : url.pathname + url.search);
    this.#host.requestUpdate();
  }

  readonly #sync = (): void => {
    const id = this.#id();
    this.#synced = id;
    if (!id || typeof location === 'undefined') return;
    const hash = readHashId();
    const open = hash === id || hash.startsWith(`${id}--`);
    if (open !== this.open) {
      this.open = open;
      this.#host.requestUpdate();
      if (open && hash === id) void this.#reveal();
    }
  };

  async #reveal(): Promise<void> {
    await this.#host.updateComplete;
    const scroll = (): void => {
      if (this.open && this.#host.isConnected) this.#host.scrollIntoView({ block: 'start' });
    };
    scroll();
    // Cards above it in a long list may be laid out only now (content-visibility): scroll again once they are.
    requestAnimationFrame(() => requestAnimationFrame(scroll));
  }
}
