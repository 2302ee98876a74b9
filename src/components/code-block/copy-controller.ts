import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the last copy stands: shown on the button and announced. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays before the button reads "Copy" again. */
const RESET_MS = 2000;

/**
 * Copies text to the clipboard without ever throwing: the async Clipboard API, or where there is none
 * (pages served over plain HTTP) the legacy `execCommand('copy')` on a hidden text area. Holds the status
 * for the button and the live region, and resets it after a moment.
 */
export class CopyController implements ReactiveController {
  status: CopyStatus = 'idle';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.status = 'idle';
  }

  /** Copies `text`; resolves whether it worked. */
  async copy(text: string): Promise<boolean> {
    // Back to idle first, so a second copy in a row is announced again.
    if (this.status !== 'idle') {
      this.status = 'idle';
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    const clipboard = globalThis.navigator?.clipboard;
    const ok =
      clipboard && typeof clipboard.writeText === 'function'
        ? await Promise.resolve()
            .then(() => clipboard.writeText(text))
            .then(
              () => true,
              () => false,
            )
        : this.legacyCopy(text);
    this.status = ok ? 'copied' : 'failed';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.status = 'idle';
      this.host.requestUpdate();
    }, RESET_MS);
    return ok;
  }

  private legacyCopy(text: string): boolean {
    const root = this.host.shadowRoot;
    if (!root || typeof document.execCommand !== 'function') return false;
    const active = root.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.className = 'visually-hidden';
    root.append(area);
    try {
      area.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      if (active instanceof HTMLElement) active.focus();
    }
  }
}
