import { css } from 'lit';

/** The error state shared by every element that loads content. */
export const errorStyles = css`
  .error {
    border: 1px solid var(--_status-investigating);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75em 1em;
    color: var(--_text);
  }
  .error p {
    margin: 0 0 0.25em;
  }
  .error-source {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .issues {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .issues .path {
    font-family: var(--_mono);
    font-size: max(0.875em, 12px);
    background: var(--_code-bg);
    padding: 0 0.3em;
    border-radius: 4px;
  }
  .retry {
    margin-block-start: 0.5em;
    padding: 0.3em 0.9em;
    border-radius: 6px;
    border: 1px solid var(--_control-border);
    background: var(--_bg);
    cursor: pointer;
  }
  .retry:hover {
    border-color: var(--_accent);
  }

  @media print {
    .retry {
      display: none;
    }
  }
`;
