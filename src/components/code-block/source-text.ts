/** Line breaks as `\n` only (Windows and old-Mac endings converted). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const isBlank = (line: string) => line.trim() === '';

/**
 * Code written inside the element's tags, made presentable: newlines normalised, blank lines at
 * the start and end dropped, and the indentation every line shares removed (so the code can be
 * indented with the surrounding HTML).
 */
export function dedent(text: string): string {
  const lines = normalizeNewlines(text).split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]!)) start++;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  const kept = lines.slice(start, end);
  let indent: string | undefined;
  for (const line of kept) {
    if (isBlank(line)) continue;
    const own = /^[ \t]*/.exec(line)![0];
    if (indent === undefined) {
      indent = own;
    } else {
      let shared = 0;
      while (shared < indent.length && own[shared] === indent[shared]) shared++;
      indent = indent.slice(0, shared);
    }
    if (indent === '') break;
  }
  const cut = indent?.length ?? 0;
  return kept.map((line) => (isBlank(line) ? '' : line.slice(cut))).join('\n');
}
