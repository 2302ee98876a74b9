import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text a host holds in its light DOM: text nodes and the text of child elements (`<pre>`,
 * `<code>`, a `<template>`'s content, `<br>` as a newline), skipping anything assigned to a named
 * slot (`slot="caption"`).
 */
export function lightText(host: Element): string {
  let text = '';
  for (const node of Array.from(host.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node instanceof Element) {
      if (node.hasAttribute('slot')) continue;
      if (node instanceof HTMLTemplateElement) text += node.content.textContent ?? '';
      else if (node.localName === 'br') text += '\n';
      else text += node.textContent ?? '';
    }
  }
  return text;
}

/**
 * Keeps `text` in step with the host's light-DOM text, so a page (or an SPA framework) that
 * changes the content re-renders the element. The observer runs only while the host is connected.
 */
export class LightTextController implements ReactiveController {
  /** The current light-DOM text. */
  text = '';
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.read()) this.host.requestUpdate();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => {
      if (this.read()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): boolean {
    const text = lightText(this.host);
    if (text === this.text) return false;
    this.text = text;
    return true;
  }
}
