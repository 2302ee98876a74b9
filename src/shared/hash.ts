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
