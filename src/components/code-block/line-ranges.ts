/** An inclusive range of 1-based line numbers. */
export interface LineRange {
  from: number;
  to: number;
}

/** Ranges past this line are ignored: no code block is that long, and huge numbers stay harmless. */
const MAX_LINE = 1_000_000;

/**
 * Parses a line list such as `"3-5, 9"` into ranges. Forgiving: reversed ranges (`5-3`) are turned
 * round, open ones (`7-`) run to the end, anything unreadable is skipped. Never throws.
 */
export function parseLineRanges(spec: unknown): LineRange[] {
  if (typeof spec !== 'string') return [];
  const ranges: LineRange[] = [];
  for (const part of spec.split(/[,;]/)) {
    const match = /^(\d+)\s*(?:[-–:]\s*(\d*))?$/.exec(part.trim());
    if (!match) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : match[2] === '' ? MAX_LINE : Number(match[2]);
    const from = Math.max(1, Math.min(first, last));
    const to = Math.min(MAX_LINE, Math.max(first, last));
    if (to >= from) ranges.push({ from, to });
  }
  return ranges;
}

/** Whether 1-based `line` falls in any of `ranges`. */
export function inLineRanges(ranges: readonly LineRange[], line: number): boolean {
  return ranges.some((range) => line >= range.from && line <= range.to);
}
