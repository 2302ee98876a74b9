import {
  LitElement,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Theme } from './themes.js';
import { resolveLang } from './locale.js';
import { format, type IncStrings, type StringKey } from './strings.js';
import { announceRenderRoot } from './render-root-hook.js';
import { misusedProperty, misuseMessage, renderMisuse } from './attribute-misuse.js';
import { incEvent } from './events.js';
import { baseStyles } from './base.styles.js';

/**
 * The one thin base every element shares: the shared base styles, the `theme` attribute they key on,
 * the `strings` override, and the page language for `Intl`. Behaviour beyond that lives in reactive
 * controllers.
 */
export class IncElement<K extends StringKey = StringKey> extends LitElement {
  /**
   * Reactive properties are declared in Lit's `static properties`, not with decorators: no decorator
   * runtime on every page. Lit makes their accessors only when a class is finalized (at define), so
   * each element calls `this.finalize()` in a static block after its `properties` and `styles`: a
   * framework that renders before the element is defined (@lit/react on a server, or a late define)
   * checks `name in prototype` to set a property rather than an attribute
   * (tests/node/prototype-properties.test.ts).
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** The look: `light`, `dark`, `terminal`, or `auto` (follows `prefers-color-scheme`); unset inherits the container's. */
  theme?: Theme;

  /** Overrides for any UI text (see `DEFAULT_STRINGS`). */
  strings: Partial<IncStrings> = {};

  /**
   * This element's default UI text: its own groups of `DEFAULT_STRINGS` (`src/shared/strings/`), so a
   * page loads the text of the elements it uses only. `K`, the keys `text` takes, are its keys.
   */
  protected static readonly defaultStrings: Partial<IncStrings> = {};

  /**
   * Set by elements that choose colours in script (code highlighting), so a theme switch above reaches them.
   * @internal
   */
  static readonly coloursInScript: boolean = false;

  #themeRendered = false;
  /** The first render replaced prerendered markup (what it shows must not be missing for a frame). */
  protected replacedPrerendered = false;
  /** Prerendered markup in the shadow root that the first render has not replaced yet. */
  #prerendered: ChildNode[] = [];
  /** The misused property last reported with `inc-error` (see `renderMisuse`). */
  #misuseReported: string | undefined;

  /**
   * The error to render instead of the content while an object-valued property arrived as an
   * attribute (`report="[object Object]"`), naming the property to set; `undefined` otherwise.
   */
  protected renderMisuse(): TemplateResult | undefined {
    const property = misusedProperty(this);
    return property ? renderMisuse(misuseMessage(this, property)) : undefined;
  }

  /**
   * Puts the shared base styles (tokens, themes, the `.inc-root` boundary) first in every element's
   * sheets, so an element's `static styles` lists only its own and can still override the base.
   * @internal
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, styles ?? []]);
  }

  /**
   * Lit sets the property of a removed attribute to `null`, while the elements' defaults (`card`,
   * 15000 ms, 12 tags…) hold only for attributes never set. Removing an attribute puts back the value
   * a fresh element has, so it renders as if the attribute had never been set.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (value !== null) return;
    const ctor = this.constructor as typeof IncElement;
    for (const [key, options] of ctor.elementProperties) {
      const attribute =
        typeof options.attribute === 'string'
          ? options.attribute
          : options.attribute !== false && typeof key === 'string'
            ? key.toLowerCase()
            : undefined;
      if (attribute !== name) continue;
      let fresh = pristine.get(ctor);
      if (!fresh) pristine.set(ctor, (fresh = new ctor()));
      (this as unknown as Record<PropertyKey, unknown>)[key] = (
        fresh as unknown as Record<PropertyKey, unknown>
      )[key];
      return;
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A prerendered shadow root (Declarative Shadow DOM from `incident-elements render`) stays on
    // screen until the first render replaces it (see `update`), unless Lit's hydration support
    // takes it over as it is.
    const hydrating = typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
    if (this.shadowRoot && hydrating !== 'function') this.#prerendered = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    // The script-tag loader watches this root for the elements rendered into it (and loads the
    // chunks of those already in prerendered markup).
    announceRenderRoot(root);
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Replacing prerendered markup before the elements inside it are defined would show them
    // empty for a moment (the page jumps): the first render waits for their chunks.
    return this.#prerendered.length > 0 && !this.hasUpdated
      ? Promise.all([whenDefinedInside(this.renderRoot), hostRendered(this)]).then(() => this.runUpdate())
      : this.runUpdate();
  }

  /**
   * Runs the update now (Lit's scheduling). Elements that come in thousands (cards in a long list)
   * queue it in the shared render queue instead, so a change that touches ten thousand of them never
   * blocks a frame; the others load no queue at all.
   */
  protected runUpdate(): void | Promise<unknown> {
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    if (this.#prerendered.length > 0) {
      // In the same task as the first render: the prerendered content is never missing from a frame.
      this.replacedPrerendered = true;
      for (const node of this.#prerendered.splice(0)) node.remove();
      // Lit would render before the first prerendered node, which is gone now.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Elements inside this one that pick colours in script (code highlighting) must look again.
    // (Not on the first render: everything inside is new then.)
    if (changed.has('theme') && this.#themeRendered) refreshDescendants(this.renderRoot);
    this.#themeRendered = true;
    const misused = misusedProperty(this);
    if (misused && misused !== this.#misuseReported) {
      const message = misuseMessage(this, misused);
      this.dispatchEvent(incEvent('inc-error', { reason: 'attribute', message, issues: [] }));
    }
    this.#misuseReported = misused;
  }

  /** The language of the nearest `lang` (through shadow roots), for dates and numbers. */
  protected get pageLang(): string {
    return resolveLang(this);
  }

  /** The UI text for `key`, overridden or default, with `{placeholders}` filled. */
  protected text(key: K, values: Record<string, string | number> = {}): string {
    const defaults = (this.constructor as typeof IncElement).defaultStrings;
    return format(this.strings[key] ?? defaults[key] ?? key, values);
  }
}

/** One untouched instance per element class: where removed attributes get their defaults from. */
const pristine = new WeakMap<typeof IncElement, IncElement>();

/** Asks the elements below `root` (through shadow roots) that choose colours in script to update. */
function refreshDescendants(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof IncElement && (el.constructor as typeof IncElement).coloursInScript) el.requestUpdate();
    if (el.shadowRoot) refreshDescendants(el.shadowRoot);
  }
}

/**
 * Resolves once the element whose prerendered shadow root holds `el` (a card in a list) has rendered,
 * which replaces `el`: until then `el`'s content comes from that host, and if the host's chunk never
 * loads, `el` keeps its server markup for good.
 */
function hostRendered(el: Element): Promise<unknown> {
  const host = (el.getRootNode() as Partial<ShadowRoot>).host;
  if (!host?.localName.startsWith('inc-') || host.matches(':defined')) return Promise.resolve();
  return customElements.whenDefined(host.localName).then(() => (host as IncElement).updateComplete);
}

/** How long a prerendered element waits for the elements inside it before it renders anyway. */
const PRERENDER_WAIT_MS = 3000;

/**
 * Resolves once every custom element in `root` and the shadow roots below it is defined, or after
 * PRERENDER_WAIT_MS (a chunk that fails shows its own error state; the rest must not wait forever).
 */
function whenDefinedInside(root: ParentNode): Promise<unknown> {
  const tags = new Set<string>();
  const collect = (node: ParentNode): void => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.matches(':defined')) tags.add(el.localName);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(root);
  if (tags.size === 0) return Promise.resolve();
  return Promise.race([
    Promise.all([...tags].map((tag) => customElements.whenDefined(tag))),
    new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS)),
  ]);
}
