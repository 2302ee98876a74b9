// Tiny hosts and content for testing the list's controllers alone (no cards, no content loading).
import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Collection, Report } from '../../../src/data/index.js';
import type { ListState } from '../../../src/shared/context.js';
import type { MatchMode } from '../../../src/shared/filter-state.js';
import { FilterController } from '../../../src/components/report-list/filter-controller.js';
import { GrowthController } from '../../../src/components/report-list/growth-controller.js';
import { VisibilityController } from '../../../src/components/report-list/visibility-controller.js';

/** `count` reports `R-0`… with the tags `tagsOf(i)`, dated so that newest first is R-0 first. */
export function makeCollection(count: number, tagsOf: (i: number) => string[] = () => []): Collection {
  const reports = Array.from({ length: count }, (_, i): Report => ({
    id: `R-${i}`,
    title: `Report ${i}`,
    tags: tagsOf(i),
    groups: [],
    date: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString().slice(0, 10),
    authors: [],
    outcomes: [],
    timeline: [],
    actionItems: [],
    body: [],
  }));
  return { groups: [], reports };
}

/** Stands in for a card: an updating element (the measurement waits for items' first updates). */
class TestCard extends LitElement {
  override createRenderRoot() {
    return this;
  }
}
customElements.define('list-test-card', TestCard);

/**
 * The list's three controllers on a host that renders the same structure as the list (sections,
 * `.items`, `.chunk`, `.item`) with a 100 px box holding a plain updating element per item instead of a card.
 */
export class ControllerHost extends LitElement {
  static override styles = css`
    .item {
      height: 100px;
    }
    .collapsed {
      display: none;
    }
  `;
  static override properties = {
    tags: {},
    match: {},
    query: {},
    syncUrl: { type: Boolean },
    collection: { attribute: false },
  };
  declare tags: string;
  declare match: MatchMode;
  declare query: string;
  declare syncUrl: boolean;
  declare collection: Collection | undefined;
  state: ListState | undefined;
  focusChecks = 0;
  /** Filter after the next paint, as a windowed list does. */
  deferFilter = false;
  readonly filtering = new FilterController(this, () => this.deferFilter);
  readonly growth: GrowthController = new GrowthController(this, {
    loading: () => false,
    deferred: () => this.visibility.hasDeferred,
    windowed: () => false,
  });
  readonly visibility: VisibilityController = new VisibilityController(
    this,
    this.filtering,
    this.growth,
    () => this.focusChecks++,
  );

  constructor() {
    super();
    this.tags = '';
    this.match = 'any';
    this.query = '';
    this.syncUrl = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) this.filtering.syncUrl();
    const reordered = this.growth.arrange(this.collection, 'date-desc', 'none', 'Other');
    const state = this.filtering.arrange(this.collection, this.growth.ordered, 'date-desc', reordered, {});
    if (state) this.state = state;
  }

  protected override updated(): void {
    this.visibility.afterUpdate('', this.collection, false);
    this.growth.schedule();
    this.filtering.announce(this.collection !== undefined);
  }

  override render() {
    let budget = this.growth.renderLimit;
    return html`<div class="sections">
      ${this.growth.sections.map((section) => {
        const chunks = this.growth
          .chunksOf(section)
          .filter((chunk) => (budget -= chunk.length) + chunk.length > 0);
        return html`<section>
          <div class="items">
            ${chunks.map(
              (chunk) =>
                html`<div class="chunk">
                  ${chunk.map((report) => html`<div class="item"><list-test-card>${report.id}</list-test-card></div>`)}
                </div>`,
            )}
          </div>
        </section>`;
      })}
    </div>`;
  }

  /** The ids of the items shown (not hidden, not in a collapsed chunk). */
  shownIds(): string[] {
    return [
      ...this.renderRoot.querySelectorAll<HTMLElement>('.chunk:not(.collapsed) > .item:not([hidden])'),
    ].map((item) => item.textContent.trim());
  }
}
customElements.define('list-controller-host', ControllerHost);
