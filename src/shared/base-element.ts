import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from './themes.js';
import { resolveLang } from './locale.js';
import { DEFAULT_STRINGS, format, type IncStrings } from './strings.js';

/**
 * The one thin base every element shares: the `theme` attribute the shared styles key on, the
 * `strings` override, and the page language for `Intl`. Behaviour beyond that lives in reactive
 * controllers.
 */
export class IncElement extends LitElement {
  /** The look: `light`, `dark`, `terminal`, or `auto` (follows `prefers-color-scheme`); unset inherits the container's. */
  @property({ reflect: true }) theme?: Theme;

  /** Overrides for any UI text (see `DEFAULT_STRINGS`). */
  @property({ attribute: false }) strings: Partial<IncStrings> = {};

  /** The language of the nearest `lang` (through shadow roots), for dates and numbers. */
  protected get pageLang(): string {
    return resolveLang(this);
  }

  /** The UI text for `key`, overridden or default, with `{placeholders}` filled. */
  protected text(key: keyof IncStrings, values: Record<string, string | number> = {}): string {
    return format(this.strings[key] ?? DEFAULT_STRINGS[key], values);
  }
}
