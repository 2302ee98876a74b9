/** Tags already warned about, shared by every copy of the bundle on the page so each warns once. */
const warnedKey = Symbol.for('incident-elements.warned-tags');
type PageRegistry = { [warnedKey]?: Set<string> };

/**
 * Registers `tag` unless something already holds it. Safe to call any number of times, from any
 * number of copies of the library: the same class is a no-op, a different class keeps the existing
 * definition and warns once. Does nothing where there is no custom-element registry (Node, SSR).
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry === undefined) return;
  const existing = registry.get(tag);
  if (existing === elementClass) return;
  if (existing === undefined) {
    registry.define(tag, elementClass);
    return;
  }
  const holder = globalThis as PageRegistry;
  const warned = (holder[warnedKey] ??= new Set<string>());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `incident-elements: <${tag}> is already defined (another copy of the library?); keeping that definition.`,
  );
}
