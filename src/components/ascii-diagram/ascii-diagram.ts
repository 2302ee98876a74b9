import {
  html,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { IncElement } from '../../shared/base-element.js';
import { COPY_STRINGS } from '../../shared/strings/copy.js';
import { DIAGRAM_STRINGS } from '../../shared/strings/ascii-diagram.js';
import { diagramStyles } from './ascii-diagram.styles.js';
import {
  MAX_COLUMNS,
  MAX_LINES,
  diagramField,
  diagramText,
  segmentLine,
  toLines,
  type CellClass,
  type DiagramLike,
  type Segment,
} from './cells.js';
import type { FitMode } from './fit-controller.js';
import { LazyFit } from './lazy-fit.js';
import { LightTextController } from '../../shared/light-text-controller.js';
import { CopyController } from '../../shared/copy-controller.js';
import { SlotContentController } from '../../shared/slot-content-controller.js';

export type { DiagramLike, FitMode };

/** The `fit` values. */
export const FIT_MODES: readonly FitMode[] = ['scroll', 'shrink'];
const COLOR_CLASS: Record<CellClass, string> = { text: '', line: ' l', arrow: ' a', shape: ' g' };

// One template per colour class, so a cell costs one class binding and one text binding. The text
// must be the element's only content (no whitespace around it).
// prettier-ignore
const cellTemplates: Record<CellClass, (cls: string, text: string) => TemplateResult> = {
  text: (cls, text) => html`<span class=${cls}>${text}</span>`,
  line: (cls, text) => html`<span class=${cls} part="line">${text}</span>`,
  arrow: (cls, text) => html`<span class=${cls} part="arrow">${text}</span>`,
  shape: (cls, text) => html`<span class=${cls} part="shape">${text}</span>`,
};

function renderSegment(segment: Segment): TemplateResult {
  const cls = `${segment.run ? 'r' : 'c'} w${segment.cells}${COLOR_CLASS[segment.cls]}`;
  return cellTemplates[segment.cls](cls, segment.text);
}

const truncatedCell = html`<span class="c w1 m" part="truncated">…</span>`;

/** Its default UI text (see `IncElement.defaultStrings`). */
const DIAGRAM_DEFAULTS = { ...COPY_STRINGS, ...DIAGRAM_STRINGS };

/**
 * An ASCII diagram (box drawing, arrows, CJK, emoji) with its columns exactly aligned whatever
 * the page's CSS and fonts: every character that the font is not proven to draw at exactly one
 * cell gets its own fixed-width box, so a fallback glyph or a wide character cannot shift the
 * columns after it.
 *
 * The text comes from the `diagram` property, else the `ascii` property, else the element's own
 * text content (dedented; kept in sync when the page changes it).
 *
 * @customElement inc-ascii-diagram
 * @summary An accessible, theme-coloured, column-exact ASCII diagram.
 *
 * @slot caption - Extra caption content, shown in the figure caption after the `caption` text.
 *
 * @csspart base - The root wrapper (the style boundary).
 * @csspart figure - The `<figure>`.
 * @csspart scroller - The box around the diagram; scrolls horizontally when the diagram is wider.
 * @csspart diagram - The diagram itself (`role="img"`).
 * @csspart line - A box-drawing character or run (U+2500–U+259F).
 * @csspart arrow - An arrow or arrowhead (← ↑ → ↓ ⇒ ▲ ▶ ▼ ◀ ▸ …).
 * @csspart shape - Another geometric shape (■ □ ● ◆ …).
 * @csspart truncated - The mark shown where a very long line is cut.
 * @csspart expand-button - Under a diagram cut at 500 lines: says how many more there are, and shows them.
 * @csspart caption - The `<figcaption>`.
 * @csspart copy-button - The copy button.
 * @csspart status - The "Copied" message.
 *
 * @cssprop --inc-diagram-text - Colour of plain characters (default: the theme's text colour).
 * @cssprop --inc-diagram-line - Colour of box-drawing characters (default: the theme's muted colour).
 * @cssprop --inc-diagram-arrow - Colour of arrows and arrowheads (default: the theme's accent colour).
 * @cssprop --inc-diagram-shape - Colour of other geometric shapes (default: the line colour).
 * @cssprop --inc-diagram-bg - Background of the diagram box (default: the theme's code background).
 * @cssprop --inc-diagram-border - Border colour of the diagram box.
 * @cssprop --inc-diagram-font - Font family (default: `--inc-font-mono`).
 * @cssprop --inc-diagram-font-size - Font size (default: `0.875em`).
 * @cssprop --inc-diagram-line-height - Line height, a number (default: `1.2`).
 *
 * @fires inc-copy - After the copy button was used; `detail: { text, ok }`.
 * @fires inc-error - `diagram` arrived as an attribute (an object cannot be one); `detail.message` says to set the property.
 */
export class IncAsciiDiagram extends IncElement<keyof typeof DIAGRAM_DEFAULTS> {
  /** Its reactive properties (see IncElement). */
  static override properties: PropertyDeclarations = {
    diagram: { attribute: false },
    ascii: {},
    label: {},
    reportTitle: { attribute: 'report-title' },
    caption: {},
    fit: {},
    noCopy: { type: Boolean, attribute: 'no-copy' },
    expanded: { state: true },
  };

  protected static override readonly defaultStrings = DIAGRAM_DEFAULTS;

  static override styles = diagramStyles;

  // Accessors on the prototype before any define (see IncElement).
  static {
    this.finalize();
  }

  /** A report's diagram, `{ lines, label?, caption? }` (also `{ ascii }`, a string or an array of lines); wins over `ascii` and the text content. */
  diagram: DiagramLike | null = null;

  /** The diagram as text (`ascii` attribute); wins over the element's text content. */
  ascii: string | null = null;

  /** Accessible name of the diagram; default: the diagram's `label`, else `report-title`, else "Diagram". */
  label = '';

  /** Title of the report the diagram belongs to, used as its accessible name when there is no label. */
  reportTitle = '';

  /** Caption text, shown when the diagram has no caption of its own. */
  caption = '';

  /** Wider than the container: `scroll` (default) scrolls horizontally; `shrink` scales the font down to a readable minimum, then scrolls. */
  fit: FitMode = 'scroll';

  /** Hides the copy button. */
  noCopy = false;

  /** Whether "Show N more lines" was used: every line renders. */
  private expanded = false;

  readonly #lightText = new LightTextController(this);
  readonly #copier = new CopyController(this, () => this.#lines.join('\n'));
  readonly #captionSlot = new SlotContentController(this);
  readonly #fit = new LazyFit(this, {
    scroller: () => this.#scroller,
    columns: () => this.#columns,
    mode: () => this.#fitMode,
    styles: [diagramStyles],
  });

  #source: string | null = null;
  #lines: string[] = [];
  #layoutKey = '';
  #layoutVersion = 0;
  #rows: TemplateResult[] = [];
  /**
   * The layout version whose rows the rendered diagram holds: an update that changed no layout
   * (the copy status, the caption) passes `noChange` instead of walking every cell again. -1 when
   * the diagram part is new (first render, or after another template replaced it).
   */
  #committedVersion = -1;
  #columns = 0;

  /** The diagram's lines as rendered and copied (after dedent and clean-up). */
  get diagramLines(): string[] {
    return [...this.#lines];
  }

  get #fitMode(): FitMode {
    return FIT_MODES.includes(this.fit) ? this.fit : 'scroll';
  }

  #sourceText(): string {
    if (this.diagram !== null && this.diagram !== undefined) {
      const fromDiagram = diagramText(this.diagram);
      if (fromDiagram !== null) return fromDiagram;
    }
    const ascii: unknown = this.ascii;
    if (ascii !== null && ascii !== undefined) {
      const text = diagramText(ascii);
      if (text !== null) return text;
      return typeof ascii === 'number' || typeof ascii === 'boolean' || typeof ascii === 'bigint'
        ? String(ascii)
        : '';
    }
    return this.#lightText.text;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.#sourceText();
    if (source !== this.#source) {
      this.#source = source;
      this.#lines = toLines(source);
      this.#layoutKey = '';
      this.expanded = false;
    }
    const runs = this.#fit.runs;
    const key = `${runs.ascii}|${runs.box}|${this.expanded}`;
    if (key !== this.#layoutKey) {
      this.#layoutKey = key;
      this.#layout();
    }
  }

  #layout(): void {
    const rows: TemplateResult[] = [];
    let columns = 0;
    const shown =
      this.#lines.length > MAX_LINES && !this.expanded ? this.#lines.slice(0, MAX_LINES) : this.#lines;
    for (const line of shown) {
      const { segments, cells, truncated } = segmentLine(line, this.#fit.runs, MAX_COLUMNS);
      columns = Math.max(columns, cells + (truncated ? 1 : 0));
      // No whitespace may appear between the cells of a row (it would render as a space).
      // prettier-ignore
      rows.push(html`<div class="row">${segments.map(renderSegment)}${truncated ? truncatedCell : nothing}</div>`);
    }
    this.#rows = rows;
    this.#columns = columns;
    this.#layoutVersion++;
  }

  get #scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The width in cells, for the print styles (they scale a wide diagram to the page). CSSOM, so a
    // strict CSP allows it.
    this.#scroller?.style.setProperty('--_cols', String(Math.max(1, this.#columns)));
  }

  protected override runUpdate(): void | Promise<unknown> {
    const waitFor = this.#fit.beforeRender;
    return waitFor ? waitFor.then(() => super.runUpdate()) : super.runUpdate();
  }

  /** Resolves once rendered and, after the first render, once the measuring half is attached. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.#fit.loading;
    if (!loading) return done;
    await loading;
    return super.getUpdateComplete();
  }

  get #accessibleName(): string {
    return (
      this.label?.trim() ||
      diagramField(this.diagram, 'label') ||
      this.reportTitle?.trim() ||
      this.text('diagram')
    );
  }

  override render() {
    const misuse = this.renderMisuse();
    const empty = this.#lines.length === 0;
    if (misuse || empty) this.#committedVersion = -1;
    if (misuse) return misuse;
    if (empty) return html`<div class="inc-root" part="base"></div>`;
    const name = this.#accessibleName;
    const overflowing = this.#fit.overflows(this.#columns);
    const captionText = diagramField(this.diagram, 'caption') ?? (this.caption || '');
    const hasCaption = captionText !== '' || this.#captionSlot.has;
    const status = this.#copier.message((key) => this.text(key));
    return html`<div class="inc-root" part="base">
      <figure part="figure">
        <div
          class=${hasCaption || !this.noCopy ? 'scroller footed' : 'scroller'}
          part="scroller"
          tabindex=${overflowing ? 0 : nothing}
          role=${overflowing ? 'region' : nothing}
          aria-label=${overflowing ? this.text('scrollableDiagram', { label: name }) : nothing}
        >
          <div class="ruler"></div>
          <div class="probes font" aria-hidden="true">${this.#fit.probes}</div>
          ${this.#renderDiagram(name)}
        </div>
        ${this.#renderExpander()} ${this.#renderSource()}
        ${
          this.noCopy
            ? nothing
            : html`<div class="tools">
                <span class="status" part="status" role="status">${status}</span>
                <button
                  class="copy"
                  part="copy-button"
                  type="button"
                  aria-label=${this.text('copyDiagram')}
                  @click=${this.#onCopyClick}
                >
                  ${this.text('copy')}
                </button>
              </div>`
        }
        <figcaption part="caption" ?hidden=${!hasCaption}>
          ${captionText}<slot name="caption" @slotchange=${this.#captionSlot.onSlotChange}></slot>
        </figcaption>
      </figure>
    </div>`;
  }

  /** The visual diagram: rows of cells, with no whitespace between them. */
  #renderDiagram(name: string) {
    const rows = this.#committedVersion === this.#layoutVersion ? noChange : this.#rows;
    this.#committedVersion = this.#layoutVersion;
    // prettier-ignore
    return html`<div class="diagram font" part="diagram" role="img" aria-label=${name} tabindex=${this.expanded ? -1 : nothing}>${rows}</div>`;
  }

  /** Lines past the cap are not rendered until asked for: the button says how many. */
  #renderExpander() {
    const hidden = this.expanded ? 0 : this.#lines.length - MAX_LINES;
    if (hidden <= 0) return nothing;
    let count = String(hidden);
    try {
      count = new Intl.NumberFormat(this.pageLang).format(hidden);
    } catch {
      // An invalid page language: plain digits.
    }
    return html`<button class="expand" part="expand-button" type="button" @click=${this.#onExpandClick}>
      ${this.text('showMoreLines', { count })}
    </button>`;
  }

  readonly #onExpandClick = async (): Promise<void> => {
    this.expanded = true;
    await this.updateComplete;
    // The button is gone: focus moves to the diagram it revealed.
    this.renderRoot.querySelector<HTMLElement>('.diagram')?.focus();
  };

  /** The text alternative: the lines, exactly, for screen readers (read line by line). */
  #renderSource() {
    // prettier-ignore
    return html`<pre class="source visually-hidden">${this.#lines.join('\n')}</pre>`;
  }

  readonly #onCopyClick = (): void => void this.copy();

  /** Copies the diagram's text; announces the result and fires `inc-copy`. Never throws. */
  async copy(): Promise<boolean> {
    return this.#copier.copy();
  }
}
