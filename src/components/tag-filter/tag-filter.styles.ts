import { css } from 'lit';

export const tagFilterStyles = css`
  .filter {
    display: grid;
    gap: 0.6em;
  }
  /* Themed on its own (outside a list, e.g. with for=): paint the theme's background. */
  :host([theme]) .filter {
    background: var(--_bg);
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  .search input {
    display: block;
    width: 100%;
    max-width: 28em;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_control-border);
    border-radius: 6px;
    padding: 0.4em 0.7em;
  }
  .search input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .tags > li {
    min-width: 0;
    max-width: 100%;
  }
  .tag,
  .more,
  .match button,
  .clear {
    font-size: max(0.8125em, 12px);
    line-height: 1.6;
    padding: 0.1em 0.7em;
    border-radius: 999px;
    border: 1px solid var(--_control-border);
    background: var(--_bg);
    cursor: pointer;
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .tag:hover,
  .more:hover,
  .match button:hover,
  .clear:hover {
    border-color: var(--_accent);
  }
  .tag[aria-pressed='true'],
  .match button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  /* Isolated (with the tag name in a <bdi>): right to left, the count stays apart from its label. */
  .count {
    margin-inline-start: 0.45em;
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
    unicode-bidi: isolate;
  }
  .more {
    border-style: dashed;
    color: var(--_accent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .match {
    display: inline-flex;
  }
  .match button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .match button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -1px;
  }
  .status {
    margin: 0;
    /* Its own direction: "7 of 7 reports match" keeps its order on a right-to-left page. */
    unicode-bidi: plaintext;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }

  @media print {
    /* Controls only: nothing to press on paper. */
    :host {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    /* Pressed is a fill: system colours would paint it like any other button. */
    .tag[aria-pressed='true'],
    .match button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;
