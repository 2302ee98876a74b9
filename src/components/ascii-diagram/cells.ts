/**
 * Pure text helpers for `<inc-ascii-diagram>`: turning any input into clean lines, splitting lines
 * into graphemes, terminal cell widths (East Asian Width, emoji), character classes for colouring,
 * and grouping a line into the segments the element renders. No DOM, no side effects.
 */

/** What a grapheme is, for colouring: box-drawing lines, arrows, geometric shapes, or plain text. */
export type CellClass = 'text' | 'line' | 'arrow' | 'shape';

/** A piece of a rendered line: one grapheme in its own cell, or a run of single-cell characters. */
export interface Segment {
  /** The characters. */
  text: string;
  /** Columns it occupies. */
  cells: number;
  cls: CellClass;
  /** True for a run of several characters the font has verified to be exactly one cell each. */
  run: boolean;
}

/** The structural shape of a report's diagram after the data layer normalises it. */
export interface DiagramLike {
  lines: string[];
  label?: string;
  caption?: string;
}

/** Columns a tab advances to (a multiple of), as in terminals and the CSS default `tab-size`. */
export const TAB_SIZE = 8;
/** Longest run rendered as one box; bounds any sub-pixel drift inside a run. */
export const MAX_RUN = 32;
/** Visual limits: beyond these a diagram is cut (the text alternative and copy keep everything). */
export const MAX_LINES = 500;
export const MAX_COLUMNS = 500;

// C0 controls except tab and newlines, DEL, C1 controls, and the bidi embedding/override/isolate
// controls that could make text display in an order other than its own.

const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
const NEWLINES = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** Removes control and bidi-override characters; keeps tabs and newlines. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Removes the common leading spaces of the non-blank lines. */
export function dedent(lines: readonly string[]): string[] {
  let indent = Infinity;
  for (const line of lines) {
    if (/^ *$/.test(line)) continue;
    const match = /^ */.exec(line);
    indent = Math.min(indent, match ? match[0].length : 0);
  }
  if (!Number.isFinite(indent) || indent === 0) return [...lines];
  return lines.map((line) => line.slice(indent));
}

/** Replaces tabs with spaces up to the next tab stop, counting cells (a wide character is two). */
export function expandTabs(line: string, tabSize = TAB_SIZE): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let column = 0;
  for (const grapheme of splitGraphemes(line)) {
    if (grapheme === '\t') {
      const spaces = tabSize - (column % tabSize);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += grapheme;
      column += graphemeWidth(grapheme);
    }
  }
  return out;
}

/**
 * Text to diagram lines: control characters removed, any newline convention split, tabs
 * expanded, trailing spaces and blank lines at either end dropped, common indentation removed.
 */
export function toLines(text: string): string[] {
  const lines = sanitize(text)
    .split(NEWLINES)
    .map((line) => expandTabs(line).replace(/[ \t]+$/, ''));
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return dedent(lines.slice(start, end));
}

function lineText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return '';
}

/**
 * The raw text of a diagram value in any of the accepted forms (`{lines}` from the data layer,
 * `{ascii}`, a string, an array of lines), or `null` when the value is none of them.
 */
export function diagramText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(lineText).join('\n');
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const lines = record['lines'] ?? record['ascii'];
  if (typeof lines === 'string') return lines;
  if (Array.isArray(lines)) return lines.map(lineText).join('\n');
  return null;
}

/** A string property of a diagram object (`label`, `caption`), if it is a non-blank string. */
export function diagramField(value: unknown, key: 'label' | 'caption'): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.trim() !== '' ? field : undefined;
}

// ---------------------------------------------------------------------------------------------
// Graphemes and widths

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter =
        typeof Intl !== 'undefined' && 'Segmenter' in Intl
          ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
          : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Lines made only of characters that are each a whole grapheme on their own (the common case). */
const SIMPLE_LINE =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2070-\u20CF\u2100-\u2BFF]*$/;

/** Approximate grapheme clusters where `Intl.Segmenter` is missing. */
const FALLBACK_GRAPHEME =
  /\p{Regional_Indicator}{2}|[\s\S](?:[\p{M}\u200C\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[\s\S]?)*/gu;

/** Splits text into user-perceived characters (`Intl.Segmenter` where available). */
export function splitGraphemes(text: string, useSegmenter = true): string[] {
  if (text === '') return [];
  if (SIMPLE_LINE.test(text)) return text.split('');
  const seg = useSegmenter ? getSegmenter() : null;
  if (seg) return Array.from(seg.segment(text), (part) => part.segment);
  return text.match(FALLBACK_GRAPHEME) ?? [];
}

/** East Asian Width W and F ranges (Unicode 15.1) outside emoji, which `Emoji_Presentation` covers. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x2e99],
  [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5],
  [0x2ff0, 0x2fff],
  [0x3000, 0x303e],
  [0x3041, 0x3096],
  [0x3099, 0x30ff],
  [0x3105, 0x312f],
  [0x3131, 0x318e],
  [0x3190, 0x31e3],
  [0x31ef, 0x321e],
  [0x3220, 0x3247],
  [0x3250, 0x4dbf],
  [0x4e00, 0xa48c],
  [0xa490, 0xa4c6],
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe52],
  [0xfe54, 0xfe66],
  [0xfe68, 0xfe6b],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x16ff0, 0x16ff1],
  [0x17000, 0x187f7],
  [0x18800, 0x18cd5],
  [0x18d00, 0x18d08],
  [0x1aff0, 0x1affe],
  [0x1b000, 0x1b122],
  [0x1b132, 0x1b132],
  [0x1b150, 0x1b152],
  [0x1b155, 0x1b155],
  [0x1b164, 0x1b167],
  [0x1b170, 0x1b2fb],
  [0x1f200, 0x1f202],
  [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248],
  [0x1f250, 0x1f251],
  [0x1f260, 0x1f265],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** True for code points of East Asian Width Wide or Fullwidth (two terminal cells). */
export function isWideCodePoint(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = WIDE_RANGES[mid]!;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}

const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]+$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;
const EMOJI = /^\p{Emoji}/u;
const EMOJI_MODIFIER_OR_JOINED = /[\p{Emoji_Modifier}]|\u200D\p{Extended_Pictographic}/u;

/** Terminal cells a grapheme occupies: 0 (marks, format characters), 1, or 2 (wide, emoji). */
export function graphemeWidth(grapheme: string): 0 | 1 | 2 {
  const cp = grapheme.codePointAt(0);
  if (cp === undefined) return 0;
  if (grapheme.length === 1 && cp >= 0x20 && cp < 0x7f) return 1;
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (isWideCodePoint(cp)) return 2;
  if (grapheme.includes('\uFE0E')) return 1;
  if (EMOJI_PRESENTATION.test(grapheme)) return 2;
  if (grapheme.includes('\uFE0F') && EMOJI.test(grapheme)) return 2;
  if (grapheme.length > 1 && EMOJI.test(grapheme) && EMOJI_MODIFIER_OR_JOINED.test(grapheme)) return 2;
  return 1;
}

/** Total cells of a line. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const grapheme of splitGraphemes(line)) width += graphemeWidth(grapheme);
  return width;
}

/** Triangles of the Geometric Shapes block that diagrams use as arrowheads (▲ ▶ ► ▸ ▼ ◀ ◄ ◂ …). */
function isTriangleArrow(cp: number): boolean {
  return cp >= 0x25b2 && cp <= 0x25c5;
}

/** The colour class of a grapheme, by its first code point. */
export function charClass(grapheme: string): CellClass {
  const cp = grapheme.codePointAt(0) ?? 0;
  if (cp < 0x2190) return 'text';
  if (cp >= 0x2500 && cp <= 0x259f) return 'line';
  if (
    (cp >= 0x2190 && cp <= 0x21ff) ||
    isTriangleArrow(cp) ||
    (cp >= 0x2794 && cp <= 0x27bf) ||
    (cp >= 0x27f0 && cp <= 0x27ff) ||
    (cp >= 0x2900 && cp <= 0x297f) ||
    (cp >= 0x2b00 && cp <= 0x2b11) ||
    (cp >= 0x2b30 && cp <= 0x2b4f) ||
    (cp >= 0x2b60 && cp <= 0x2bb9) ||
    (cp >= 0x1f800 && cp <= 0x1f8ff)
  ) {
    return 'arrow';
  }
  if ((cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x2b12 && cp <= 0x2b2f) || (cp >= 0x2b50 && cp <= 0x2b59)) {
    return 'shape';
  }
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// Segments

/** Which characters may share one box, because the font was measured to draw each at exactly one cell. */
export interface RunOptions {
  /** Printable ASCII (U+0020–U+007E). */
  ascii: boolean;
  /** Box drawing (U+2500–U+257F). */
  box: boolean;
}

/** Runs hold only the characters the fit controller measures per font (its ASCII and box probes). */
function runKind(grapheme: string, options: RunOptions): 'ascii' | 'box' | null {
  if (grapheme.length !== 1) return null;
  const code = grapheme.charCodeAt(0);
  if (options.ascii && code >= 0x20 && code < 0x7f) return 'ascii';
  if (options.box && code >= 0x2500 && code <= 0x257f) return 'box';
  return null;
}

/**
 * Groups a line into segments: runs (up to `MAX_RUN` characters of one class, each verified to
 * be one cell in the font) and single cells (everything else, one box each, one or two cells
 * wide). Zero-width graphemes are dropped; past `maxColumns` the line is cut.
 */
export function segmentLine(
  line: string,
  options: RunOptions,
  maxColumns = MAX_COLUMNS,
): { segments: Segment[]; cells: number; truncated: boolean } {
  const segments: Segment[] = [];
  let cells = 0;
  let run: Segment | null = null;
  let runOf: 'ascii' | 'box' | null = null;
  for (const grapheme of splitGraphemes(line)) {
    const width = graphemeWidth(grapheme);
    if (width === 0) continue;
    if (cells + width > maxColumns) return { segments, cells, truncated: true };
    cells += width;
    const kind = runKind(grapheme, options);
    if (kind !== null) {
      if (run && runOf === kind && run.cells < MAX_RUN) {
        run.text += grapheme;
        run.cells += 1;
        run.run = true;
      } else {
        run = { text: grapheme, cells: 1, cls: kind === 'box' ? 'line' : 'text', run: false };
        runOf = kind;
        segments.push(run);
      }
      continue;
    }
    run = null;
    runOf = null;
    segments.push({ text: grapheme, cells: width, cls: charClass(grapheme), run: false });
  }
  return { segments, cells, truncated: false };
}
