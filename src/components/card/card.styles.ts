import { css } from 'lit';

export const cardStyles = css`
  :host {
    margin-block-end: var(--inc-card-gap, 0.75em);
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.25);
    display: grid;
    /* One column that never grows past the card: a grid item's min-content (a long word, a wide
       diagram or code line, an opened report) must not widen the track. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    min-width: 0;
  }
  .title,
  .summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }

  button.tag {
    cursor: pointer;
    border-color: var(--_control-border);
  }
  button.tag:hover {
    border-color: var(--_accent);
  }
  button.tag[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }

  .read,
  .open-report {
    justify-self: start;
    max-width: 100%;
    font-size: max(0.9375em, 12px);
    font-weight: 600;
  }
  .read {
    overflow-wrap: anywhere;
  }

  .open-report {
    padding: 0.3em 0.9em;
    border-radius: 6px;
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  .open-report[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .full-report {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1em;
  }

  details > summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: max(0.875em, 12px);
    width: fit-content;
  }
  details[open] > summary {
    margin-block-end: 0.5em;
  }

  inc-ascii-diagram {
    margin-block-start: 0.25em;
  }

  /* Row: one compact line per report, for long lists. Stacked like a card while the row is narrow;
     from 36em on, the id and status take at most a third of the row, beside the title (a report
     with neither shows no header, and no gap before its title). The query is on the host (a row in
     a list is always a block, as wide as the list). */
  :host([variant='row']) {
    container: inc-row / inline-size;
  }
  :host([variant='row']) .card {
    gap: 0.25em;
    padding: 0.6em 0.9em;
    border-radius: calc(var(--_radius) / 2);
  }
  @container inc-row (min-width: 36em) {
    :host([variant='row']) .card {
      grid-template-columns: fit-content(33%) minmax(0, 1fr);
      align-items: baseline;
      column-gap: 1em;
    }
    :host([variant='row']) .card:not(:has(> .top > *)) {
      column-gap: 0;
    }
    :host([variant='row']) .top {
      grid-column: 1;
    }
    :host([variant='row']) .card > :not(.top, .full-report) {
      grid-column: 2;
    }
    :host([variant='row']) .full-report {
      grid-column: 1 / -1;
    }
  }
  :host([variant='row']) .title {
    font-size: 1em;
  }
  :host([variant='row']) .summary {
    font-size: max(0.9375em, 12px);
    color: var(--_muted);
  }

  .message {
    margin: 0;
    color: var(--_muted);
  }
  .message[role='alert'] {
    color: var(--_status-investigating);
  }

  .skeleton {
    min-height: 8em;
  }

  @media print {
    .card {
      break-inside: avoid;
    }
    .open-report {
      display: none;
    }
    button.tag {
      cursor: auto;
    }
  }

  @media (forced-colors: active) {
    /* Pressed is a fill: system colours would paint it like any other button. */
    button.tag[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .open-report[aria-expanded='true'] {
      forced-color-adjust: none;
      background: ButtonText;
      border-color: ButtonText;
      color: ButtonFace;
    }
  }

  /* View: a title-less report's summary leads as text (it is the heading, styled as the summary);
     "+N more" tags; the report opened in place reads at a text measure within the card. */
  .summary.lead {
    font-weight: normal;
  }
  .more-tags {
    font: inherit;
    font-size: max(0.8125em, 12px);
    line-height: 1.6;
    padding: 0 0.6em;
    border-radius: 999px;
    border: 1px dashed var(--_control-border);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .more-tags:hover {
    border-style: solid;
  }
  .card > * {
    min-width: 0;
  }
  .full-report inc-report {
    display: block;
    --inc-report-max-width: 100%;
  }
`;
