// Which rendered chunks of a long list are on or near the screen, in a handful of layout reads.

/** How far beyond the viewport a chunk counts as near (it may scroll in before the next slice). */
const NEAR_PX = 800;

/** At most this many shown items fill the screen and the near margin below it, whatever their size. */
const MAX_ITEMS_TO_FILL = 60;

/** The class of a chunk with nothing to show (collapsed to a zero-height box). */
export const COLLAPSED_CHUNK = 'collapsed';

const isCollapsed = (chunk: HTMLElement) => chunk.classList.contains(COLLAPSED_CHUNK);

/** Collapsed chunks next to the near ones that count as near too (they may be about to show). */
const NEAR_COLLAPSED = 4;

/**
 * The chunks on or near the screen. `chunks` are in document order, so the shown ones are in
 * vertical order and a binary search finds the near ones in a handful of layout reads, whatever
 * the list's length. Collapsed chunks have no height: those between near ones count as near,
 * and so do a few on either side, so clearing a filter fills the screen in the same frame.
 */
export function nearViewport(chunks: readonly HTMLElement[]): Set<HTMLElement> {
  const near = new Set<HTMLElement>();
  if (chunks.length === 0 || typeof innerHeight === 'undefined') return near;
  const shown: number[] = [];
  chunks.forEach((chunk, i) => {
    if (!isCollapsed(chunk)) shown.push(i);
  });
  const rect = (k: number) => chunks[shown[k]!]!.getBoundingClientRect();
  let low = 0;
  let high = shown.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rect(middle).bottom < -NEAR_PX) low = middle + 1;
    else high = middle;
  }
  let last = low - 1;
  while (last + 1 < shown.length && rect(last + 1).top <= innerHeight + NEAR_PX) last++;
  // The index range in `chunks`: from the first near shown chunk to the last (or, with none near,
  // the gap where the viewport falls), widened over collapsed neighbours.
  let from = low < shown.length ? shown[low]! : chunks.length;
  let to = last >= low ? shown[last]! : from - 1;
  if (last < low) from = low > 0 ? shown[low - 1]! + 1 : 0;
  for (let k = 0; k < NEAR_COLLAPSED && from > 0 && isCollapsed(chunks[from - 1]!); k++) from--;
  for (let k = 0; k < NEAR_COLLAPSED && to + 1 < chunks.length && isCollapsed(chunks[to + 1]!); k++) to++;
  for (let i = Math.max(0, from); i <= to; i++) near.add(chunks[i]!);
  return near;
}

/**
 * What a filter change may update before the paint, from the chunks near the screen: those wholly
 * above it (they wait), and how many shown items cover the screen and the margin below it, judged
 * by the shortest shown item on screen (at most MAX_ITEMS_TO_FILL, enough for the compact row
 * variant, and that when nothing on screen shows). Layout reads only: take it before any change.
 */
export function screenFill(near: ReadonlySet<HTMLElement>): { above: Set<HTMLElement>; fill: number } {
  const above = new Set<HTMLElement>();
  let shortest = Number.POSITIVE_INFINITY;
  for (const chunk of near) {
    const box = chunk.getBoundingClientRect();
    if (box.bottom < 0) above.add(chunk);
    // Only chunks on screen: they are laid out, while reading inside a skipped one would lay it out.
    else if (box.top <= innerHeight && !isCollapsed(chunk)) {
      const item = [...(chunk.children as HTMLCollectionOf<HTMLElement>)].find((i) => !i.hidden);
      const height = item?.getBoundingClientRect().height ?? 0;
      if (height > 0) shortest = Math.min(shortest, height);
    }
  }
  const fill = Math.ceil((innerHeight + NEAR_PX) / shortest);
  return { above, fill: Math.min(MAX_ITEMS_TO_FILL, fill || MAX_ITEMS_TO_FILL) };
}
