import { isServer, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Report } from '../../data/index.js';
import { listenToHistory, readHashId, stopListening } from '../../shared/hash.js';
import type { Section } from './arrange.js';
import type * as VirtualWindowModule from './virtual-window.js';
import type { VirtualWindow, WindowItem } from './virtual-window.js';

/** When a list windows: `auto` above {@link WINDOW_ABOVE} reports, `always`, or `never`. */
export const WINDOWING = ['auto', 'always', 'never'] as const;
export type Windowing = (typeof WINDOWING)[number];
export type { WindowItem };

/**
 * Above this many reports `windowing="auto"` keeps only the cards near the screen in the page. Chosen
 * by measurement (docs/architecture.md): every card in the page costs 2.5–3× the vanilla baseline to
 * paint at 1,000 reports and 20× its heap at 10,000, while 500 still render in well under a second.
 */
export const WINDOW_ABOVE = 500;

/** One import for every list on the page. */
let loading: Promise<typeof VirtualWindowModule | undefined> | undefined;
let loaded: typeof VirtualWindowModule | undefined;
let failed = false;

function load(): Promise<typeof VirtualWindowModule | undefined> {
  loading ??= import('./virtual-window.js').then(
    (module) => (loaded = module),
    () => {
      // A chunk that cannot load (offline, a blocked path): the list renders every report instead.
      failed = true;
      return undefined;
    },
  );
  return loading;
}

/**
 * Windowing for long lists. The window itself (`VirtualWindow`, with `@lit-labs/virtualizer`) is its
 * own chunk, loaded when a list first needs it, so a page with short lists never fetches it:
 * - `decide(total)` settles whether the list windows (`active`): `windowing` and the report count
 *   decide; never on the server (prerendered HTML holds every report) nor once the chunk failed to load;
 * - `render` renders the matching reports through the window, or nothing until its chunk is in;
 * - a filter change reaches the window a frame later: the list filters after the next paint (see
 *   `FilterController`), so the tag pressed and the character typed paint first;
 * - the URL's `#id` scrolls its report into the window (where its card opens it, as in a full list),
 *   after updates and on every `hashchange`/`popstate`.
 */
export class WindowController implements ReactiveController {
  #window: VirtualWindow | undefined;
  #isActive = false;
  readonly #host: ReactiveElement;
  readonly #mode: () => Windowing;
  readonly #container: () => HTMLElement | null;

  constructor(host: ReactiveElement, mode: () => Windowing, container: () => HTMLElement | null) {
    this.#host = host;
    this.#mode = mode;
    this.#container = container;
    host.addController(this);
  }

  hostConnected(): void {
    listenToHistory(this.#onHistory);
  }

  hostDisconnected(): void {
    stopListening(this.#onHistory);
  }

  /** Whether the list windows, as `decide` last found. */
  get active(): boolean {
    return this.#isActive;
  }

  /** Decides whether a list of `total` reports windows (and starts loading the window's chunk if so). */
  decide(total: number | undefined): void {
    const mode = this.#mode();
    this.#isActive =
      total !== undefined &&
      !isServer &&
      !failed &&
      (mode === 'always' || (mode === 'auto' && total > WINDOW_ABOVE));
    if (this.#isActive && !loaded) void load().then(() => this.#host.requestUpdate());
  }

  /**
   * Content over 500 reports is on its way (validating in slices): the window's chunk loads beside it,
   * so the first screen does not wait for it afterwards.
   */
  preload(): void {
    if (!isServer && this.#mode() !== 'never') void load();
  }

  /** Whether the window's chunk is in (until then a windowed list shows its loading placeholder). */
  get ready(): boolean {
    return loaded !== undefined;
  }

  /** The matching reports in display order, for the window (empty until its chunk is in). */
  items(sections: readonly Section[], matching: ReadonlySet<Report>): WindowItem[] {
    if (loaded) this.#window ??= new loaded.VirtualWindow();
    return this.#window?.itemsOf(sections, matching) ?? [];
  }

  render(items: WindowItem[], renderItem: (item: WindowItem, index: number) => TemplateResult): unknown {
    return this.#window?.render(items, renderItem);
  }

  /** Resolves `true` once the window has settled (measured, positions corrected), `false` if it left the page. */
  settled(): Promise<boolean> {
    const container = this.#container();
    return this.#window && container ? this.#window.settled(container) : Promise.resolve(false);
  }

  /** After an update of an active window: brings the URL's report into it, once per hash. */
  afterUpdate(again = false): void {
    if (!this.#isActive || !this.#window) return;
    const container = this.#container();
    if (container) this.#window.scrollToHash(container, readHashId(), again);
  }

  readonly #onHistory = (): void => this.afterUpdate(true);
}
