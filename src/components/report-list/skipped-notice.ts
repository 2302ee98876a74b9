import { css, html, nothing } from 'lit';
import type { ContentIssue } from '../../data/index.js';
import { skippedReportCount } from '../../shared/content-controller.js';
import type { TextFn } from '../../shared/strings.js';

/** At most this many problems are named; the event carries them all. */
const SHOWN = 10;

/**
 * The quiet notice above a list that rendered without some invalid reports: how many were left out
 * and why, each problem with its JSON path ("1 report(s) not shown: reports[3].url: must be …").
 */
export function renderSkippedNotice(skipped: readonly ContentIssue[], text: TextFn<'skippedReports'>) {
  if (skipped.length === 0) return nothing;
  return html`<div class="skipped" part="skipped" role="note">
    <span>${text('skippedReports', { count: skippedReportCount(skipped) })}</span>
    <ul>
      ${skipped.slice(0, SHOWN).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      ${skipped.length > SHOWN ? html`<li>… ${skipped.length - SHOWN}</li>` : nothing}
    </ul>
  </div>`;
}

/** Small and muted: the page works, this is for whoever maintains the content. */
export const skippedNoticeStyles = css`
  .skipped {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .skipped ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .skipped code {
    overflow-wrap: anywhere;
  }
`;
