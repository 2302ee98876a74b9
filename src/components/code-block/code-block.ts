import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { IncElement } from '../../shared/base-element.js';
import { COPY_STRINGS } from '../../shared/strings/copy.js';
import { CODE_BLOCK_STRINGS } from '../../shared/strings/code-block.js';
import { resolveLang } from '../../shared/locale.js';
import { codeBlockStyles } from './code-block.styles.js';
import { cssomStyle } from './cssom-style.js';
import { CopyController } from '../../shared/copy-controller.js';
import { SlotContentController } from '../../shared/slot-content-controller.js';
import { HighlightController, type CodeToken } from './highlight-controller.js';
import { incEvent, type IncHighlightDetail } from '../../shared/events.js';
import { resolveLanguage } from './highlighter.js';
import { LightTextController } from '../../shared/light-text-controller.js';
import { inLineRanges, parseLineRanges, type LineRange } from './line-ranges.js';
import { dedent, normalizeNewlines } from './source-text.js';

export type { IncHighlightDetail };

/** Columns of the widest line, tabs at every 4th column (the default `tab-size`), wide characters as one. */
function columns(lines: readonly string[]): number {
  let widest = 0;
  for (const line of lines) {
    let column = 0;
    for (const char of line) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
    widest = Math.max(widest, column);
  }
  return widest;
}

/** Longest language name used in the scroll region's label. */
const MAX_LABEL = 40;

/** Its default UI text (see `IncElement.defaultStrings`). */
const CODE_BLOCK_DEFAULTS = { ...COPY_STRINGS, ...CODE_BLOCK_STRINGS };

/**
 * A code block: the code as plain monospace text at once, then syntax-highlighted by Shiki, which is
 * loaded (core, JavaScript regex engine, one language and one theme, each a lazy chunk) only when a
 * block with a supported `language` appears. Rendered from tokens as elements, never as HTML, so it
 * works under a strict CSP with Trusted Types.
 *
 * The code is the `code` property, else the element's text (dedented, blank lines around it dropped);
 * put it in a `<script type="text/plain">` child to write `<` unescaped.
 *
 * @customElement inc-code-block
 * @summary Syntax-highlighted code with caption, copy button, line numbers and highlighted lines.
 *
 * @slot - The code, as text (a `<pre>`, `<template>` or `<script type="text/plain">` child works too).
 * @slot caption - A caption with markup; replaces the `caption` attribute.
 *
 * @csspart base - The figure around everything.
 * @csspart header - The bar with the caption and the copy button.
 * @csspart caption - The caption.
 * @csspart copy-button - The copy button.
 * @csspart scroller - The scrolling, focusable region around the code.
 * @csspart code - The `<pre>` holding the lines.
 * @csspart line - Each line.
 * @csspart line-highlighted - Each line listed in `highlight` (also has `line`).
 * @csspart line-number - Each line number (with `line-numbers`).
 *
 * @cssprop --inc-color-code-bg - Background of the code.
 * @cssprop --inc-font-mono - The monospace font stack.
 * @cssprop --inc-code-font-size - Size of the code text (default `0.875em`).
 * @cssprop --inc-code-tab-size - Width of a tab (default `4`).
 * @cssprop --inc-code-max-height - Scroll the code vertically beyond this height (default `none`).
 * @cssprop --inc-code-highlight-bg - Background of highlighted lines.
 * @cssprop --inc-code-highlight-bar - Colour of the bar beside highlighted lines.
 * @cssprop --inc-code-line-number-color - Colour of the line numbers.
 * @cssprop --inc-code-margin - Space above and below the block (default `1em`).
 *
 * @fires inc-highlight - The highlighted tokens are rendered. `detail.language` is the language id (aliases resolved), `detail.theme` the Shiki theme.
 * @fires inc-copy - The copy button was used. `detail.ok` says whether the clipboard took `detail.text`.
 * @fires inc-error - `code` arrived as an attribute (set the property, or give the code as text); `detail.message` says so.
 */
export class IncCodeBlock extends IncElement<keyof typeof CODE_BLOCK_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    code: { attribute: false },
    language: {},
    caption: {},
    lineNumbers: { type: Boolean, attribute: 'line-numbers' },
    highlight: {},
    wrap: { type: Boolean },
    langAttribute: { attribute: 'lang' },
  };

  protected static override readonly defaultStrings = CODE_BLOCK_DEFAULTS;

  static override styles = codeBlockStyles;

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }
  /** @internal */
  static override readonly coloursInScript = true;

  /** The code to show; takes precedence over the element's text. */
  code?: string;

  /** The language: a Shiki id or alias such as `sql`, `go`, `yaml`, `sh`; anything else shows plain text. */
  language = '';

  /** A caption shown above the code (the `caption` slot replaces it). */
  caption = '';

  /** Show line numbers (never selected or copied with the code). */
  lineNumbers = false;

  /** Lines to highlight, 1-based: `"3-5,9"`. */
  highlight = '';

  /** Wrap long lines instead of scrolling sideways. */
  wrap = false;

  /**
   * The HTML `lang` attribute, read as the code language when `language` is unset and it names one
   * (`<inc-code-block lang="sql">`). Prefer `language`: `lang` tells assistive technology and the
   * browser which human language the content is in.
   */
  private langAttribute: string | null = null;

  readonly #lightText = new LightTextController(this);
  readonly #copier = new CopyController(this, () => this.shownCode);
  readonly #captionSlot = new SlotContentController(this);
  readonly #highlighter = new HighlightController(this, {
    source: () => ({ code: this.shownCode, lang: this.#codeLanguage }),
    surfaces: () => this.surfaces(),
    highlighted: (detail) => {
      this.dispatchEvent(incEvent('inc-highlight', detail));
    },
  });

  /** Resolves once the current code is highlighted (`true`) or settled as plain text (`false`). */
  get highlightComplete(): Promise<boolean> {
    return this.updateComplete.then(() => this.#highlighter.complete);
  }

  /** Whether the code currently shows Shiki's colours (not the plain text). */
  get highlighted(): boolean {
    return this.#highlighter.linesFor(this.shownCode, this.#codeLanguage) !== undefined;
  }

  /** The code language in use: `language`, else a `lang` attribute that names a code language. */
  get #codeLanguage(): string {
    if (this.language) return this.language;
    return resolveLanguage(this.langAttribute) ? (this.langAttribute ?? '') : '';
  }

  /** The code shown and copied: `code` with newlines normalised, else the dedented text content. */
  get shownCode(): string {
    const fromProperty = typeof this.code === 'string';
    const input = fromProperty ? (this.code as string) : this.#lightText.text;
    const memo = this.#codeMemo;
    if (memo?.fromProperty === fromProperty && memo.input === input) return memo.output;
    const output = fromProperty ? normalizeNewlines(input).replace(/\n$/, '') : dedent(input);
    this.#codeMemo = { fromProperty, input, output };
    return output;
  }
  #codeMemo?: { fromProperty: boolean; input: string; output: string };

  private *surfaces(): Iterable<Element> {
    // The code's background first (the theme is guessed from it), then a highlighted line's.
    const base = this.renderRoot.querySelector('.block');
    const probe = this.renderRoot.querySelector('.probe');
    if (base) yield base;
    if (probe) yield probe;
  }

  override render(): TemplateResult {
    const misuse = this.renderMisuse();
    if (misuse) return misuse;
    const code = this.shownCode;
    const plain = code.split('\n');
    const tokens = this.#highlighter.linesFor(code, this.#codeLanguage);
    const lines = tokens?.length === plain.length ? tokens : undefined;
    const ranges = parseLineRanges(this.highlight);
    const hasCaption = this.#captionSlot.has || this.caption.trim() !== '';
    const language = this.#codeLanguage.trim().slice(0, MAX_LABEL);
    const status = this.#copier.status;
    // A `lang` attribute used as the code language is not the content's human language: restore that.
    const humanLang =
      this.langAttribute && !this.language && resolveLanguage(this.langAttribute)
        ? this.#parentLang()
        : undefined;
    return html`<figure
      class=${classMap({ 'inc-root': true, block: true, numbers: this.lineNumbers, wrap: this.wrap })}
      part="base"
      lang=${humanLang ?? nothing}
      aria-labelledby=${hasCaption ? 'caption' : nothing}
    >
      <figcaption class="header" part="header">
        <span class="caption" part="caption" id="caption" ?hidden=${!hasCaption}
          ><slot name="caption" @slotchange=${this.#captionSlot.onSlotChange}>${this.caption}</slot></span
        >
        <button
          class="copy"
          part="copy-button"
          type="button"
          data-status=${status}
          aria-label=${this.text('copyCode')}
          @click=${this.#onCopy}
        >
          ${status === 'copied' ? this.text('copied') : this.text('copy')}
        </button>
        <span class="visually-hidden" role="status">${this.#copier.message((key) => this.text(key))}</span>
      </figcaption>
      <div
        class="scroller"
        part="scroller"
        tabindex="0"
        role="region"
        aria-labelledby=${hasCaption ? 'caption' : nothing}
        aria-label=${hasCaption ? nothing : language ? this.text('codeIn', { language }) : this.text('code')}
      >
        <pre
          part="code"
          dir="ltr"
          ${cssomStyle({ '--_digits': `${String(plain.length).length}ch`, '--_cols': String(columns(plain)) })}
        ><code>${plain.map((text, i) => this.#renderLine(lines?.[i] ?? text, i + 1, ranges))}</code></pre>
      </div>
      <span class="probe line highlighted" aria-hidden="true"></span>
    </figure>`;
  }

  /**
   * One line: an inline block as wide as the code, after a real newline (so selecting and copying the
   * text by hand keeps its line breaks in every browser, and the code's text is exactly the code).
   */
  #renderLine(content: string | CodeToken[], n: number, ranges: LineRange[]): TemplateResult {
    const newline = n > 1 ? '\n' : '';
    const text = typeof content === 'string' ? content : content.map((token) => this.#renderToken(token));
    const number = this.lineNumbers
      ? html`<span class="number" part="line-number" aria-hidden="true" data-line=${n}></span>`
      : nothing;
    if (inLineRanges(ranges, n)) {
      return html`${newline}<mark class="line highlighted" part="line line-highlighted"
          >${number}<span class="text"
            ><span class="label visually-hidden" data-label=${this.text('highlightedLine')}></span
            >${text}</span
          ></mark
        >`;
    }
    return html`${newline}<span class="line" part="line">${number}<span class="text">${text}</span></span>`;
  }

  #renderToken(token: CodeToken): TemplateResult {
    return html`<span
      class=${classMap({ italic: !!token.italic, underline: !!token.underline, strike: !!token.strike })}
      ${cssomStyle({ color: token.color })}
      >${token.text}</span
    >`;
  }

  #parentLang(): string {
    const parent = this.parentNode;
    if (parent instanceof Element) return resolveLang(parent);
    if (parent instanceof ShadowRoot) return resolveLang(parent.host);
    return globalThis.navigator?.language ?? 'en';
  }

  readonly #onCopy = (): void => void this.copy();

  /** Copies the code to the clipboard; announces the result and fires `inc-copy`. Never throws. */
  async copy(): Promise<boolean> {
    return this.#copier.copy();
  }
}
