// Loaded with `@lit-labs/virtualizer` when a list first windows (see WindowController): a page with
// short lists never fetches either.
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import type { TemplateResult } from 'lit';
import type { Report } from '../../data/index.js';
import type { Section } from './arrange.js';
import { FrameResizeObserver } from './frame-resize-observer.js';

provideResizeObserver(FrameResizeObserver);

/** One row of a windowed list: a report, with its section's heading when it is the section's first. */
export interface WindowItem {
  /** Stable across filter changes (section and position in it), so shown cards are kept. */
  key: string;
  report: Report;
  /** The section whose heading comes before this report (its first matching one), if titled. */
  section?: Section;
}

interface VirtualizerHandle {
  layoutComplete: Promise<void>;
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
}

const handleOf = (container: HTMLElement): VirtualizerHandle | undefined =>
  (container as HTMLElement & Record<symbol, VirtualizerHandle | undefined>)[virtualizerRef];

/**
 * One list's window: the matching reports of its sections flattened in display order (cached per
 * sections and filter), rendered by the virtualizer; and the URL's `#id` scrolled into it.
 */
export class VirtualWindow {
  #items: WindowItem[] = [];
  #itemsSections: readonly Section[] | undefined;
  #itemsMatching: ReadonlySet<Report> | undefined;
  /** The hash last scrolled to, so an update does not scroll the reader back to it. */
  #scrolledTo = '';

  /** The matching reports of `sections` in display order (one array per sections and filter). */
  itemsOf(sections: readonly Section[], matching: ReadonlySet<Report>): WindowItem[] {
    if (sections === this.#itemsSections && matching === this.#itemsMatching) return this.#items;
    const items: WindowItem[] = [];
    for (const [s, section] of sections.entries()) {
      let heading = Boolean(section.title || section.description);
      for (const [r, report] of section.reports.entries()) {
        if (!matching.has(report)) continue;
        items.push(heading ? { key: `${s}:${r}`, report, section } : { key: `${s}:${r}`, report });
        heading = false;
      }
    }
    this.#itemsSections = sections;
    this.#itemsMatching = matching;
    return (this.#items = items);
  }

  render(items: WindowItem[], renderItem: (item: WindowItem, index: number) => TemplateResult): unknown {
    return virtualize({ items, renderItem, keyFunction: (item) => item.key });
  }

  /**
   * Resolves `true` once the window rendered in `container` has settled (measured, positions
   * corrected); `false` if the list left the page first (the virtualizer then rejects its promise).
   */
  settled(container: HTMLElement): Promise<boolean> {
    const handle = handleOf(container);
    return handle
      ? handle.layoutComplete.then(
          () => true,
          () => false,
        )
      : Promise.resolve(true);
  }

  /** Scrolls the report `hash` (the URL's) names into the window rendered in `container`, once per hash. */
  scrollToHash(container: HTMLElement, hash: string, again = false): void {
    if (again) this.#scrolledTo = '';
    if (!hash || hash === this.#scrolledTo) return;
    const index = this.#items.findIndex(
      ({ report }) => hash === report.id || hash.startsWith(`${report.id}--`),
    );
    if (index < 0) return; // not loaded yet, filtered out, or not a report: a later update looks again
    this.#scrolledTo = hash;
    void this.settled(container).then(
      (settled) => settled && handleOf(container)?.element(index)?.scrollIntoView({ block: 'start' }),
    );
  }
}
