/**
 * The language of the nearest ancestor with a `lang` attribute, looking through shadow roots,
 * else the document's, else the browser's. Used for `Intl` formatting so dates read naturally on
 * the host page.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode ?? (node.getRootNode() as ShadowRoot).host ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return globalThis.navigator?.language ?? 'en';
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
