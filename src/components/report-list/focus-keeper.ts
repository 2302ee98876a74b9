import type { ReactiveElement } from 'lit';

/**
 * Keeps keyboard focus in the list when what held it goes away: a card hidden by the filter, the
 * "clear filters" button once there are matches again, the retry button once the content loads,
 * an item the virtualizer takes out of the window. Focus never drops to `<body>`.
 *
 * The list calls `capture` before it renders and `restore` once its update (and the filter's
 * hiding of chunks) is done; `onWindowRange` listens on a windowed list's items.
 */
export class FocusKeeper {
  readonly #host: ReactiveElement;
  /** Resolves `true` once the window has settled after a jump (see `WindowController.settled`). */
  readonly #windowSettled: () => Promise<boolean>;
  /** What held focus in the shadow root when the update began. */
  #before: Element | null = null;

  constructor(host: ReactiveElement, windowSettled: () => Promise<boolean>) {
    this.#host = host;
    this.#windowSettled = windowSettled;
  }

  /** Before an update: notes what holds focus. */
  capture(): void {
    this.#before = this.#host.shadowRoot?.activeElement ?? null;
  }

  /** After an update: moves focus if what held it when `capture` ran is gone. */
  restore(): void {
    this.keep(this.#before);
    this.#before = null;
  }

  /**
   * Moves focus to the count line (which says what changed), else the list, when `before` went
   * away or was hidden and focus was left on it or nowhere; anywhere else was chosen on purpose.
   */
  keep(before: Element | null): void {
    if (!before || (before.isConnected && !before.closest('[hidden]'))) return;
    const root = this.#host.shadowRoot!;
    const active = document.activeElement;
    const lost =
      root.activeElement === before || (!root.activeElement && (!active || active === document.body));
    // Both are focusable from script only (tabindex="-1" in the template).
    if (lost)
      (
        root.querySelector<HTMLElement>('[part="count"]') ?? root.querySelector<HTMLElement>('.list')
      )?.focus();
  }

  /**
   * The virtualizer removes the items that leave the window (this runs just before it does): if one
   * of them held focus, focus moves to the first item on screen, not to `<body>`, so the next Tab
   * goes on from what the reader sees. Items are focusable from script only (`tabindex="-1"`).
   * After a long jump the virtualizer then corrects its estimated positions, by hundreds of pixels
   * (lit/lit#4827): once it has settled, focus moves again if the item it went to left the screen.
   */
  readonly onWindowRange = (event: Event): void => {
    const container = event.currentTarget as HTMLElement;
    const root = this.#host.shadowRoot!;
    if (!root.activeElement || !container.contains(root.activeElement)) return;
    const focusOnScreen = (): Element | undefined => {
      // The first item wholly below the top edge; else one peeking in at the top.
      const items = [...container.children];
      const onScreen =
        items.find((item) => item.getBoundingClientRect().top >= 0) ??
        items.find((item) => item.getBoundingClientRect().bottom > 0);
      (onScreen as HTMLElement | undefined)?.focus({ preventScroll: true });
      return onScreen;
    };
    queueMicrotask(() => {
      if (root.activeElement || (document.activeElement && document.activeElement !== document.body)) return;
      const chosen = focusOnScreen();
      void this.#windowSettled().then((settled) => {
        const box = settled ? chosen?.getBoundingClientRect() : undefined;
        if (box && root.activeElement === chosen && (box.bottom <= 0 || box.top >= innerHeight))
          focusOnScreen();
      });
    });
  };
}
