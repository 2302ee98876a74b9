import {
  html,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { RunOptions } from './cells.js';
import { observeResize, unobserveResize, type ResizeOwner } from './resize.js';
import { FontRegistry, type FontGroup, type FontMember, type ProbeWidths } from './font-metrics.js';

/** How a diagram wider than its container behaves. */
export type FitMode = 'scroll' | 'shrink';

/**
 * The characters measured per font; runs may only contain these (the ranges `runKind` in cells.ts
 * allows). Not imported from there: this module is a lazy chunk, and importing a value from the
 * diagram's own chunk would make that chunk export it (bytes in every page's loader).
 */
const ASCII_PROBE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const BOX_PROBE = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x2500 + i)).join('');

/**
 * Texts measured in the diagram's font. Each is drawn with no letter-spacing in a hidden probe;
 * `ch` is an empty box `128ch` wide (what CSS alone assumes the advance to be).
 */
export const PROBES = {
  ch: '',
  zero: '0'.repeat(128),
  ascii: ASCII_PROBE,
  narrow: 'il.|'.repeat(16),
  wide: 'WM@m'.repeat(16),
  box: BOX_PROBE,
} as const;
export type ProbeKind = keyof typeof PROBES;
const PROBE_KINDS = Object.keys(PROBES) as ProbeKind[];

/** The probe texts, rendered in the diagram's hidden `.probes` box once this controller is attached. */
const probeSpans: TemplateResult[] = PROBE_KINDS.map((kind) => html`<span>${PROBES[kind]}</span>`);

/** The distinct fonts of the page's diagrams, each measured once and watched by one set of probes. */
export const fonts = new FontRegistry<ProbeKind>(PROBES);

/** The rendered pieces the controller measures and styles. */
interface FitElements {
  /** The scroll container; receives the `--_cell`, `--_ls` and `--_fs` custom properties. */
  scroller: HTMLElement;
  /**
   * A block inside the scroller, taking no space: its width is the space available, its height one
   * `ch` of the diagram's font (so a change of that font resizes it).
   */
  ruler: HTMLElement;
  probes: Record<ProbeKind, HTMLElement>;
}

export interface FitOptions {
  /** The rendered scroll container (`.scroller`, holding `.ruler` and the `.probes` box), if any. */
  scroller(): HTMLElement | null;
  /** Width of the diagram in cells. */
  columns(): number;
  mode(): FitMode;
  /** The diagram's stylesheet (it draws the shared probes of a font as the diagram draws its own). */
  styles: CSSResultOrNative[];
}

/** Smallest font `shrink` goes to: the larger of these, never above the normal size. */
export const MIN_FONT_PX = 9;
export const MIN_FONT_SCALE = 0.6;

/** Total error allowed between a probe and N × the advance of "0" (layout rounds each to 1/64 px). */
const MONOSPACE_TOLERANCE_PX = 0.05;

const floorQuarter = (px: number): number => Math.floor(px * 4 + 1e-6) / 4;

/** Whether the stylesheet can compute the quarter-pixel cell itself (then measuring rarely changes styles). */
let cssRounds: boolean | undefined;
function cssCanRound(): boolean {
  cssRounds ??= typeof CSS !== 'undefined' && CSS.supports('width', 'round(down, 1ch, 0.25px)');
  return cssRounds;
}

/**
 * Measures the diagram's font and fits the diagram to its container, with one shared
 * ResizeObserver and no forced layout:
 *
 * - the cell width: the advance of "0" as laid out, floored to a quarter pixel (exact in both
 *   Chromium's 1/64 px and Firefox's 1/60 px layout units, so N cells are exactly N × cell);
 *   runs get `letter-spacing: cell − advance` so their glyphs step by exactly one cell;
 * - whether printable ASCII and box drawing are monospaced at that advance (then they may be drawn
 *   as runs, otherwise every character gets its own cell box);
 * - the available width, whether the diagram overflows it, and for `fit="shrink"` the font size
 *   that makes it fit (down to a readable minimum).
 *
 * With `fit="scroll"` the font is measured once per distinct font on the page and shared (see
 * `FontGroup`): a diagram observes only its ruler, and its own probes just while its font has not
 * been measured yet. `fit="shrink"` changes the font size per diagram, so it measures its own.
 */
export class FitController implements ReactiveController, ResizeOwner, FontMember<ProbeKind> {
  /** The cell width in px, once measured. */
  #cell: number | null = null;
  /** The width available to the diagram in px, once measured. */
  #available: number | null = null;
  /**
   * Which character sets the font draws at exactly one cell. Optimistic until measured (monospace
   * fonts are the rule); a font that fails re-renders with a box per character before it is painted.
   */
  runs: RunOptions = { ascii: true, box: true };
  /** The font size `shrink` chose, in px; `null` when the normal size applies. */
  #fontPx: number | null = null;

  #advance: number | null = null;
  /** True when the glyphs advance by exactly 1ch, so the stylesheet's own cell and spacing are right. */
  #cssExact = false;
  readonly #widths = new Map<Element, number>();
  #observed: HTMLElement[] = [];
  /** The shared font this diagram is drawn in (`fit="scroll"`, once laid out). */
  #group: FontGroup<ProbeKind> | null = null;
  /** Whether this diagram measures with its own probes. */
  #ownProbes = false;
  /** The ruler's height last seen: one `ch` of the diagram's font. */
  #fontSignal = -1;
  #frame = 0;
  #ceiling: { available: number; fontPx: number } | null = null;
  #lastMode: FitMode | null = null;
  #lastColumns = -1;
  #fontChanged = false;

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: FitOptions;

  constructor(host: ReactiveControllerHost & Element, options: FitOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The hidden probe texts the host renders in its `.probes` box. */
  readonly probes = probeSpans;

  /** Whether `columns` cells are wider than the space available. */
  overflows(columns: number): boolean {
    return this.#cell !== null && this.#available !== null && columns * this.#cell > this.#available + 0.5;
  }

  hostConnected(): void {
    this.#syncObservation();
  }

  hostUpdated(): void {
    // An update that runs after removal must not observe anything: nothing would unobserve it.
    if (!this.#host.isConnected) return;
    this.#syncObservation();
    this.#apply();
    const mode = this.#options.mode();
    const columns = this.#options.columns();
    if (mode !== this.#lastMode || columns !== this.#lastColumns) {
      this.#lastMode = mode;
      this.#lastColumns = columns;
      this.#fit(true);
    }
  }

  hostDisconnected(): void {
    for (const element of this.#observed) unobserveResize(element);
    this.#observed = [];
    this.#widths.clear();
    this.#leaveGroup();
    this.#ownProbes = false;
    this.#fontSignal = -1;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  onResize(entries: ResizeObserverEntry[]): void {
    const elements = this.#elements();
    if (!elements) return;
    // Every box at 0×0: the diagram is not rendered (a filtered list hid its card). Nothing can be
    // measured; its metrics stay as they were, for when it shows again at the same size.
    if (entries.every(({ contentRect: { width, height } }) => width === 0 && height === 0)) return;
    const before = this.#state();
    let sawRuler = false;
    let sawProbe = false;
    for (const entry of entries) {
      const width = entry.contentRect.width;
      if (entry.target === elements.ruler) {
        this.#available = width;
        sawRuler = true;
        if (entry.contentRect.height !== this.#fontSignal) {
          this.#fontSignal = entry.contentRect.height;
          this.#fontChanged = true;
        }
      } else {
        this.#widths.set(entry.target, width);
        sawProbe = true;
      }
    }
    if (this.#fontChanged && this.#shares()) {
      this.#fontChanged = false;
      this.#regroup(elements);
    }
    if (sawProbe) {
      const widths = this.#ownWidths(elements);
      if (widths && this.#group && !this.#group.individual && this.#shares()) {
        // Shares the result with every diagram in this font.
        this.#group.measured(widths);
      }
      if (widths) this.#measure(widths);
    }
    this.#apply();
    // Changing the font size from a batch without the ruler would resize the probes at a depth the
    // observer has already passed this frame; do it in the next frame instead.
    this.#fit(sawRuler);
    if (this.#state() !== before) this.#host.requestUpdate();
  }

  #elements(): FitElements | null {
    const scroller = this.#options.scroller();
    const ruler = scroller?.querySelector<HTMLElement>('.ruler');
    const spans = scroller?.querySelectorAll<HTMLElement>('.probes > span');
    if (!scroller || !ruler || !spans || spans.length !== PROBE_KINDS.length) return null;
    const probes = {} as Record<ProbeKind, HTMLElement>;
    PROBE_KINDS.forEach((kind, i) => (probes[kind] = spans[i]!));
    return { scroller, ruler, probes };
  }

  /** What rendering depends on: a change re-renders the host. */
  #state(): string {
    return `${this.#cell}|${this.#available}|${this.runs.ascii}|${this.runs.box}`;
  }

  fontMeasured(widths: ProbeWidths<ProbeKind>): void {
    const before = this.#state();
    this.#measure(widths);
    if (this.#ownProbes && this.#shares() && this.#group && !this.#group.individual) {
      this.#ownProbes = false;
      this.#syncObservation();
    }
    this.#apply();
    if (this.#state() !== before) this.#host.requestUpdate();
  }

  fontIndividual(): void {
    if (this.#ownProbes) return;
    this.#ownProbes = true;
    if (this.#host.isConnected) this.#syncObservation();
  }

  /** Whether this diagram takes its metrics from its font's group. */
  #shares(): boolean {
    return this.#options.mode() === 'scroll';
  }

  /** Joins the group of the diagram's current font (after the first layout, or a font change). */
  #regroup(elements: FitElements): void {
    const probes = elements.probes.ch.parentElement;
    if (!probes) return;
    if (this.#group && fonts.keyOf(probes) === this.#group.key) return;
    this.#leaveGroup();
    const group = fonts.join(probes, this, this.#options.styles);
    this.#group = group;
    if (group.widths && !group.individual) {
      this.#ownProbes = false;
      this.#measure(group.widths);
    } else {
      this.#ownProbes = true;
    }
    this.#syncObservation();
  }

  #leaveGroup(): void {
    const group = this.#group;
    this.#group = null;
    group?.leave(this);
  }

  /** The widths of this diagram's own probes, once all were measured. */
  #ownWidths(elements: FitElements): ProbeWidths<ProbeKind> | null {
    const widths = {} as ProbeWidths<ProbeKind>;
    for (const kind of PROBE_KINDS) {
      const width = this.#widths.get(elements.probes[kind]);
      if (width === undefined) return null;
      widths[kind] = width;
    }
    return widths;
  }

  #syncObservation(): void {
    const elements = this.#elements();
    if (!this.#shares()) {
      this.#leaveGroup();
      this.#ownProbes = true;
    }
    const wanted = elements
      ? this.#ownProbes
        ? [elements.ruler, ...Object.values(elements.probes)]
        : [elements.ruler]
      : [];
    if (
      wanted.length === this.#observed.length &&
      wanted.every((element, i) => element === this.#observed[i])
    ) {
      return;
    }
    for (const element of this.#observed) {
      if (!wanted.includes(element)) {
        unobserveResize(element);
        this.#widths.delete(element);
      }
    }
    for (const element of wanted) {
      if (this.#observed.includes(element)) continue;
      // The ruler is watched while near the screen only (thousands of diagrams in a long list); the
      // probes sit in a clipped 0×0 box, which would never count as near, and stop once measured.
      observeResize(element, this, element === elements?.ruler);
    }
    this.#observed = wanted;
  }

  #measure(widths: ProbeWidths<ProbeKind>): void {
    const zero = widths.zero;
    if (!(zero > 0)) return;
    const advance = zero / PROBES.zero.length;
    this.#advance = advance;
    const ch = widths.ch / 128;
    this.#cssExact = cssCanRound() && advance >= 1 && Math.abs(ch - advance) < 0.002;
    this.#cell = advance >= 1 ? floorQuarter(advance) : advance;
    const monospaced = (kind: ProbeKind): boolean =>
      Math.abs(widths[kind] - PROBES[kind].length * advance) <= MONOSPACE_TOLERANCE_PX;
    this.runs = {
      ascii: monospaced('ascii') && monospaced('narrow') && monospaced('wide'),
      box: monospaced('box'),
    };
  }

  #fit(sync: boolean): void {
    const elements = this.#elements();
    if (!elements) return;
    if (this.#options.mode() !== 'shrink') {
      this.#ceiling = null;
      this.#setFont(null, true);
      return;
    }
    const available = this.#available;
    const cell = this.#cell;
    const advance = this.#advance;
    const columns = this.#options.columns();
    if (available === null || advance === null || cell === null || columns <= 0 || available <= 0) return;
    const base = parseFloat(getComputedStyle(elements.scroller).fontSize);
    if (!(base > 0)) return;
    const current = this.#fontPx ?? base;
    const min = Math.min(base, Math.max(MIN_FONT_PX, base * MIN_FONT_SCALE));
    if (this.#ceiling && Math.abs(this.#ceiling.available - available) > 0.5) this.#ceiling = null;
    const fitting = floorQuarter((current * available) / (columns * advance));
    let target: number;
    if (columns * cell > available + 0.5) {
      if (current <= min + 0.01) return;
      // Never come back to a size that overflowed at this width: guarantees the loop ends.
      this.#ceiling = { available, fontPx: current };
      target = Math.max(min, Math.min(current - 0.25, fitting));
    } else if (current < base) {
      target = Math.min(base, fitting);
      if (this.#ceiling) target = Math.min(target, this.#ceiling.fontPx - 0.25);
      if (target <= current || (target < base && target - current < 0.5)) return;
    } else {
      return;
    }
    this.#setFont(target >= base ? null : target, sync);
  }

  #setFont(fontPx: number | null, sync: boolean): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (fontPx === this.#fontPx) return;
    if (sync) {
      this.#fontPx = fontPx;
      this.#apply();
      return;
    }
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#fontPx = fontPx;
      this.#apply();
    });
  }

  /** Writes the measured values onto the scroller (CSSOM, so strict CSP allows it). */
  #apply(): void {
    const scroller = this.#elements()?.scroller;
    if (!scroller) return;
    const set = (name: string, value: string | null): void => {
      if (value === null) scroller.style.removeProperty(name);
      else if (scroller.style.getPropertyValue(name) !== value) scroller.style.setProperty(name, value);
    };
    const measured = this.#cell !== null && this.#advance !== null && !this.#cssExact;
    set('--_cell', measured ? `${this.#cell}px` : null);
    set('--_ls', measured ? `${this.#cell! - this.#advance!}px` : null);
    set('--_fs', this.#fontPx === null ? null : `${this.#fontPx}px`);
  }
}
