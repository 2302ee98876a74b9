import { css } from 'lit';

export const cardStyles = css`
  :host {
    margin-block-end: var(--inc-card-gap, 0.75rem);
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.25);
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }

  .slug {
    font-family: var(--_mono);
    color: var(--_muted);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }

  .summary {
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
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

  .read {
    justify-self: start;
    font-size: 0.9375em;
    font-weight: 600;
  }

  .open-report {
    justify-self: start;
    padding: 0.3rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    font-size: 0.9375em;
    cursor: pointer;
  }
  .open-report[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .full-report {
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }

  details > summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.875em;
    width: fit-content;
  }
  details[open] > summary {
    margin-block-end: 0.5rem;
  }

  inc-ascii-diagram {
    margin-top: 0.25rem;
  }

  /* Row: one compact line per report, for long lists. */
  :host([variant='row']) .card {
    grid-template-columns: auto 1fr;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.6rem 0.9rem;
    border-radius: calc(var(--_radius) / 2);
  }
  :host([variant='row']) .top {
    grid-column: 1;
  }
  :host([variant='row']) .title,
  :host([variant='row']) .summary,
  :host([variant='row']) .meta,
  :host([variant='row']) .tags,
  :host([variant='row']) .outcomes,
  :host([variant='row']) .read,
  :host([variant='row']) details,
  :host([variant='row']) inc-ascii-diagram {
    grid-column: 2;
  }
  :host([variant='row']) .title {
    font-size: 1em;
  }
  :host([variant='row']) .summary {
    font-size: 0.9375em;
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
    min-height: 8rem;
  }
`;
