/**
 * The script-tag autoloader: defines each `inc-*` tag the first time it is seen, in the document or in
 * an element's shadow root, by importing that element's own chunk. A page pays only for the elements
 * it uses. It imports nothing from the element code (so the entry stays small and no element chunk
 * ever imports it back); shadow roots reach it through the page-wide hook in `render-root-hook.ts`.
 */
import type { IncErrorDetail } from '../shared/events.js';
import type { RenderRootHook } from '../shared/render-root-hook.js';

/** Tag → a function importing the module that registers it. */
export type ElementImports = Readonly<Record<string, () => Promise<unknown>>>;

/** What the first loader on a page leaves for later copies of the bundle. */
interface ActiveLoader {
  /** The folder its chunks come from: a copy from elsewhere is another build. */
  base: string;
}

const LOADER_KEY = Symbol.for('incident-elements.loader');
/**
 * `RENDER_ROOT_HOOK_KEY` of `render-root-hook.ts`, spelled out: importing it would make that module a
 * chunk of its own, or part of this entry that every element chunk then imports.
 */
const ROOT_HOOK = Symbol.for('incident-elements.render-root');
type Globals = { [LOADER_KEY]?: ActiveLoader } & { [key: symbol]: RenderRootHook | undefined };

/**
 * Starts the loader unless one is already on the page. `url` is the bundle's own URL: a second copy
 * from the same folder (the same build, maybe with a query) stays silent, a copy from elsewhere warns
 * once, and either way the first one keeps loading (two loaders would race to define the same tags).
 */
export function startAutoloader(imports: ElementImports, url: string): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const base = new URL('.', url).href; // the bundle's folder, without its file name, query or hash
  const page = globalThis as unknown as Globals;
  const active = page[LOADER_KEY];
  if (active) {
    if (active.base !== base) {
      console.warn(
        `incident-elements: a loader from ${active.base} is already on the page (another copy of the library?); using that one.`,
      );
    }
    return;
  }
  page[LOADER_KEY] = { base };
  new Autoloader(imports).start(page);
}

class Autoloader {
  /** Tags whose chunk was asked for. */
  readonly #requested = new Set<string>();
  /** Tags whose chunk failed to load → the message shown on their elements. */
  readonly #failed = new Map<string, string>();
  /** Elements already showing a load error. */
  readonly #shown = new WeakSet<Element>();
  readonly #observer = new MutationObserver((records) => this.#onMutations(records));
  /** Every tag this loader knows. */
  readonly #tags: string[];
  /** Matches every tag this loader knows. */
  readonly #selector: string;

  readonly #imports: ElementImports;

  constructor(imports: ElementImports) {
    this.#imports = imports;
    this.#tags = Object.keys(imports);
    this.#selector = this.#tags.join(',');
  }

  start(page: Globals): void {
    page[ROOT_HOOK] = (root) => this.#watch(root);
    this.#watch(document);
  }

  /** Looks through `root` now and whenever something is added to it. */
  #watch(root: Document | ShadowRoot): void {
    if (this.#done()) return;
    this.#observer.observe(root, { childList: true, subtree: true });
    // A new element's root is still empty: its first render arrives as a mutation.
    if (root.firstElementChild === null) return;
    this.#scan(root);
    // Roots made before this loader ran (elements registered another way) are searched too.
    for (const host of root.querySelectorAll(this.#selector)) {
      if (host.shadowRoot) this.#watch(host.shadowRoot);
    }
  }

  #onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) this.#scan(node);
      }
    }
  }

  /** Requests the chunk of every undefined tag at or below `root`. */
  #scan(root: Element | Document | ShadowRoot): void {
    if (root instanceof Element) this.#sight(root);
    // Elements without children (most of what a list adds: cards) need no query.
    if (root.firstElementChild === null) return;
    for (const el of root.querySelectorAll(':not(:defined)')) this.#sight(el);
  }

  #sight(el: Element): void {
    const tag = el.localName;
    // Defined another way (the npm `define` on the same page): nothing to load.
    if (!(tag in this.#imports) || customElements.get(tag)) return;
    const failure = this.#failed.get(tag);
    if (failure !== undefined) return this.#showError(el, failure);
    if (this.#requested.has(tag)) return;
    this.#requested.add(tag);
    this.#imports[tag]!().then(
      () => this.#loaded(),
      (error: unknown) => this.#fail(tag, error),
    );
  }

  #loaded(): void {
    if (!this.#done()) return;
    // Every tag is defined: nothing is left to watch for.
    this.#observer.disconnect();
    delete (globalThis as unknown as Globals)[ROOT_HOOK];
  }

  #done(): boolean {
    if (this.#failed.size > 0 || this.#requested.size < this.#tags.length) return false;
    return this.#tags.every((tag) => customElements.get(tag) !== undefined);
  }

  #fail(tag: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `<${tag}> could not be loaded: ${reason}`;
    this.#failed.set(tag, message);
    console.error(`incident-elements: ${message}`);
    for (const el of deepQuery(document, tag)) this.#showError(el, message);
  }

  /**
   * The error state of an element whose code never arrived: a visible message in a shadow root of
   * its own (the light DOM is the page's) and the `inc-error` every element fires on failure.
   */
  #showError(el: Element, message: string): void {
    if (this.#shown.has(el) || customElements.get(el.localName)) return;
    this.#shown.add(el);
    if (!el.shadowRoot) {
      const root = el.attachShadow({ mode: 'open' });
      const box = document.createElement('p');
      box.setAttribute('part', 'error');
      box.setAttribute('role', 'alert');
      box.textContent = message;
      root.append(box);
    }
    const detail: IncErrorDetail = { reason: 'chunk', message, issues: [] };
    el.dispatchEvent(new CustomEvent('inc-error', { detail, bubbles: true, composed: true }));
  }
}

/** Every `tag` element in `root` and in the open shadow roots below it. */
function deepQuery(root: Document | ShadowRoot, tag: string): Element[] {
  const found = [...root.querySelectorAll(tag)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, tag));
  }
  return found;
}
