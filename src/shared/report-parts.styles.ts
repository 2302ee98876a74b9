import { css } from 'lit';

/** Badges, meta line, outcomes and tags: shared by the card and the full report. */
export const reportPartsStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
    font-size: max(0.8125em, 12px);
  }
  .top > *,
  .tags > li {
    min-width: 0;
    max-width: 100%;
  }
  /* No id, status or meta to show (most feeds' posts): no empty row and gap above the title. */
  .top:not(:has(*)) {
    display: none;
  }
  .id,
  .slug {
    font-family: var(--_mono);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .id {
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
    font-size: max(0.9em, 12px);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_status, var(--_muted));
    background: color-mix(in srgb, var(--_status, var(--_muted)) 12%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_status, var(--_muted)) 45%, transparent);
    overflow-wrap: anywhere;
  }
  .status::before {
    content: '';
    flex: none;
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
    overflow-wrap: anywhere;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  .sep {
    white-space: pre;
  }

  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0.25em 0 0;
  }
  .outcome {
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .outcome dt {
    font-size: max(0.8125em, 12px);
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
    gap: 0.375em;
  }
  .tag {
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
    display: inline-block;
    font-size: max(0.8125em, 12px);
    line-height: 1.6;
    padding: 0 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }

  @media (forced-colors: active) {
    /* The dot is a background: system colours would erase it. Draw it in the text colour. */
    .status::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .status,
    .severity {
      border-color: CanvasText;
    }
  }

  /* Content text takes its direction from its own first strong character (as dir="auto" would), so a
     left-to-right title, id or number range keeps its order on a right-to-left page; text with no
     strong character (95% → 85%) is left to right. */
  .title,
  .summary,
  .id,
  .tag,
  .outcome dt,
  .outcome dd {
    unicode-bidi: plaintext;
  }

  /* View: a chosen meta line (runs of text joined by " · "); the authored slug is styled with the id. */
  .meta-run {
    color: var(--_muted);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* A meta line follows the page's direction (its fields in the page's order), and each field is
     isolated with its own direction, so "10 min read" or a date keeps its order on a right-to-left page. */
  .meta > :not(.sep),
  .meta-run > :not(.sep) {
    unicode-bidi: plaintext;
  }
`;
