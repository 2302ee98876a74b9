import {
  html,
  isServer,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
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
import {
  FIT_MODES,
  FitController,
  PROBES,
  type FitElements,
  type FitMode,
  type ProbeKind,
} from './fit-controller.js';
import { LightTextController } from '../../shared/light-text-controller.js';
import { CopyController } from '../../shared/copy-controller.js';
import { SlotContentController } from '../../shared/slot-content-controller.js';

export type { DiagramLike, FitMode };

const PROBE_KINDS = Object.keys(PROBES) as ProbeKind[];
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

// Measured in the browser only: on the server they would just be ~500 characters of noise in the markup.
const probeSpans = isServer ? nothing : PROBE_KINDS.map((kind) => html`<span>${PROBES[kind]}</span>`);

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
  readonly #fitter = new FitController(this, {
    elements: () => this.#fitElements(),
    columns: () => this.#columns,
    mode: () => this.#fitMode,
  });

  #source: string | null = null;
  #lines: string[] = [];
  #layoutKey = '';
  #layoutVersion = 0;
  #rows: TemplateResult[] = [];
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
    const runs = this.#fitter.runs;
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
      const { segments, cells, truncated } = segmentLine(line, this.#fitter.runs, MAX_COLUMNS);
      columns = Math.max(columns, cells + (truncated ? 1 : 0));
      // No whitespace may appear between the cells of a row (it would render as a space).
      // prettier-ignore
      rows.push(html`<div class="row">${segments.map(renderSegment)}${truncated ? truncatedCell : nothing}</div>`);
    }
    this.#rows = rows;
    this.#columns = columns;
    this.#layoutVersion++;
  }

  #fitElements(): FitElements | null {
    const scroller = this.renderRoot?.querySelector<HTMLElement>('.scroller');
    const ruler = scroller?.querySelector<HTMLElement>('.ruler');
    const spans = scroller?.querySelectorAll<HTMLElement>('.probes > span');
    if (!scroller || !ruler || !spans || spans.length !== PROBE_KINDS.length) return null;
    const probes = {} as Record<ProbeKind, HTMLElement>;
    PROBE_KINDS.forEach((kind, i) => (probes[kind] = spans[i]!));
    return { scroller, ruler, probes };
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
    if (misuse) return misuse;
    if (this.#lines.length === 0) return html`<div class="inc-root" part="base"></div>`;
    const name = this.#accessibleName;
    const overflowing = this.#fitter.overflows(this.#columns);
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
          <div class="probes font" aria-hidden="true">${probeSpans}</div>
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
    // prettier-ignore
    return html`<div class="diagram font" part="diagram" role="img" aria-label=${name} tabindex=${this.expanded ? -1 : nothing}>${guard([this.#layoutVersion], () => this.#rows)}</div>`;
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
