import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lightDomText } from './source-text.js';

/**
 * Keeps the text of the host's light DOM (see `lightDomText`) and asks for an update whenever it
 * changes. Watches with a MutationObserver while connected only.
 */
export class LightTextController implements ReactiveController {
  /** The raw text, as written (not yet dedented). */
  text = '';
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const text = lightDomText(this.host);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
