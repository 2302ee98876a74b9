import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text an element holds in its light DOM (code, a diagram): its text nodes and the text of its children that
 * are not assigned to a named slot. A `<template>` gives its content's text, a `<br>` a newline, and a
 * `<script type="text/plain">` its raw text, so code may contain `<` unescaped.
 */
export function lightDomText(host: Element): string {
  let text = '';
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text += (node as CharacterData).data;
    } else if (node instanceof Element && !node.hasAttribute('slot')) {
      if (node instanceof HTMLTemplateElement) text += node.content.textContent ?? '';
      else if (node.localName === 'br') text += '\n';
      else text += node.textContent ?? '';
    }
  }
  return text;
}

/**
 * Keeps the text of the host's light DOM (see `lightDomText`) and asks for an update whenever it
 * changes. Watches with a MutationObserver while connected only.
 */
export class LightTextController implements ReactiveController {
  /** The raw text, as written (not yet dedented). */
  text = '';
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    if (typeof MutationObserver === 'undefined') return;
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.#host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const text = lightDomText(this.#host);
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }
}
