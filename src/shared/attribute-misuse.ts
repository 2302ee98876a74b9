import { html, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * The first property that can only be set as a property (`attribute: false`: an object, or code)
 * which the host carries as an attribute instead while the property is unset: what a framework does
 * when it renders before the element is defined (`report="[object Object]"` from React 19).
 */
export function misusedProperty(host: ReactiveElement): string | undefined {
  const ctor = host.constructor as typeof ReactiveElement;
  for (const [key, options] of ctor.elementProperties) {
    if (options.attribute !== false || typeof key !== 'string') continue;
    const value = (host as unknown as Record<string, unknown>)[key];
    if ((value === undefined || value === null) && host.hasAttribute?.(key.toLowerCase())) return key;
  }
  return undefined;
}

/** The message naming the property to set. */
export function misuseMessage(host: ReactiveElement, property: string): string {
  const value = host.getAttribute(property.toLowerCase()) ?? '';
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return (
    `<${host.localName}> got "${property}" as an attribute ("${shown}"), which cannot hold it: ` +
    `set the ${property} property instead (in React, use incident-elements/react, or define the ` +
    `elements before rendering).`
  );
}

/** The error an element shows instead of its content while an object-valued property came as an attribute. */
export function renderMisuse(message: string): TemplateResult {
  return html`<div class="inc-root" part="base">
    <p class="misuse" part="error" role="alert">${message}</p>
  </div>`;
}
