import { expect } from '@open-wc/testing';
import {
  MAX_RUN,
  charClass,
  dedent,
  diagramField,
  diagramText,
  expandTabs,
  graphemeWidth,
  isWideCodePoint,
  lineWidth,
  sanitize,
  segmentLine,
  splitGraphemes,
  toLines,
} from './cells.js';
import { SEED_DIAGRAMS, WIDE_DIAGRAM } from './ascii-diagram.samples.js';

describe('cells', () => {
  describe('toLines', () => {
    it('dedents, trims blank lines at either end and trailing spaces, keeps inner blank lines', () => {
      expect(toLines('\n\n    a\n      b  \n\n    c\n   \n')).to.deep.equal(['a', '  b', '', 'c']);
    });

    it('splits every newline convention', () => {
      expect(toLines('a\r\nb\rc\nd\u2028e\u2029f\u0085g')).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    });

    it('expands tabs to the next multiple of 8 cells before dedenting, counting wide characters as two', () => {
      expect(toLines('\ta\n\t\tb')).to.deep.equal(['a', '        b']);
      expect(expandTabs('日\tx')).to.equal('日      x');
      expect(expandTabs('abc\td', 4)).to.equal('abc d');
    });

    it('removes control and bidi-override characters', () => {
      expect(sanitize('a\u0000b\u001b[0m\u007f\u0090c\u202Ed\u2067e\tf')).to.equal('ab[0mcde\tf');
    });

    it('dedent ignores blank lines and leaves unindented text alone', () => {
      expect(dedent(['  a', '', '    b'])).to.deep.equal(['a', '', '  b']);
      expect(dedent(['a', '  b'])).to.deep.equal(['a', '  b']);
      expect(dedent([])).to.deep.equal([]);
    });

    it('returns no lines for empty or blank input', () => {
      expect(toLines('')).to.deep.equal([]);
      expect(toLines(' \n\t\n ')).to.deep.equal([]);
    });
  });

  describe('diagramText / diagramField', () => {
    it('reads every accepted shape and rejects the rest', () => {
      expect(diagramText({ lines: ['a', 'b'] })).to.equal('a\nb');
      expect(diagramText({ ascii: 'a\nb' })).to.equal('a\nb');
      expect(diagramText({ ascii: ['a', 2, null] })).to.equal('a\n2\n');
      expect(diagramText('x')).to.equal('x');
      expect(diagramText(['x', 'y'])).to.equal('x\ny');
      for (const bad of [null, undefined, 3, {}, { lines: 4 }, true]) expect(diagramText(bad)).to.equal(null);
      expect(diagramField({ lines: [], label: ' L ' }, 'label')).to.equal(' L ');
      expect(diagramField({ lines: [], label: '  ' }, 'label')).to.equal(undefined);
      expect(diagramField({ lines: [], caption: 5 }, 'caption')).to.equal(undefined);
      expect(diagramField(['a'], 'label')).to.equal(undefined);
    });
  });

  describe('graphemes and widths', () => {
    it('keeps combining marks, ZWJ sequences, flags and skin tones in one grapheme, with and without Intl.Segmenter', () => {
      const text = 'e\u0301👩‍💻🇫🇷👍🏽1️⃣x';
      const expected = ['e\u0301', '👩‍💻', '🇫🇷', '👍🏽', '1️⃣', 'x'];
      expect(splitGraphemes(text)).to.deep.equal(expected);
      expect(splitGraphemes(text, false)).to.deep.equal(expected);
      expect(splitGraphemes('a─▶b')).to.deep.equal(['a', '─', '▶', 'b']);
    });

    it('gives East Asian Wide/Fullwidth and emoji two cells, marks zero, everything else one', () => {
      const cases: [string, number][] = [
        ['a', 1],
        ['─', 1],
        ['▶', 1],
        ['▼', 1],
        ['·', 1],
        ['…', 1],
        ['é', 1],
        ['e\u0301', 1],
        ['日', 2],
        ['한', 2],
        ['ｱ', 1],
        ['Ａ', 2],
        ['\u3000', 2],
        ['🚀', 2],
        ['✅', 2],
        ['👩‍💻', 2],
        ['🇫🇷', 2],
        ['👍🏽', 2],
        ['1️⃣', 2],
        ['☺', 1],
        ['☺\uFE0F', 2],
        ['❤', 1],
        ['⚠\uFE0E', 1],
        ['\u0301', 0],
        ['\u200B', 0],
        ['\u200D', 0],
        ['\uFE0F', 0],
        ['𠀀', 2],
      ];
      for (const [grapheme, width] of cases) {
        expect(graphemeWidth(grapheme), `${grapheme} (U+${grapheme.codePointAt(0)!.toString(16)})`).to.equal(
          width,
        );
      }
      expect(isWideCodePoint(0x4e00)).to.equal(true);
      expect(isWideCodePoint(0x10ffff)).to.equal(false);
    });

    it('measures lines in cells: the sample table is a rectangle', () => {
      const widths = WIDE_DIAGRAM.lines.map(lineWidth);
      expect(new Set(widths).size, JSON.stringify(widths)).to.equal(1);
      expect(lineWidth('│ 日本語 │')).to.equal(10);
    });
  });

  describe('charClass', () => {
    it('classifies box drawing, arrows, shapes and text', () => {
      for (const c of '─│┌┐└┘├┤┬┴┼═║╔╝█░') expect(charClass(c), c).to.equal('line');
      for (const c of '▶▼◀▲►◄▸◂→←↑↓⇒⇐↔⟶⤴➜') expect(charClass(c), c).to.equal('arrow');
      for (const c of '■□●○◆◇◢') expect(charClass(c), c).to.equal('shape');
      for (const c of 'aZ09[]()·…-|+>日🚀') expect(charClass(c), c).to.equal('text');
    });
  });

  describe('segmentLine', () => {
    it('groups verified ASCII and box drawing into runs of one class, everything else in single cells', () => {
      const { segments, cells } = segmentLine('ab ─┐▶日x', { ascii: true, box: true });
      expect(segments).to.deep.equal([
        { text: 'ab ', cells: 3, cls: 'text', run: true },
        { text: '─┐', cells: 2, cls: 'line', run: true },
        { text: '▶', cells: 1, cls: 'arrow', run: false },
        { text: '日', cells: 2, cls: 'text', run: false },
        { text: 'x', cells: 1, cls: 'text', run: false },
      ]);
      expect(cells).to.equal(9);
    });

    it('puts every character in its own cell when the font is not verified', () => {
      const { segments } = segmentLine('ab─', { ascii: false, box: false });
      expect(segments.map((s) => [s.text, s.run])).to.deep.equal([
        ['a', false],
        ['b', false],
        ['─', false],
      ]);
    });

    it('caps runs at MAX_RUN, drops zero-width characters and cuts at maxColumns', () => {
      const long = segmentLine('x'.repeat(MAX_RUN * 2 + 1), { ascii: true, box: true });
      expect(long.segments.map((s) => s.cells)).to.deep.equal([MAX_RUN, MAX_RUN, 1]);
      const zeroWidth = segmentLine('a\u200Bb\u0301', { ascii: true, box: true });
      expect(zeroWidth.segments.map((s) => s.text)).to.deep.equal(['a', 'b\u0301']);
      expect(zeroWidth.cells).to.equal(2);
      const cut = segmentLine('日日日', { ascii: true, box: true }, 5);
      expect(cut.cells).to.equal(4);
      expect(cut.truncated).to.equal(true);
    });

    it('accounts for every cell of the seed diagrams', () => {
      for (const diagram of SEED_DIAGRAMS) {
        for (const line of diagram.lines) {
          const { segments, cells } = segmentLine(line, { ascii: true, box: true });
          expect(segments.reduce((n, s) => n + s.cells, 0)).to.equal(cells);
          expect(segments.map((s) => s.text).join('')).to.equal(line);
          expect(cells).to.equal(lineWidth(line));
        }
      }
    });
  });
});
