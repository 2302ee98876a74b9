import { ContextRoot } from '@lit/context';

/** Set once per page when the context root is attached, shared by every copy of the bundle. */
const contextRootKey = Symbol.for('incident-elements.context-root');

/**
 * A context root on the document lets a control that upgrades before its list (tag filter, card)
 * receive the list's context once the list arrives, whatever order the tags are defined or added in.
 * Attached by the elements that use context when they are defined, so a page with only diagrams or
 * code blocks never loads it. Does nothing where there is no document (Node, SSR).
 */
export function attachContextRoot(): void {
  const page = globalThis as { [contextRootKey]?: true };
  if (page[contextRootKey] || typeof document === 'undefined') return;
  page[contextRootKey] = true;
  new ContextRoot().attach(document.documentElement);
}
