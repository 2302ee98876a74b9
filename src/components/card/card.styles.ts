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

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    font-size: 0.8125em;
  }

  .id {
    font-family: var(--_mono);
    color: var(--_muted);
    letter-spacing: 0.02em;
  }

  .slug {
    font-family: var(--_mono);
    color: var(--_muted);
  }

  .status,
  .severity {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.05em 0.55em;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_status, var(--_muted));
    background: color-mix(in srgb, var(--_status, var(--_muted)) 12%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_status, var(--_muted)) 45%, transparent);
  }

  .status::before {
    content: '';
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  .status[data-status='investigating'] {
    --_status: var(--inc-status-investigating, #a40e26);
  }
  .status[data-status='identified'] {
    --_status: var(--inc-status-identified, #953800);
  }
  .status[data-status='monitoring'] {
    --_status: var(--inc-status-monitoring, #7d4e00);
  }
  .status[data-status='resolved'] {
    --_status: var(--inc-status-resolved, #116329);
  }
  .status[data-status='postmortem'] {
    --_status: var(--inc-status-postmortem, #6639ba);
  }
  .status[data-status='operating'] {
    --_status: var(--inc-status-operating, #0a3f8a);
  }
  .status[data-status='retired'] {
    --_status: var(--inc-status-retired, #4b535d);
  }
  .status[data-status='retired']::before {
    border-radius: 0;
  }

  .severity {
    --_status: var(--inc-status-investigating, #a40e26);
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
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

  code {
    font-family: var(--_mono);
    font-size: 0.9em;
    background: var(--_code-bg);
    padding: 0.1em 0.3em;
    border-radius: 4px;
  }

  .meta {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sep {
    white-space: pre;
  }

  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0.25rem 0 0;
  }
  .outcome {
    display: flex;
    flex-direction: column-reverse;
  }
  .outcome dt {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .outcome dd {
    margin: 0;
    font-weight: 650;
    font-size: 1.125em;
    font-variant-numeric: tabular-nums;
  }

  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .tag {
    display: inline-block;
    font-size: 0.8125em;
    line-height: 1.6;
    padding: 0 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }

  button.tag {
    cursor: pointer;
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
    color: var(--inc-status-investigating, #a40e26);
  }

  .skeleton {
    min-height: 8rem;
  }
`;
