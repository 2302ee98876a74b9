import { css } from 'lit';

export const reportStyles = css`
  .report {
    max-width: var(--inc-report-max-width, 72ch);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    line-height: 1.65;
    /* Long words and URLs wrap inside the report's width rather than widening it. */
    overflow-wrap: anywhere;
  }
  :host([theme]) .report {
    padding: var(--inc-report-padding, calc(var(--_space) * 1.5));
  }
  .header {
    display: grid;
    gap: 0.45em;
    margin-block-end: 1em;
  }
  .title {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .authors {
    margin: 0;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  .summary {
    font-size: 1.125em;
    margin: 0 0 1em;
  }
  .outcomes {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block-end: 1em;
  }
  .section {
    margin-block: 1.5em;
  }
  .section > p {
    margin: 0;
  }

  .heading {
    font-weight: 700;
    line-height: 1.3;
    margin: 1.75em 0 0.5em;
    scroll-margin-top: 1em;
    overflow-wrap: anywhere;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .h2 {
    font-size: 1.3em;
  }
  .h3 {
    font-size: 1.125em;
  }
  .h4 {
    font-size: 1em;
  }
  .anchor {
    margin-inline-start: 0.4em;
    color: var(--_muted);
    text-decoration: underline dotted;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .heading:hover .anchor,
  .anchor:focus-visible {
    opacity: 1;
  }
  @media (hover: none) {
    .anchor {
      opacity: 1;
    }
  }

  .body p,
  .body ul,
  .body ol {
    margin: 0 0 0.9em;
  }
  .body li + li {
    margin-block-start: 0.25em;
  }

  .quote {
    margin: 1em 0;
    padding-block: 0.25em;
    padding-inline: 1em 0;
    border-inline-start: 4px solid var(--_border);
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote figcaption {
    margin-block-start: 0.35em;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }

  .callout {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_tone);
    border-inline-start-width: 4px;
    background: color-mix(in srgb, var(--_tone) 8%, var(--_bg));
  }
  .callout .tone {
    color: var(--_tone);
  }
  .callout[data-tone='info'] {
    --_tone: var(--inc-callout-info, var(--_status-operating));
  }
  .callout[data-tone='warning'] {
    --_tone: var(--inc-callout-warning, var(--_status-monitoring));
  }
  .callout[data-tone='danger'] {
    --_tone: var(--inc-callout-danger, var(--_status-investigating));
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  /* The time and the text side by side while there is room, the text below the time otherwise. */
  .timeline li {
    position: relative;
    padding-block: 0 0.6em;
    padding-inline: 1em 0;
  }
  .timeline li > * {
    min-width: 0;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -6px;
    inset-block-start: 0.55em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .timeline .at {
    flex: 0 0 auto;
    min-width: 5.5em;
    max-width: 100%;
    font-family: var(--_mono);
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }

  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .actions li {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
  }
  .actions li > * {
    min-width: 0;
  }
  .actions .state {
    flex: none;
    font-size: max(0.75em, 12px);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    padding: 0 0.5em;
    border-radius: 4px;
    border: 1px solid var(--_border);
  }
  .actions .done .state {
    color: var(--_status-resolved);
  }
  .actions .open .state {
    color: var(--_status-identified);
  }
  .actions .owner,
  .actions .ref {
    margin-inline-start: 0.5em;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  .actions .ref {
    color: var(--_accent);
  }

  inc-ascii-diagram,
  inc-code-block {
    margin-block: 1em;
  }

  .message {
    margin: 0;
    color: var(--_muted);
  }
  .skeleton {
    min-height: 16em;
  }

  @media print {
    .anchor {
      display: none;
    }
    .quote,
    .callout,
    .outcomes {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
  }

  /* Content text: its own direction (see report-parts.styles.ts). */
  .authors,
  .heading,
  .body p,
  .body li,
  .quote blockquote,
  .quote figcaption,
  .callout,
  .timeline li > *,
  .actions li > * {
    unicode-bidi: plaintext;
  }

  /* View: the timeline is one grid, so every row's text starts at the same x whatever its label's
     width; prose keeps a readable measure even where the report is wider (opened in a card). */
  .timeline {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    column-gap: 0.75em;
  }
  .timeline li {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }
  .timeline .at {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .summary,
  .section > p,
  .timeline,
  .actions,
  .body > p,
  .body > ul,
  .body > ol,
  .quote,
  .callout {
    max-inline-size: 72ch;
  }
  .summary.lead {
    font-weight: normal;
  }
`;
