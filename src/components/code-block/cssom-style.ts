import { noChange, nothing } from 'lit';
import { Directive, directive, type DirectiveParameters, type ElementPart } from 'lit/directive.js';

/** CSS properties by their CSS names (`color`, `--_digits`); `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets styles on an element through the CSSOM (`style.setProperty`) only, from the first render
 * on: `<span ${cssomStyle({ color })}>`. Lit's `styleMap` writes its first render as a `style`
 * attribute string, which `style-src` without `'unsafe-inline'` blocks; CSSOM changes are allowed.
 */
class CssomStyleDirective extends Directive {
  #applied = new Set<string>();

  render(_properties: StyleProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#applied) {
      if (properties[name] == null) {
        style.removeProperty(name);
        this.#applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.#applied.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
