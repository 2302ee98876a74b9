/**
 * The id a deep link asks for: `location.hash` without its `#`, percent-decoded. `''` when there is
 * no hash, no `location` (server rendering) or the hash is malformed (`#%E0`): a bad link asks for nothing.
 */
export function readHashId(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash;
  if (hash.length < 2) return '';
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * Everything that follows the URL's hash (cards, windowed lists) listens through one shared pair of
 * window listeners: ten thousand cards adding their own made every removal scan a list of twenty
 * thousand (seconds to clear a long list).
 */
const historyListeners = new Set<() => void>();
const notifyAll = (): void => {
  for (const listener of historyListeners) listener();
};

/** Calls `listener` on every `hashchange` and `popstate` until `stopListening`. */
export function listenToHistory(listener: () => void): void {
  if (historyListeners.size === 0) {
    globalThis.addEventListener?.('hashchange', notifyAll);
    globalThis.addEventListener?.('popstate', notifyAll);
  }
  historyListeners.add(listener);
}

/** Stops calling `listener` (the window listeners go with the last one). */
export function stopListening(listener: () => void): void {
  if (!historyListeners.delete(listener) || historyListeners.size > 0) return;
  globalThis.removeEventListener?.('hashchange', notifyAll);
  globalThis.removeEventListener?.('popstate', notifyAll);
}
