import { css } from 'lit';

/** Badges, meta line, outcomes and tags: shared by the card and the full report. */
export const reportPartsStyles = css`
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
    --_status: var(--_status-investigating);
  }
  .status[data-status='identified'] {
    --_status: var(--_status-identified);
  }
  .status[data-status='monitoring'] {
    --_status: var(--_status-monitoring);
  }
  .status[data-status='resolved'] {
    --_status: var(--_status-resolved);
  }
  .status[data-status='postmortem'] {
    --_status: var(--_status-postmortem);
  }
  .status[data-status='operating'] {
    --_status: var(--_status-operating);
  }
  .status[data-status='retired'] {
    --_status: var(--_status-retired);
  }
  .status[data-status='retired']::before {
    border-radius: 0;
  }
  .severity {
    --_status: var(--_status-investigating);
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
`;
