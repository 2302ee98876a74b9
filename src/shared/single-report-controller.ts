import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Report } from '../data/index.js';
import { ContentController, LOAD_STATUS } from './content-controller.js';
import type { ContentResult } from './content-source.js';
import { incEvent } from './events.js';
import { renderContentError } from './render-error.js';
import type { TextFn } from './strings.js';
import type { CONTENT_STRINGS } from './strings/content.js';

/** An element that shows one report: given directly, or picked by id from a collection at `src`. */
interface SingleReportHost extends ReactiveControllerHost, HTMLElement {
  report?: Report;
  src?: string;
  reportId?: string;
  timeout: number;
  readonly hasUpdated: boolean;
}

/**
 * The source logic shared by `inc-card` and `inc-report`: fetch `src` (or read a child
 * `<script type="application/json">`, as `incident-elements render` embeds) when there is no `report`
 * (again if the element is re-added mid-fetch), pick `report-id` from it, fire `inc-error` once per
 * load when the id is missing (or not given for a source of several reports: never a guess), and
 * render the loading, error and not-found states.
 */
export class SingleReportController implements ReactiveController {
  readonly #host: SingleReportHost;
  readonly #content: ContentController;
  readonly #text: TextFn<keyof typeof CONTENT_STRINGS>;
  #loadedFor: { src: string | undefined; report: Report | undefined } | undefined;
  #notFoundFor: unknown;

  constructor(host: SingleReportHost, text: TextFn<keyof typeof CONTENT_STRINGS>) {
    this.#host = host;
    this.#text = text;
    // Other reports' problems are not this element's: it reports only when its own report is the one left out.
    this.#content = new ContentController(host, { announceSkipped: false });
    host.addController(this);
  }

  /** The report to show: the property, else the one with `report-id` (or the only one) from `src`. */
  get report(): Report | undefined {
    if (this.#host.report) return this.#host.report;
    const reports = this.#content.collection?.reports;
    if (!reports) return undefined;
    const id = this.#reportId;
    if (id) return reports.find((r) => r.id === id);
    return reports.length === 1 ? reports[0] : undefined;
  }

  /**
   * `report-id`, or `reportid`: React lowercases `reportId` into that attribute when it renders
   * before the element is defined (server rendering, late registration).
   */
  get #reportId(): string | undefined {
    return this.#host.reportId || this.#host.getAttribute('reportid') || undefined;
  }

  hostConnected(): void {
    // Re-added after a move mid-fetch: the content controller dropped the request, so fetch again.
    if (this.#host.hasUpdated && this.#content.status === LOAD_STATUS.idle) this.#loadedFor = undefined;
  }

  hostUpdate(): void {
    const { src, report } = this.#host;
    if (this.#loadedFor && this.#loadedFor.src === src && this.#loadedFor.report === report) return;
    this.#loadedFor = { src, report };
    if (report) return;
    const inline = src ? null : this.#host.querySelector(':scope > script[type="application/json"]');
    if (src) void this.#content.useUrl(src, this.#host.timeout);
    else if (inline) this.#content.useJsonText(inline.textContent ?? '');
    else if (this.#content.status !== LOAD_STATUS.idle) this.#content.reset();
  }

  hostUpdated(): void {
    const collection = this.#content.collection;
    if (this.#host.report || this.#content.status !== LOAD_STATUS.ready || this.report) return;
    if (this.#notFoundFor === collection) return;
    this.#notFoundFor = collection;
    const invalid = this.#invalidReport();
    this.#host.dispatchEvent(
      incEvent(
        'inc-error',
        invalid
          ? { reason: invalid.reason, message: invalid.message, issues: invalid.issues }
          : { reason: 'not-found', message: this.#notFoundMessage(), issues: [] },
      ),
    );
  }

  /** The loading, error or not-found state, inside a box with `boxClass`; nothing when idle. */
  renderState(boxClass: string) {
    const { status, error } = this.#content;
    if (status === LOAD_STATUS.error && error) {
      return html`<div class="inc-root ${boxClass}" part="base">
        ${renderContentError(error, this.#content.source, this.#text, () => {
          void this.#content.retry();
        })}
      </div>`;
    }
    const invalid = status === LOAD_STATUS.ready ? this.#invalidReport() : undefined;
    if (invalid) {
      return html`<div class="inc-root ${boxClass}" part="base">
        ${renderContentError(invalid, this.#content.source, this.#text, () => undefined)}
      </div>`;
    }
    if (status === LOAD_STATUS.ready) {
      return html`<div class="inc-root ${boxClass}" part="base">
        <p class="message" role="alert">${this.#notFoundMessage()}</p>
      </div>`;
    }
    if (status === LOAD_STATUS.loading) {
      return html`<div class="inc-root ${boxClass} skeleton" part="base" aria-busy="true">
        <p class="message">${this.#text('loading')}</p>
      </div>`;
    }
    return nothing;
  }

  /**
   * When the report asked for is missing and the content had reports left out as invalid, it is most
   * likely one of them: their problems are the error to show, not "not found".
   */
  #invalidReport(): Extract<ContentResult, { ok: false }> | undefined {
    const { skipped } = this.#content;
    if (this.report || skipped.length === 0) return undefined;
    return {
      ok: false,
      reason: 'content',
      message: 'The report does not follow the content format.',
      issues: skipped,
      retryable: false,
    };
  }

  #notFoundMessage(): string {
    const src = this.#host.src || this.#content.source;
    const id = this.#reportId;
    if (id) return this.#text('reportNotFound', { id, src });
    const count = this.#content.collection?.reports.length ?? 0;
    return count === 0 ? this.#text('noReports', { src }) : this.#text('chooseReport', { count, src });
  }
}
