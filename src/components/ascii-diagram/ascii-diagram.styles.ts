import { css, unsafeCSS } from 'lit';
import { MAX_RUN } from './cells.js';

/** `.w1` … `.w32`: a box exactly N cells wide. Generated from a constant, never from content. */
const widths = unsafeCSS(
  Array.from({ length: MAX_RUN }, (_, i) => `.w${i + 1}{width:calc(var(--_c) * ${i + 1})}`).join(''),
);

export const diagramStyles = css`
  :host {
    --_d-bg: var(--inc-diagram-bg, var(--_code-bg));
    --_d-border: var(--inc-diagram-border, var(--_border));
    --_d-text: var(--inc-diagram-text, var(--_text));
    --_d-line: var(--inc-diagram-line, var(--_muted));
    --_d-arrow: var(--inc-diagram-arrow, var(--_accent));
    --_d-shape: var(--inc-diagram-shape, var(--_d-line));
    --_d-font: var(--inc-diagram-font, var(--_mono));
    --_d-size: var(--inc-diagram-font-size, max(0.875em, 12px));
    --_d-lh: var(--inc-diagram-line-height, 1.2);
  }

  /* The whole figure is painted in the theme, so the caption and button read on any page. */
  figure {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    min-width: 0;
    background: var(--_d-bg);
    border: 1px solid var(--_d-border);
    border-radius: calc(var(--_radius) / 2);
  }

  .scroller {
    grid-column: 1 / -1;
    position: relative;
    min-width: 0;
    overflow-x: auto;
    overflow-y: hidden;
    /* The diagram is left-to-right art whatever the page's direction: its start stays visible. */
    direction: ltr;
    padding: 0.75em 1em;
    font-size: var(--_d-size);
    border-radius: inherit;
    scrollbar-width: thin;
  }

  .scroller:focus-visible {
    outline-offset: -2px;
  }

  .scroller.footed {
    border-block-end: 1px solid var(--_d-border);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  /* Takes no space: its width is the space available, its height one ch of the diagram's font (the
     fit controller observes it, and re-measures the font when that changes). */
  .ruler {
    display: block;
    height: 1ch;
    margin-block-end: -1ch;
    font-family: var(--_d-font);
    pointer-events: none;
  }

  /* Every inherited text property that could move a glyph, pinned. */
  .font {
    font-family: var(--_d-font);
    font-size: var(--_fs, 1em);
    font-style: normal;
    font-weight: 400;
    font-stretch: normal;
    font-kerning: none;
    font-variant: normal;
    font-variant-ligatures: none;
    font-feature-settings:
      'liga' 0,
      'clig' 0,
      'calt' 0,
      'dlig' 0,
      'kern' 0;
    font-variation-settings: normal;
    font-synthesis: none;
    font-size-adjust: none;
    font-optical-sizing: auto;
    letter-spacing: 0;
    word-spacing: 0;
    text-transform: none;
    text-indent: 0;
    text-align: left;
    text-shadow: none;
    white-space: normal;
    tab-size: 8;
    hyphens: manual;
    word-break: normal;
    overflow-wrap: normal;
    line-break: auto;
    text-autospace: no-autospace;
    text-spacing-trim: space-all;
    line-height: var(--_d-lh);
    direction: ltr;
    unicode-bidi: isolate;
    writing-mode: horizontal-tb;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  /*
   * One cell: the advance of "0" floored to a quarter pixel (exact in every engine's layout units).
   * The fit controller measures the real advance and sets --_cell and --_ls; these defaults give the
   * same values whenever glyphs advance by exactly 1ch, so measuring usually changes nothing.
   */
  .diagram {
    display: block;
    width: max-content;
    color: var(--_d-text);
    -webkit-user-select: text;
    user-select: text;
    cursor: text;
    --_c: var(--_cell, 1ch);
    --_s: var(--_ls, 0px);
  }

  @supports (width: round(down, 1ch, 0.25px)) {
    .diagram {
      --_c: var(--_cell, round(down, 1ch, 0.25px));
      --_s: var(--_ls, calc(round(down, 1ch, 0.25px) - 1ch));
    }
  }

  /*
   * Inline-blocks (not flex items) so that selecting and copying the text adds no line breaks.
   * Whitespace between rows collapses away (white-space: normal on the diagram); within a row there
   * is none, and nothing wraps.
   */
  .row {
    display: block;
    height: calc(var(--_d-lh) * 1em);
    white-space: nowrap;
  }

  .row > span {
    white-space: pre;
    display: inline-block;
    vertical-align: top;
    height: calc(var(--_d-lh) * 1em);
    overflow: visible;
  }

  /* A single cell: the glyph, whatever its font and advance, centred in a box of fixed width. */
  .c {
    text-align: center;
  }

  /* A run: glyphs verified to be one advance each, stepped to exactly one cell. */
  .r {
    letter-spacing: var(--_s);
  }

  ${widths}

  .l {
    color: var(--_d-line);
  }
  .a {
    color: var(--_d-arrow);
  }
  .g {
    color: var(--_d-shape);
  }
  .m {
    color: var(--_muted);
  }

  .probes {
    position: absolute;
    top: 0;
    left: 0;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
    -webkit-user-select: none;
    user-select: none;
  }

  .probes > span {
    white-space: pre;
    display: block;
    width: max-content;
    letter-spacing: 0;
  }

  .probes > span:first-child {
    width: 128ch;
  }

  /* The text alternative keeps its lines (the visually-hidden utility would join them into one). */
  .source {
    white-space: pre;
    -webkit-user-select: none;
    user-select: none;
  }

  figcaption {
    grid-column: 1;
    grid-row: 2;
    min-width: 0;
    padding: 0.375em 0.875em;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    overflow-wrap: anywhere;
  }

  .tools {
    grid-column: 2;
    grid-row: 2;
    display: flex;
    align-items: center;
    gap: 0.5em;
    justify-self: end;
    padding: 0.25em 0.375em;
    font-size: max(0.8125em, 12px);
  }

  .status {
    color: var(--_muted);
  }

  .copy {
    cursor: pointer;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.5;
    -webkit-user-select: none;
    user-select: none;
    transition: background-color 0.15s ease;
  }

  .copy:hover {
    background: var(--_code-bg);
  }

  /*
   * On paper nothing scrolls, and wrapping would break the art: a diagram wider than the page is
   * scaled down to the page's width instead. The scroller is the size container; the fit controller
   * writes the diagram's width in cells (--_cols). The font shrinks so that one cell fits
   * 100cqi / cols (a monospace "0" is about 0.6em wide), and every cell is stepped to exactly that
   * width, so the columns stay aligned whatever the font's real advance.
   */
  @media print {
    figure {
      break-inside: avoid;
    }
    .tools {
      display: none;
    }
    .scroller {
      overflow: visible;
      container-type: inline-size;
    }
    .diagram.font {
      font-size: min(var(--_fs, 1em), calc(100cqi / var(--_cols, 1) / 0.62));
      --_c: min(1ch, calc(100cqi / var(--_cols, 1)));
      --_s: calc(var(--_c) - 1ch);
    }
  }

  @media (forced-colors: active) {
    .copy {
      border-color: ButtonText;
    }
  }

  /* Content text: its own direction. */
  figcaption {
    unicode-bidi: plaintext;
  }

  /* View: the button under a diagram cut at its row cap. */
  .expand {
    display: block;
    margin-block-start: 0.25em;
    padding: 0.2em 0.7em;
    font: inherit;
    font-size: max(0.875em, 12px);
    border: 1px dashed var(--_control-border, var(--_border));
    border-radius: 6px;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
`;
