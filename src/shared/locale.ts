/**
 * The `lang` attribute of the element or its nearest ancestor that has one, looking through shadow
 * roots; undefined when none has. An empty one counts (it means "unknown language").
 */
export function langAttribute(element: Element): string | undefined {
  // Server rendering has no DOM classes and no tree to walk: only the element's own attribute counts.
  if (typeof Element === 'undefined') return element.getAttribute?.('lang') ?? undefined;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The page's language where `element` sits (its `lang`, else the browser's), for `Intl`
 * formatting, so dates read naturally on the host page.
 */
export function resolveLang(element: Element): string {
  return langAttribute(element) || (globalThis.navigator?.language ?? 'en');
}

/** Like `Intl.DateTimeFormat`, but an unknown `lang` falls back to the default locale instead of throwing. */
export function safeDateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** Like `Intl.NumberFormat`, with the same fallback as `safeDateFormat`. */
export function safeNumberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat(undefined, options);
  }
}
