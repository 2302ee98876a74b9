import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { incEvent } from './events.js';
import type { TextFn } from './strings.js';
import type { COPY_STRINGS } from './strings/copy.js';

/** Where the last copy stands: shown on the button and announced. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "Copied" (or "Copy failed") stays before the element reads "Copy" again. */
export const COPY_RESET_MS = 2000;

/**
 * The one copy behaviour of every copy button (diagram, code block):
 * - copies with the async Clipboard API; where there is none (plain HTTP) **or it is denied**, falls back
 *   to `execCommand('copy')` on a hidden, selected text area in the shadow root, then gives focus back
 *   (without scrolling) to what had it;
 * - never throws: a failure of both ways is `status: 'failed'` and `ok: false`;
 * - `status` is `copied` or `failed` for {@link COPY_RESET_MS}, then `idle`; a second copy first goes
 *   back to `idle` for one update, so a screen reader announces it again;
 * - fires `inc-copy` on the host with `detail: { text, ok }` after every attempt;
 * - a disconnected host drops its status and timer.
 */
export class CopyController implements ReactiveController {
  /** The state the button and the live region show. */
  status: CopyStatus = 'idle';
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: () => string;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => string) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    if (this.status === 'idle') return;
    this.status = 'idle';
    // The reset timer is gone: without this update a re-attached host would still say "Copied".
    this.#host.requestUpdate();
  }

  /** The live-region text for the current status: "Copied", "Copy failed" or nothing. */
  message(text: TextFn<keyof typeof COPY_STRINGS>): string {
    return this.status === 'idle' ? '' : text(this.status === 'copied' ? 'copied' : 'copyFailed');
  }

  /** Copies the host's text; resolves whether it reached the clipboard. */
  async copy(): Promise<boolean> {
    const text = this.#source();
    if (this.status !== 'idle') {
      this.status = 'idle';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    const ok = (await this.#clipboardCopy(text)) || this.#legacyCopy(text);
    // The clipboard may answer after the host has left the page: the copy happened (the event says
    // so), but a removed host shows no status and keeps no timer.
    if (this.#host.isConnected) {
      this.status = ok ? 'copied' : 'failed';
      this.#host.requestUpdate();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.status = 'idle';
        this.#host.requestUpdate();
      }, COPY_RESET_MS);
    }
    this.#host.dispatchEvent(incEvent('inc-copy', { text, ok }));
    return ok;
  }

  async #clipboardCopy(text: string): Promise<boolean> {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') return false;
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  #legacyCopy(text: string): boolean {
    const root = this.#host.shadowRoot;
    if (!root || typeof document.execCommand !== 'function') return false;
    const active = root.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.tabIndex = -1;
    area.setAttribute('aria-hidden', 'true');
    area.className = 'visually-hidden';
    root.append(area);
    try {
      area.select();
      return document.execCommand('copy') === true;
    } catch {
      return false;
    } finally {
      area.remove();
      if (active instanceof HTMLElement) active.focus({ preventScroll: true });
    }
  }
}
