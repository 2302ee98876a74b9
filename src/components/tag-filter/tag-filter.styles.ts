import { css } from 'lit';

export const tagFilterStyles = css`
  .filter {
    display: grid;
    gap: 0.6rem;
  }
  /* Themed on its own (outside a list, e.g. with for=): paint the theme's background. */
  :host([theme]) .filter {
    background: var(--_bg);
    padding: 0.75rem;
    border-radius: var(--_radius);
  }
  .search input {
    width: 100%;
    max-width: 28rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_control-border);
    border-radius: 6px;
    padding: 0.4rem 0.7rem;
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
    gap: 0.375rem;
  }
  .tag,
  .more,
  .match button,
  .clear {
    font-size: 0.8125em;
    line-height: 1.6;
    padding: 0.1em 0.7em;
    border-radius: 999px;
    border: 1px solid var(--_control-border);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
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
  .count {
    margin-inline-start: 0.45em;
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .more {
    border-style: dashed;
    color: var(--_accent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .match {
    display: inline-flex;
    gap: 0;
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
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
