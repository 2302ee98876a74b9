import { css } from 'lit';

/** The error state shared by every element that loads content. */
export const errorStyles = css`
  .error {
    border: 1px solid var(--_status-investigating);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75rem 1rem;
    color: var(--_text);
  }
  .error p {
    margin: 0 0 0.25rem;
  }
  .error-source {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .issues {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .issues .path {
    font-family: var(--_mono);
    font-size: 0.875em;
    background: var(--_code-bg);
    padding: 0 0.3em;
    border-radius: 4px;
  }
  .retry {
    margin-top: 0.5rem;
    padding: 0.3rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--_control-border);
    background: var(--_bg);
    cursor: pointer;
  }
  .retry:hover {
    border-color: var(--_accent);
  }
`;
