import { html, nothing } from 'lit';
import type { TextFn } from './strings.js';
import type { CONTENT_STRINGS } from './strings/content.js';
import type { ContentResult } from './content-source.js';

type Failure = Extract<ContentResult, { ok: false }>;

/**
 * The error state every element shows: what went wrong, each content problem with its JSON path,
 * and a retry button when trying again can help.
 */
export function renderContentError(
  error: Failure,
  source: string,
  text: TextFn<keyof typeof CONTENT_STRINGS>,
  retry: () => void,
) {
  return html`<div class="error" part="error" role="alert">
    <p class="error-title"><strong>${text('errorTitle')}</strong></p>
    <p class="error-message">
      ${error.reason === 'content' ? text('errorContent', { count: error.issues.length }) : error.message}
      ${error.reason !== 'content' && source ? html`<span class="error-source">(${source})</span>` : nothing}
    </p>
    ${
      error.issues.length
        ? html`<ul class="issues">
            ${error.issues
              .slice(0, 50)
              .map(
                (issue) =>
                  html`<li><code class="path">${issue.path || '(root)'}</code> ${issue.message}</li>`,
              )}
            ${error.issues.length > 50 ? html`<li>… ${error.issues.length - 50} more</li>` : nothing}
          </ul>`
        : nothing
    }
    ${
      error.retryable
        ? html`<button class="retry" part="retry-button" type="button" @click=${retry}>
            ${text('retry')}
          </button>`
        : nothing
    }
  </div>`;
}
