import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MATCH_MODES, parseTagList, type FilterState, type MatchMode } from '../../shared/filter-state.js';

/** The page-URL parameters a synced list reads and writes. */
export const URL_PARAMS = { tags: 'tags', match: 'match', query: 'q' } as const;

/**
 * Mirrors a filter to the page URL (`?tags=Go,Kafka&match=all&q=lock`) so a filtered view can be
 * shared, survives reload, and follows back/forward. Tag and match changes add a history entry;
 * typing in the search box replaces the current one so Back does not replay every keystroke.
 */
export class UrlSyncController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #apply: (filter: FilterState) => void;
  readonly #enabled: () => boolean;
  #listening = false;

  constructor(host: ReactiveControllerHost, enabled: () => boolean, apply: (filter: FilterState) => void) {
    this.#host = host;
    this.#enabled = enabled;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stopListening();
  }

  /** Starts or stops following the URL as `sync-url` is toggled; applies the URL's filter when starting. */
  sync(): void {
    // A list removed before its first update must not start listening (it would never stop).
    if (!(this.#host as unknown as Element).isConnected) return;
    if (this.#enabled() && !this.#listening) {
      globalThis.addEventListener?.('popstate', this.#onPopState);
      this.#listening = true;
      const fromUrl = UrlSyncController.read();
      if (fromUrl) this.#apply(fromUrl);
    } else if (!this.#enabled()) {
      this.#stopListening();
    }
  }

  /** Writes `filter` to the URL; no-op when not synced or already equal. */
  write(filter: FilterState, replace: boolean): void {
    if (!this.#enabled() || typeof location === 'undefined') return;
    const url = new URL(location.href);
    const set = (name: string, value: string) =>
      value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
    set(URL_PARAMS.tags, filter.tags.join(','));
    set(URL_PARAMS.match, filter.match === 'all' ? 'all' : '');
    set(URL_PARAMS.query, filter.query);
    if (url.href === location.href) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** The filter in the current URL, or undefined when it names none. */
  static read(): FilterState | undefined {
    if (typeof location === 'undefined') return undefined;
    const params = new URL(location.href).searchParams;
    if (![URL_PARAMS.tags, URL_PARAMS.match, URL_PARAMS.query].some((p) => params.has(p))) return undefined;
    const match = params.get(URL_PARAMS.match)?.toLowerCase();
    return {
      tags: parseTagList(params.get(URL_PARAMS.tags)),
      match: MATCH_MODES.includes(match as MatchMode) ? (match as MatchMode) : 'any',
      query: params.get(URL_PARAMS.query) ?? '',
    };
  }

  readonly #onPopState = (): void => {
    this.#apply(UrlSyncController.read() ?? { tags: [], match: 'any', query: '' });
    this.#host.requestUpdate();
  };

  #stopListening(): void {
    if (!this.#listening) return;
    globalThis.removeEventListener?.('popstate', this.#onPopState);
    this.#listening = false;
  }
}
