import { css, unsafeCSS } from 'lit';
import { internalDeclarations, paletteDeclarations } from './tokens.js';

/**
 * Design tokens and the style boundary shared by every element.
 *
 * Tokens are `--inc-*` custom properties. They are set on `:host([theme=…])` so a page rule such as
 * `inc-report-list { --inc-color-accent: tomato }` still wins, and an element without a `theme`
 * inherits its container's tokens (a card inside a dark list is dark). Without any, the light
 * values apply through `var()` fallbacks. The colours themselves live in `tokens.ts`.
 *
 * `.inc-root` is the boundary: `all: initial` drops every inherited property the host page may set
 * (letter-spacing, text-transform, line-height, white-space…) except `direction`, which we keep so
 * right-to-left pages work.
 */
// Generated from the one token table (our own constants, not content), hence unsafeCSS.
const light = unsafeCSS(paletteDeclarations('light'));
const dark = unsafeCSS(paletteDeclarations('dark'));

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    ${unsafeCSS(internalDeclarations())}
    /* Borders that identify a control (inputs, buttons): the border colour pulled towards the muted
       text colour, to reach 3:1 against the backgrounds controls sit on (WCAG 1.4.11). */
    --_control-border: color-mix(in srgb, var(--_muted) 70%, var(--_border));
    --_font: var(
      --inc-font-sans,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_mono: var(
      --inc-font-mono,
      ui-monospace,
      'SFMono-Regular',
      'DejaVu Sans Mono',
      Menlo,
      Consolas,
      'Liberation Mono',
      monospace
    );
    --_radius: var(--inc-radius, 8px);
    --_space: var(--inc-space, 1em);
    --_font-size: var(--inc-font-size, 1em);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='light']) {
    ${light}
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  :host([theme='terminal']) {
    ${unsafeCSS(paletteDeclarations('terminal'))}
    --inc-font-sans: var(--inc-font-mono, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace);
  }

  .inc-root {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    /* The host's own text size (em, never rem: a 62.5% root changes nothing), at least 12 px. Nested
       elements read --inc-font-size again: reset to 1em here so sizes do not compound. */
    font-size: max(var(--_font-size), 12px);
    --inc-font-size: 1em;
    line-height: 1.5;
    color: var(--_text);
    color-scheme: var(--_scheme);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    /* Scroll boxes (diagrams, code) in the theme's colours, not the browser's (a white bar in a dark
       theme); inherited by every scroller inside. */
    scrollbar-color: color-mix(in srgb, var(--_muted) 60%, transparent) transparent;
  }

  .inc-root *,
  .inc-root *::before,
  .inc-root *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  /* Prerendered markup before (or without) the script: the text reads as a page, and controls
     that only work once the element is defined (search, tag buttons, copy) are not offered yet.
     They keep their space, so nothing moves when the element takes over. */
  :host(:not(:defined)) button,
  :host(:not(:defined)) input {
    visibility: hidden !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
