import { createContext } from '@lit/context';
import type { Collection } from '../data/index.js';
import type { FilterState, MatchMode, TagCount } from './filter-state.js';

/**
 * What a list shares with its descendants (cards, tag filters): the content, the filter and the
 * operations on it. A new object on every change, so subscribed consumers (tag filters) re-render.
 * Cards do not subscribe: thousands of them would all re-render on every keystroke. They read the live
 * `selection` when they render, and the list asks the visible cards whose tags changed to re-render.
 */
/**
 * How a list asks its cards to show reports: its `meta`, `link-label` and `tag-limit`. One object for
 * the list's lifetime, updated in place (cards read it when they render; the list re-renders them
 * when it changes).
 */
export interface CardDisplay {
  meta?: string;
  linkLabel?: string;
  tagLimit?: number;
}

export interface ListState {
  collection: Collection;
  filter: FilterState;
  /** Keys (see `tagKey`) of the selected tags: one Set for the list's lifetime, updated in place. */
  selection: ReadonlySet<string>;
  /** The list's card display options (see `CardDisplay`). */
  display: Readonly<CardDisplay>;
  /** Reports matching the filter. */
  matchCount: number;
  /** The filter just changed and a long list counts its matches after the next paint: `matchCount` is the previous filter's. */
  pending: boolean;
  /** Every tag in the collection with its count, most used first. */
  tagCounts: TagCount[];
  toggleTag(tag: string): void;
  setTags(tags: string[]): void;
  setMatch(match: MatchMode): void;
  setQuery(query: string): void;
  clearFilters(): void;
}

export const listStateContext = createContext<ListState | undefined>(
  Symbol.for('incident-elements.list-state'),
);
