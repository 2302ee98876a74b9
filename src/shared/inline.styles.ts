import { css } from 'lit';

/** Links and code spans of the inline subset (`renderInline`), wherever content text is shown. */
export const inlineStyles = css`
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  code {
    font-family: var(--_mono);
    font-size: max(0.9em, 12px);
    background: var(--_code-bg);
    padding: 0.1em 0.3em;
    border-radius: 4px;
  }
`;
