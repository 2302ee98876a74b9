import { css } from 'lit';

// Notes (kept out of the CSS, which ships as written):
// - The plain text and the highlighted tokens share every metric, so highlighting never moves a thing.
// - `pre` is at least as wide as its widest line in whole character cells plus a pixel
//   (`--_cols`, `--_chrome`): plain text and tokens then get the very same width, where the sum of
//   each token's own sub-pixel-rounded width could differ from the plain line's by a fraction of a pixel.
// - Line numbers and the "highlighted line" label are generated content: never selected or copied.
// - `.probe` exposes the highlighted-line background, so token colours can be checked against it.

export const codeBlockStyles = css`
  :host {
    margin-block: var(--inc-code-margin, 1em);
    --_code-size: var(--inc-code-font-size, max(0.875em, 12px));
    --_hl-bg: var(--inc-code-highlight-bg, color-mix(in srgb, var(--_accent) 12%, var(--_code-bg)));
    --_hl-bar: var(--inc-code-highlight-bar, var(--_accent));
    --_number: var(--inc-code-line-number-color, var(--_muted));
  }

  .block {
    position: relative;
    margin: 0;
    min-width: 0;
    background: var(--_code-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding: 0.375em 0.5em 0.375em 0.875em;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    border-start-start-radius: inherit;
    border-start-end-radius: inherit;
    font-size: max(0.875em, 12px);
  }

  .caption {
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_text);
  }
  .caption[hidden] {
    display: none;
  }

  .copy {
    flex: none;
    margin-inline-start: auto;
    min-height: 1.75em;
    min-width: 1.75em;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    color: var(--_text);
    font-size: max(0.875em, 12px);
    line-height: 1.4;
    cursor: pointer;
    transition:
      background-color 0.15s ease,
      border-color 0.15s ease;
  }
  .copy:hover {
    border-color: var(--_accent);
  }
  .copy[data-status='copied'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  .scroller {
    display: block;
    overflow: auto;
    max-height: var(--inc-code-max-height, none);
    border-end-start-radius: inherit;
    border-end-end-radius: inherit;
    overscroll-behavior-x: contain;
  }
  .scroller:focus-visible {
    outline-offset: -2px;
  }

  pre {
    display: block;
    box-sizing: border-box;
    width: max-content;
    min-width: max(100%, calc(var(--_cols, 0) * 1ch + var(--_chrome) + 1px));
    --_chrome: calc(1.75em + 3px);
    margin: 0;
    padding: 0.75em 0;
    font-family: var(--_mono);
    font-size: var(--_code-size);
    font-weight: 400;
    line-height: 1.5;
    color: var(--_text);
    white-space: pre;
    tab-size: var(--inc-code-tab-size, 4);
    text-align: start;
    unicode-bidi: isolate;
  }
  code {
    display: block;
    font: inherit;
  }
  .numbers pre {
    --_chrome: calc(var(--_digits, 1ch) + 2.25em + 3px);
  }
  .wrap pre {
    width: auto;
    min-width: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .line {
    display: inline-block;
    vertical-align: top;
    width: 100%;
    min-height: 1.5em;
    padding-inline: 0.875em;
    border-inline-start: 3px solid transparent;
    background: transparent;
    color: inherit;
  }
  .numbers .line {
    display: inline-grid;
    grid-template-columns: auto minmax(0, 1fr);
    padding-inline-start: 0;
  }
  .line.highlighted {
    background: var(--_hl-bg);
    border-inline-start-color: var(--_hl-bar);
  }

  .number {
    position: sticky;
    inset-inline-start: 0;
    box-sizing: content-box;
    min-width: var(--_digits, 1ch);
    padding-inline: 0.5em 0.875em;
    text-align: end;
    color: var(--_number);
    background: var(--_code-bg);
    user-select: none;
    -webkit-user-select: none;
  }
  .highlighted .number {
    background: var(--_hl-bg);
  }
  .number::before {
    content: attr(data-line);
  }
  .label::before {
    content: '(' attr(data-label) ') ';
  }

  .italic {
    font-style: italic;
  }
  .underline {
    text-decoration: underline;
  }
  .strike {
    text-decoration: line-through;
  }

  .probe {
    position: absolute !important;
    visibility: hidden !important;
    width: 0 !important;
    height: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden !important;
  }

  @media (forced-colors: active) {
    .line.highlighted {
      border-inline-start-color: Highlight;
    }
  }

  /* On paper nothing scrolls: long lines wrap (code, unlike a diagram, keeps its meaning wrapped). */
  @media print {
    .block {
      break-inside: avoid;
    }
    .copy {
      display: none;
    }
    .scroller {
      overflow: visible;
      max-height: none;
    }
    pre {
      width: auto;
      min-width: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  }

  /* Content text: its own direction. */
  .caption {
    unicode-bidi: plaintext;
  }
`;
