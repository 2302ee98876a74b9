import { css } from 'lit';

/**
 * Design tokens and the style boundary shared by every element.
 *
 * Tokens are `--inc-*` custom properties. They are set on `:host([theme=…])` so a page rule such as
 * `inc-report-list { --inc-color-accent: tomato }` still wins, and an element without a `theme`
 * inherits its container's tokens (a card inside a dark list is dark). Without any, the light
 * values below apply through `var()` fallbacks.
 *
 * `.inc-root` is the boundary: `all: initial` drops every inherited property the host page may set
 * (letter-spacing, text-transform, line-height, white-space…) except `direction`, which we keep so
 * right-to-left pages work.
 */
/** The dark look, used by `theme="dark"` and by `theme="auto"` when the reader prefers dark. */
const darkTokens = css`
  --inc-color-bg: #0d1117;
  --inc-color-surface: #161b22;
  --inc-color-text: #e6edf3;
  --inc-color-muted: #9da7b3;
  --inc-color-border: #30363d;
  --inc-color-accent: #58a6ff;
  --inc-color-focus: #79c0ff;
  --inc-color-code-bg: #1f2630;
  --inc-status-investigating: #ff7b72;
  --inc-status-identified: #ffa657;
  --inc-status-monitoring: #e3b341;
  --inc-status-resolved: #56d364;
  --inc-status-postmortem: #d2a8ff;
  --inc-status-operating: #79c0ff;
  --inc-status-retired: #9da7b3;
`;

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    --_bg: var(--inc-color-bg, #ffffff);
    --_surface: var(--inc-color-surface, #f6f8fa);
    --_text: var(--inc-color-text, #1f2328);
    --_muted: var(--inc-color-muted, #57606a);
    --_border: var(--inc-color-border, #d0d7de);
    /* Borders that identify a control (inputs, buttons): the border colour pulled towards the muted
       text colour, to reach 3:1 against the backgrounds controls sit on (WCAG 1.4.11). */
    --_control-border: color-mix(in srgb, var(--_muted) 70%, var(--_border));
    --_accent: var(--inc-color-accent, #0550ae);
    --_focus: var(--inc-color-focus, #0969da);
    --_code-bg: var(--inc-color-code-bg, #eff1f3);
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
    --inc-color-bg: #ffffff;
    --inc-color-surface: #f6f8fa;
    --inc-color-text: #1f2328;
    --inc-color-muted: #57606a;
    --inc-color-border: #d0d7de;
    --inc-color-accent: #0550ae;
    --inc-color-focus: #0969da;
    --inc-color-code-bg: #eff1f3;
    --inc-status-investigating: #a40e26;
    --inc-status-identified: #953800;
    --inc-status-monitoring: #7d4e00;
    --inc-status-resolved: #116329;
    --inc-status-postmortem: #6639ba;
    --inc-status-operating: #0a3f8a;
    --inc-status-retired: #4b535d;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([theme='terminal']) {
    --inc-color-bg: #0c0f0c;
    --inc-color-surface: #111611;
    --inc-color-text: #d4f5d0;
    --inc-color-muted: #9cc596;
    --inc-color-border: #2d4a2d;
    --inc-color-accent: #7ee787;
    --inc-color-focus: #a5f3a0;
    --inc-color-code-bg: #162016;
    --inc-status-investigating: #ff8f87;
    --inc-status-identified: #ffb77a;
    --inc-status-monitoring: #f0d264;
    --inc-status-resolved: #7ee787;
    --inc-status-postmortem: #d8b9ff;
    --inc-status-operating: #8fd0ff;
    --inc-status-retired: #a9b8a6;
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
