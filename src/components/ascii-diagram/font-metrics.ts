import { adoptStyles, css, type CSSResultOrNative } from 'lit';
import { langAttribute } from '../../shared/locale.js';
import { observeResize, unobserveResize, type ResizeOwner } from './resize.js';

/** The laid-out width of each probe text, by probe kind. */
export type ProbeWidths<K extends string = string> = Record<K, number>;

/** A diagram that takes its font metrics from a shared group. */
export interface FontMember<K extends string = string> {
  /** New metrics for the group's font (after a late font load, or the first measurement). */
  fontMeasured(widths: ProbeWidths<K>): void;
  /** The shared probes do not reproduce this font: the member must measure with its own probes. */
  fontIndividual(): void;
}

/** Laid-out widths agree to well under a layout unit (1/64 px in Chromium, 1/60 px in Firefox). */
const SAME_PX = 0.001;

/** Properties of the probes' computed style that can change a glyph's advance. */
const KEY_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'font-kerning',
  'font-synthesis',
  'font-optical-sizing',
  'font-language-override',
  'letter-spacing',
  'word-spacing',
  'text-rendering',
  'text-transform',
] as const;

/** Copied onto the shared probes (the diagram stylesheet pins the rest to the same values). */
const COPIED_PROPERTIES = ['font-family', 'font-size', 'text-rendering', 'font-language-override'] as const;

interface FontDescription {
  key: string;
  copied: Record<string, string>;
  lang: string;
}

/**
 * What decides the font of `probes` (an element styled like the diagram's probes): its computed
 * font properties, language and zoom. Reads computed style only (no layout); meant to be called in
 * a ResizeObserver callback, when style is already clean.
 */
export function describeFont(probes: Element): FontDescription {
  const style = getComputedStyle(probes);
  const copied: Record<string, string> = {};
  for (const name of COPIED_PROPERTIES) copied[name] = style.getPropertyValue(name);
  const lang = langAttribute(probes) ?? ''; // it chooses fallback fonts
  const zoom = (probes as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  const key = [...KEY_PROPERTIES.map((name) => style.getPropertyValue(name)), lang, zoom].join('|');
  return { key, copied, lang };
}

/**
 * One distinct font: its metrics, shared by every diagram drawn in it, and one set of probes that
 * watches for late font loads. The probes sit in a fixed, hidden element at the top of the document
 * (never inside a skipped `content-visibility` subtree, so a font that loads while the diagrams
 * that first measured it are off screen is still seen). They are trusted only once their first
 * measurement equals a diagram's own; otherwise every member measures with its own probes.
 */
export class FontGroup<K extends string = string> implements ResizeOwner {
  widths: ProbeWidths<K> | null = null;
  /** True when the shared probes did not reproduce the font: members measure themselves. */
  individual = false;
  readonly #members = new Set<FontMember<K>>();

  #host: HTMLElement | null = null;
  #spans: HTMLElement[] = [];
  #trusted = false;
  #frame = 0;

  readonly #description: FontDescription;
  readonly #probes: Readonly<Record<K, string>>;
  readonly #styles: CSSResultOrNative[];
  readonly #onEmpty: (group: FontGroup<K>) => void;

  constructor(
    readonly key: string,
    description: FontDescription,
    probes: Readonly<Record<K, string>>,
    styles: CSSResultOrNative[],
    onEmpty: (group: FontGroup<K>) => void,
  ) {
    this.#description = description;
    this.#probes = probes;
    this.#styles = styles;
    this.#onEmpty = onEmpty;
  }

  /** Shared probes observed for this font (0 or one per probe kind). */
  get observedProbes(): number {
    return this.#spans.length;
  }

  join(member: FontMember<K>): void {
    this.#members.add(member);
  }

  leave(member: FontMember<K>): void {
    if (!this.#members.delete(member) || this.#members.size > 0) return;
    this.#dispose();
    this.#onEmpty(this);
  }

  /** A member measured the font with its own probes. */
  measured(widths: ProbeWidths<K>): void {
    if (this.individual) return;
    if (this.widths && sameWidths(this.widths, widths)) return;
    this.widths = widths;
    if (!this.#host && !this.#frame && typeof requestAnimationFrame === 'function') {
      // Not from inside this ResizeObserver callback: shallow new targets would be skipped this frame.
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#watch();
      });
    }
    this.#broadcast(widths);
  }

  onResize(entries: ResizeObserverEntry[]): void {
    if (this.individual || !this.widths) return;
    const widths = { ...this.widths };
    const kinds = Object.keys(this.#probes) as K[];
    for (const entry of entries) {
      const i = this.#spans.indexOf(entry.target as HTMLElement);
      if (i >= 0) widths[kinds[i]!] = entry.contentRect.width;
    }
    if (!this.#trusted) {
      if (!sameWidths(widths, this.widths)) {
        this.individual = true;
        this.#dispose();
        for (const member of [...this.#members]) member.fontIndividual();
        return;
      }
      this.#trusted = true;
      return;
    }
    if (sameWidths(widths, this.widths)) return;
    this.widths = widths;
    this.#broadcast(widths);
  }

  #broadcast(widths: ProbeWidths<K>): void {
    for (const member of [...this.#members]) {
      try {
        member.fontMeasured(widths);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  #watch(): void {
    if (this.#host || this.individual || this.#members.size === 0) return;
    const parent = document.body ?? document.documentElement;
    // A defined (if empty) element, so pages that check for undefined or unregistered tags see
    // nothing amiss; defined on first use, not on import. Another copy of the bundle may have done it.
    if (!customElements.get(PROBES_TAG)) customElements.define(PROBES_TAG, class extends HTMLElement {});
    const host = document.createElement(PROBES_TAG);
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'open' });
    // Its own box comes from :host rules (important ones beat the page's), never a style attribute.
    adoptStyles(root, [...this.#styles, probesHostStyles]);
    const box = document.createElement('div');
    box.className = 'probes font';
    for (const [name, value] of Object.entries(this.#description.copied)) {
      if (value) box.style.setProperty(name, value);
    }
    if (this.#description.lang) box.lang = this.#description.lang;
    this.#spans = Object.values<string>(this.#probes).map((text) => {
      const span = document.createElement('span');
      span.textContent = text;
      return span;
    });
    box.append(...this.#spans);
    root.append(box);
    parent.append(host);
    this.#host = host;
    for (const span of this.#spans) observeResize(span, this);
  }

  #dispose(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    for (const span of this.#spans) unobserveResize(span);
    this.#spans = [];
    this.#host?.remove();
    this.#host = null;
    this.#trusted = false;
  }
}

/** The hidden page-level element holding one font's watching probes. */
const PROBES_TAG = 'inc-font-probes';

const probesHostStyles = css`
  :host {
    display: block !important;
    position: fixed !important;
    top: 0 !important;
    left: 0 !important;
    width: 0 !important;
    height: 0 !important;
    overflow: hidden !important;
    visibility: hidden !important;
    pointer-events: none !important;
    content-visibility: visible !important;
    contain: size layout paint style !important;
  }
`;

function sameWidths(a: ProbeWidths, b: ProbeWidths): boolean {
  for (const kind of Object.keys(a)) if (!(Math.abs(a[kind]! - (b[kind] ?? NaN)) < SAME_PX)) return false;
  return true;
}

/** The font groups of the page, by font key. */
export class FontRegistry<K extends string = string> {
  readonly #groups = new Map<string, FontGroup<K>>();

  readonly #probes: Readonly<Record<K, string>>;

  constructor(probes: Readonly<Record<K, string>>) {
    this.#probes = probes;
  }

  /**
   * The group for `probes`' font, joined by `member`. A new group's shared probes are styled with
   * `styles`: the member's stylesheet, which draws `.probes.font` as the member draws its own.
   */
  join(probes: Element, member: FontMember<K>, styles: CSSResultOrNative[]): FontGroup<K> {
    const description = describeFont(probes);
    let group = this.#groups.get(description.key);
    if (!group) {
      group = new FontGroup(description.key, description, this.#probes, styles, (empty) => {
        if (this.#groups.get(empty.key) === empty) this.#groups.delete(empty.key);
      });
      this.#groups.set(description.key, group);
    }
    group.join(member);
    return group;
  }

  /** The key `probes` would join under (for checking whether a member must move). */
  keyOf(probes: Element): string {
    return describeFont(probes).key;
  }

  /** For tests: the groups alive now. */
  get size(): number {
    return this.#groups.size;
  }

  /** For tests: every live group. */
  all(): FontGroup<K>[] {
    return [...this.#groups.values()];
  }
}
