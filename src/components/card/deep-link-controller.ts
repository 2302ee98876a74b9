import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Ties a card's in-place report view to the page URL: `#INC-001` (or an anchor inside that report,
 * `#INC-001--timeline`) opens it on load, opening and closing add history entries, and back/forward
 * follow them.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the URL currently asks for this card's report. */
  open = false;

  private readonly host: ReactiveElement;
  private readonly id: () => string | undefined;

  constructor(host: ReactiveElement, id: () => string | undefined) {
    this.host = host;
    this.id = id;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.sync);
    globalThis.addEventListener?.('popstate', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.sync);
    globalThis.removeEventListener?.('popstate', this.sync);
  }

  /** Opens or closes the view and records it in history. */
  toggle(): void {
    const id = this.id();
    if (!id || typeof location === 'undefined') return;
    this.open = !this.open;
    const url = new URL(location.href);
    url.hash = this.open ? id : '';
    history.pushState(history.state, '', url.hash ? url : url.pathname + url.search);
    this.host.requestUpdate();
  }

  private readonly sync = (): void => {
    const id = this.id();
    if (!id || typeof location === 'undefined') return;
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed hash asks for nothing.
    }
    const open = hash === id || hash.startsWith(`${id}--`);
    if (open !== this.open) {
      this.open = open;
      this.host.requestUpdate();
    }
  };
}
