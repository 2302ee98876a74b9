import { css } from 'lit';

export const reportStyles = css`
  .report {
    max-width: var(--inc-report-max-width, 72ch);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    line-height: 1.65;
  }
  :host([theme]) .report {
    padding: var(--inc-report-padding, calc(var(--_space) * 1.5));
  }
  .header {
    display: grid;
    gap: 0.45rem;
    margin-block-end: 1rem;
  }
  .title {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .authors {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    font-size: 1.125em;
    margin: 0 0 1rem;
  }
  .outcomes {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block-end: 1rem;
  }
  .section {
    margin-block: 1.5rem;
  }
  .section > p {
    margin: 0;
  }

  .heading {
    font-weight: 700;
    line-height: 1.3;
    margin: 1.75rem 0 0.5rem;
    scroll-margin-top: 1rem;
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
    margin: 0 0 0.9rem;
  }
  .body li + li {
    margin-top: 0.25rem;
  }

  .quote {
    margin: 1rem 0;
    padding: 0.25rem 0 0.25rem 1rem;
    border-inline-start: 4px solid var(--_border);
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote figcaption {
    margin-top: 0.35rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .callout {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
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
  .timeline li {
    position: relative;
    padding: 0 0 0.6rem 1rem;
    display: grid;
    grid-template-columns: minmax(5.5rem, auto) 1fr;
    gap: 0.75rem;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -6px;
    top: 0.55em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .timeline .at {
    font-family: var(--_mono);
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }

  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .actions li {
    display: flex;
    gap: 0.6rem;
    align-items: baseline;
  }
  .actions .state {
    flex: none;
    font-size: 0.75em;
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
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions .ref {
    color: var(--_accent);
  }

  inc-ascii-diagram,
  inc-code-block {
    margin-block: 1rem;
  }

  .message {
    margin: 0;
    color: var(--_muted);
  }
  .skeleton {
    min-height: 16rem;
  }
`;
