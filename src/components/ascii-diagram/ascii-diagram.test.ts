import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { IncAsciiDiagram } from './ascii-diagram.js';
import type { IncCopyDetail } from '../../shared/events.js';
import { FALLBACK_DIAGRAM, SEED_DIAGRAMS, WIDE_DIAGRAM } from './ascii-diagram.samples.js';
import { graphemeWidth, lineWidth, splitGraphemes, type DiagramLike } from './cells.js';
import { fonts } from './fit-controller.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const part = (el: IncAsciiDiagram, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits for the element to render, be measured (ResizeObserver) and settle. */
async function settle(el: IncAsciiDiagram): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** Runs `test` while every ResizeObserver target on the page is recorded in `observed`. */
async function withObservedTargets<T>(test: (observed: Set<Element>) => Promise<T>): Promise<T> {
  const observed = new Set<Element>();
  const proto = ResizeObserver.prototype;
  const observe = Object.getOwnPropertyDescriptor(proto, 'observe')!.value as ResizeObserver['observe'];
  const unobserve = Object.getOwnPropertyDescriptor(proto, 'unobserve')!.value as ResizeObserver['unobserve'];
  proto.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    observed.add(target);
    observe.call(this, target, options);
  };
  proto.unobserve = function (this: ResizeObserver, target: Element) {
    observed.delete(target);
    unobserve.call(this, target);
  };
  try {
    return await test(observed);
  } finally {
    proto.observe = observe;
    proto.unobserve = unobserve;
  }
}

interface Glyph {
  row: number;
  grapheme: string;
  /** The column the text says it is in. */
  column: number;
  /** Its cells. */
  width: number;
  /** Left edge of its box (its cell box, or its own advance inside a run), relative to the diagram. */
  x: number;
  /** Right edge, for single-cell boxes (else NaN). */
  right: number;
}

/**
 * Where every character of the diagram actually is: a character alone in a box is measured by its
 * box, a character inside a run by a Range around it (its glyph's pen position).
 */
function glyphs(el: IncAsciiDiagram): Glyph[] {
  const diagram = part(el, 'diagram')!;
  const left = diagram.getBoundingClientRect().left;
  const rows = Array.from(diagram.querySelectorAll<HTMLElement>('.row'));
  const found: Glyph[] = [];
  rows.forEach((row, r) => {
    let column = 0;
    for (const span of Array.from(row.children) as HTMLElement[]) {
      const parts = splitGraphemes(span.textContent ?? '');
      if (parts.length === 1) {
        const rect = span.getBoundingClientRect();
        const width = graphemeWidth(parts[0]!);
        found.push({
          row: r,
          grapheme: parts[0]!,
          column,
          width,
          x: rect.left - left,
          right: rect.right - left,
        });
        column += width;
        continue;
      }
      const textNode = Array.from(span.childNodes).find((n) => n.nodeType === Node.TEXT_NODE) as Text;
      let offset = textNode.data.indexOf(parts[0]!);
      for (const grapheme of parts) {
        const range = document.createRange();
        range.setStart(textNode, offset);
        range.setEnd(textNode, offset + grapheme.length);
        const rect = range.getBoundingClientRect();
        const width = graphemeWidth(grapheme);
        found.push({ row: r, grapheme, column, width, x: rect.left - left, right: NaN });
        column += width;
        offset += grapheme.length;
      }
    }
  });
  return found;
}

/** Largest distance of any character from its column's position, and the cell width used. */
function misalignment(found: Glyph[], cell: number): { worst: number; at: Glyph | undefined } {
  let worst = 0;
  let at: Glyph | undefined;
  for (const g of found) {
    const off = Math.abs(g.x - g.column * cell);
    const offRight = Number.isNaN(g.right) ? 0 : Math.abs(g.right - (g.column + g.width) * cell);
    if (Math.max(off, offRight) > worst) {
      worst = Math.max(off, offRight);
      at = g;
    }
  }
  return { worst, at };
}

/** Asserts every character of `el` sits a whole number of cells from the left edge (±0.5 px). */
function expectAligned(el: IncAsciiDiagram, lines: string[]): void {
  const diagram = part(el, 'diagram')!;
  const columns = Math.max(...lines.map(lineWidth));
  const cell = diagram.getBoundingClientRect().width / columns;
  const fontSize = parseFloat(getComputedStyle(diagram).fontSize);
  expect(cell, 'cell width').to.be.within(0.4 * fontSize, 0.75 * fontSize);
  const found = glyphs(el);
  const expectedCount = lines.reduce(
    (n, line) => n + splitGraphemes(line).filter((g) => graphemeWidth(g) > 0).length,
    0,
  );
  expect(found.length, 'characters rendered').to.equal(expectedCount);
  expect(found.map((g) => g.grapheme).join('')).to.equal(lines.join('').replace(/\u200B/g, ''));
  const { worst, at } = misalignment(found, cell);
  expect(worst, `worst offset ${worst.toFixed(3)}px at ${JSON.stringify(at)} (cell ${cell})`).to.be.below(
    0.5,
  );
  // Rows are evenly spaced too.
  const tops = Array.from(diagram.querySelectorAll('.row')).map((row) => row.getBoundingClientRect().top);
  const pitch = (tops[tops.length - 1]! - tops[0]!) / Math.max(1, tops.length - 1);
  tops.forEach((top, i) => expect(Math.abs(top - tops[0]! - i * pitch)).to.be.below(0.5));
}

/** The page CSS a blog theme might throw at us. Applied to `body`, `*` and everything in between. */
const HOSTILE_CSS = `
  html { font-size: 19px; }
  body, body *, * {
    letter-spacing: 0.37em !important;
    word-spacing: 1.3em !important;
    text-transform: uppercase !important;
    font-family: cursive, 'DejaVu Serif', serif !important;
    font-style: italic !important;
    font-weight: 900 !important;
    font-stretch: condensed !important;
    line-height: 3.1 !important;
    white-space: normal !important;
    tab-size: 17 !important;
    font-variant-ligatures: common-ligatures discretionary-ligatures !important;
    font-feature-settings: 'liga' 1, 'dlig' 1, 'smcp' 1 !important;
    font-kerning: normal !important;
    text-rendering: optimizeLegibility !important;
    text-align: justify !important;
    text-indent: 2em !important;
    word-break: break-all !important;
    hyphens: auto !important;
    font-size-adjust: 0.3 !important;
    font-synthesis: weight style !important;
    text-shadow: 2px 2px red !important;
  }
`;

function withPageCss(cssText: string): () => void {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

const ALL_SAMPLES: DiagramLike[] = [...SEED_DIAGRAMS, WIDE_DIAGRAM, FALLBACK_DIAGRAM];

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (had) Object.defineProperty(navigator, 'clipboard', had);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

function stubExecCommand(result: boolean | 'throw'): { restore: () => void; calls: string[] } {
  const calls: string[] = [];
  const doc = document as unknown as { execCommand: (command: string) => boolean };
  doc.execCommand = (command: string) => {
    calls.push(command);
    if (result === 'throw') throw new Error('denied');
    return result;
  };
  return { restore: () => delete (document as unknown as { execCommand?: unknown }).execCommand, calls };
}

// Errors reported to the window (e.g. "ResizeObserver loop completed with undelivered notifications").
const windowErrors: string[] = [];
const onWindowError = (event: ErrorEvent) => windowErrors.push(event.message);
before(() => window.addEventListener('error', onWindowError));
after(() => window.removeEventListener('error', onWindowError));

// ---------------------------------------------------------------------------------------------

describe('inc-ascii-diagram', () => {
  afterEach(() => {
    expect(windowErrors, 'errors reported to the window').to.deep.equal([]);
  });

  describe('column alignment', () => {
    for (const [name, css] of [
      ['plain page', ''],
      ['hostile page CSS', HOSTILE_CSS],
    ] as const) {
      it(`puts every character of the seed, CJK, emoji and fallback-glyph diagrams on its column (${name})`, async () => {
        const restore = withPageCss(css);
        try {
          const wrapper = await fixture<HTMLElement>(
            html`<div style="width: 900px">
              ${ALL_SAMPLES.map((d) => html`<inc-ascii-diagram .diagram=${d}></inc-ascii-diagram>`)}
            </div>`,
          );
          const elements = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
          for (const el of elements) await settle(el);
          elements.forEach((el, i) => expectAligned(el, ALL_SAMPLES[i]!.lines));
        } finally {
          restore();
        }
      });
    }

    it('stays aligned in a proportional font (every character then gets its own cell)', async () => {
      const restore = withPageCss(HOSTILE_CSS);
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 900px; --inc-diagram-font: 'DejaVu Serif', 'Liberation Serif', serif">
            ${ALL_SAMPLES.map((d) => html`<inc-ascii-diagram .diagram=${d}></inc-ascii-diagram>`)}
          </div>`,
        );
        const elements = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
        for (const el of elements) await settle(el);
        elements.forEach((el, i) => expectAligned(el, ALL_SAMPLES[i]!.lines));
      } finally {
        restore();
      }
    });

    it('stays aligned with tabs, combining marks, zero-width characters and a right-to-left page', async () => {
      const lines = [
        'a\tb\t|',
        'e\u0301e\u0301e\u0301 |x',
        'x\u200By\u200Bz  |',
        'שלום ab|',
        '→→\uFE0E→ 🇫🇷|',
      ];
      const el = await fixture<IncAsciiDiagram>(
        html`<div dir="rtl" lang="he">
          <inc-ascii-diagram .ascii=${lines.join('\n')}></inc-ascii-diagram>
        </div>`,
      ).then((w) => w.querySelector('inc-ascii-diagram')!);
      await settle(el);
      expect(el.diagramLines[0]).to.equal('a       b       |');
      expectAligned(el, el.diagramLines);
      expect(getComputedStyle(part(el, 'diagram')!).direction).to.equal('ltr');
      expect(getComputedStyle(part(el, 'figure')!).direction, 'caption and button follow the page').to.equal(
        'rtl',
      );
    });

    it('the measurement has teeth: a plain <pre> under the same page CSS is misaligned', async () => {
      const restore = withPageCss(HOSTILE_CSS);
      try {
        const pre = await fixture<HTMLPreElement>(
          html`<pre style="display: inline-block">${WIDE_DIAGRAM.lines.join('\n')}</pre>`,
        );
        const text = Array.from(pre.childNodes).find((n) => n.nodeType === Node.TEXT_NODE) as Text;
        const lines = WIDE_DIAGRAM.lines;
        const found: Glyph[] = [];
        let offset = 0;
        const left = pre.getBoundingClientRect().left;
        lines.forEach((line, row) => {
          let column = 0;
          for (const grapheme of splitGraphemes(line)) {
            const range = document.createRange();
            range.setStart(text, offset);
            range.setEnd(text, offset + grapheme.length);
            found.push({
              row,
              grapheme,
              column,
              width: 1,
              x: range.getBoundingClientRect().left - left,
              right: NaN,
            });
            column += graphemeWidth(grapheme);
            offset += grapheme.length;
          }
          offset += 1;
        });
        const firstRow = found.filter((g) => g.row === 0);
        const cell = firstRow[firstRow.length - 1]!.x / firstRow[firstRow.length - 1]!.column;
        expect(misalignment(found, cell).worst).to.be.above(2);
      } finally {
        restore();
      }
    });

    it('keeps runs of ASCII and box drawing in one box each when the font is monospaced', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram .diagram=${SEED_DIAGRAMS[2]}></inc-ascii-diagram>`,
      );
      await settle(el);
      const spans = part(el, 'diagram')!.querySelectorAll('.row > span').length;
      const characters = SEED_DIAGRAMS[2]!.lines.join('').length;
      expect(spans).to.be.below(characters / 3);
      expectAligned(el, SEED_DIAGRAMS[2]!.lines);
    });

    it('renders 1,000 diagrams on one page, the last still aligned', async function () {
      this.timeout(60000);
      const many = Array.from({ length: 1000 }, (_, i) => SEED_DIAGRAMS[i % SEED_DIAGRAMS.length]!);
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 700px">
          ${many.map((d) => html`<inc-ascii-diagram .diagram=${d}></inc-ascii-diagram>`)}
        </div>`,
      );
      const elements = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
      await Promise.all(elements.map((el) => el.updateComplete));
      await nextFrame();
      await nextFrame();
      // Timings belong to the benchmark (`npm run bench`), never to a test.
      expectAligned(elements[999]!, many[999]!.lines);
    });
  });

  describe('sources', () => {
    it('dedents the text content and trims blank lines at either end', async () => {
      // The indentation and line breaks below are the test input.
      // prettier-ignore
      const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram>
        <span slot="caption">Not diagram text</span>
            app
             ├─▶ mongo
             └─▶ postgres   

      </inc-ascii-diagram>`);
      await settle(el);
      expect(el.diagramLines).to.deep.equal(['app', ' ├─▶ mongo', ' └─▶ postgres']);
    });

    it('selecting the visual text copies the lines as written', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram .diagram=${SEED_DIAGRAMS[1]}></inc-ascii-diagram>`,
      );
      await settle(el);
      const expected = SEED_DIAGRAMS[1]!.lines.join('\n');
      const diagram = part(el, 'diagram')!;
      expect(diagram.innerText.replace(/\n$/, '')).to.equal(expected);
      const selection = document.getSelection()!;
      selection.selectAllChildren(diagram);
      expect(selection.toString().replace(/\n$/, '')).to.equal(expected);
      selection.removeAllRanges();
      expect(getComputedStyle(diagram.querySelector('.row > span')!).userSelect).to.not.equal('none');
    });

    it('prefers diagram over ascii over the text content, falling back as each is removed', async () => {
      const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram>from content</inc-ascii-diagram>`);
      el.ascii = 'from ascii';
      el.diagram = { lines: ['from diagram'] };
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['from diagram']);
      el.diagram = null;
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['from ascii']);
      el.ascii = null;
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['from content']);
    });

    it('accepts the content-format shapes of a diagram', async () => {
      const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram></inc-ascii-diagram>`);
      for (const [value, lines] of [
        [{ ascii: 'a\nb' }, ['a', 'b']],
        [{ ascii: ['a', 'b'] }, ['a', 'b']],
        ['x\r\ny', ['x', 'y']],
        [
          ['  p', '  q'],
          ['p', 'q'],
        ],
      ] as const) {
        el.diagram = value as unknown as DiagramLike;
        await el.updateComplete;
        expect(el.diagramLines).to.deep.equal(lines);
      }
    });

    it('re-renders when the page changes the text content, and stops watching when disconnected', async () => {
      const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram>one</inc-ascii-diagram>`);
      expect(el.diagramLines).to.deep.equal(['one']);
      el.textContent = 'two\nlines';
      await aTimeout(0);
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['two', 'lines']);
      expect(part(el, 'diagram')!.innerText.trim()).to.equal('two\nlines');
      (el.firstChild as Text).data = 'three';
      await aTimeout(0);
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['three']);

      const parent = el.parentNode!;
      el.remove();
      let requested = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<IncAsciiDiagram['requestUpdate']>) => {
        requested++;
        original(...args);
      };
      el.textContent = 'while away';
      await aTimeout(0);
      expect(requested, 'updates requested while disconnected').to.equal(0);
      parent.appendChild(el);
      await el.updateComplete;
      await aTimeout(0);
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['while away']);
    });
  });

  describe('accessibility', () => {
    it('names the role="img" from label, then the diagram label, then report-title, then "Diagram"', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram
          label="From attribute"
          report-title="Report title"
          .diagram=${{ lines: ['a'], label: 'From diagram' }}
        ></inc-ascii-diagram>`,
      );
      const img = () => el.shadowRoot!.querySelector('[role="img"]')!;
      expect(img().getAttribute('aria-label')).to.equal('From attribute');
      el.label = '';
      await el.updateComplete;
      expect(img().getAttribute('aria-label')).to.equal('From diagram');
      el.diagram = { lines: ['a'] };
      await el.updateComplete;
      expect(img().getAttribute('aria-label')).to.equal('Report title');
      el.reportTitle = '';
      await el.updateComplete;
      expect(img().getAttribute('aria-label')).to.equal('Diagram');
      el.strings = { diagram: 'Schéma' };
      await el.updateComplete;
      expect(img().getAttribute('aria-label')).to.equal('Schéma');
      expect(img()).to.equal(part(el, 'diagram'));
    });

    it('exposes the text to assistive technology and shows the caption in a figcaption', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram
          .diagram=${{ lines: ['  a ─▶ b', '  c'], caption: 'Flow' }}
        ></inc-ascii-diagram>`,
      );
      const pre = el.shadowRoot!.querySelector('pre')!;
      expect(pre.textContent).to.equal('a ─▶ b\nc');
      expect(getComputedStyle(pre).whiteSpace, 'lines kept for line-by-line reading').to.match(/^pre/);
      expect(pre.closest('[role="img"], [aria-hidden="true"]')).to.equal(null);
      const caption = el.shadowRoot!.querySelector('figcaption')!;
      expect(caption.hidden).to.equal(false);
      expect(caption.textContent.trim()).to.equal('Flow');
      expect(caption.parentElement!.localName).to.equal('figure');
      el.diagram = { lines: ['a'] };
      await el.updateComplete;
      expect(caption.hidden).to.equal(true);
    });

    it('shows slotted caption content', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram ascii="x"><em slot="caption">Slotted</em></inc-ascii-diagram>`,
      );
      await settle(el);
      const caption = el.shadowRoot!.querySelector('figcaption')!;
      expect(caption.hidden).to.equal(false);
      expect(el.diagramLines).to.deep.equal(['x']);
    });

    for (const theme of ['light', 'dark', 'terminal'] as const) {
      it(`passes axe with a caption, a scrolling diagram and a copy status (${theme})`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px" lang="en">
            <inc-ascii-diagram theme=${theme} .diagram=${WIDE_DIAGRAM}></inc-ascii-diagram>
            <inc-ascii-diagram theme=${theme} .diagram=${SEED_DIAGRAMS[5]}></inc-ascii-diagram>
          </div>`,
        );
        const [first, second] = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
        await settle(first!);
        await settle(second!);
        expect(part(second!, 'scroller')!.getAttribute('tabindex')).to.equal('0');
        await expect(wrapper).to.be.accessible();
      });
    }

    it('renders hostile strings as text', async () => {
      const nasty = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>${x}{{x}}';
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram
          .diagram=${{ lines: [nasty], label: '<b>label</b>', caption: '<i>cap</i>' }}
        ></inc-ascii-diagram>`,
      );
      await settle(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, b, i')).to.equal(null);
      expect(part(el, 'diagram')!.innerText.trim()).to.equal(nasty);
      expect(root.querySelector('figcaption')!.textContent.trim()).to.equal('<i>cap</i>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('copy', () => {
    it('copies the text with the Clipboard API and announces it', async () => {
      let copied = '';
      const restore = stubClipboard((text) => {
        copied = text;
        return Promise.resolve();
      });
      try {
        const el = await fixture<IncAsciiDiagram>(
          html`<inc-ascii-diagram
            ascii="  a─▶b
   c"
          ></inc-ascii-diagram>`,
        );
        const button = part(el, 'copy-button') as HTMLButtonElement;
        expect(button.getAttribute('aria-label')).to.equal('Copy diagram text');
        const event = oneEvent(el, 'inc-copy');
        button.click();
        const { detail } = (await event) as CustomEvent<IncCopyDetail>;
        expect(detail).to.deep.equal({ text: 'a─▶b\n c', ok: true });
        expect(copied).to.equal('a─▶b\n c');
        await el.updateComplete;
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(status.textContent.trim()).to.equal('Copied');
      } finally {
        restore();
      }
    });

    it('falls back to a selection copy when the clipboard is denied, and reports failure without throwing', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const exec = stubExecCommand(true);
      try {
        const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram ascii="x"></inc-ascii-diagram>`);
        expect(await el.copy()).to.equal(true);
        expect(exec.calls).to.deep.equal(['copy']);
        exec.restore();
        const failing = stubExecCommand('throw');
        const event = oneEvent(el, 'inc-copy');
        part(el, 'copy-button')!.click();
        const { detail } = (await event) as CustomEvent<IncCopyDetail>;
        expect(detail.ok).to.equal(false);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Copy failed');
        expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
        failing.restore();
      } finally {
        exec.restore();
        restore();
      }
    });

    it('hides the button with no-copy', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram no-copy ascii="x"></inc-ascii-diagram>`,
      );
      expect(part(el, 'copy-button')).to.equal(null);
    });
  });

  describe('fit', () => {
    const wide = ['+' + '-'.repeat(98) + '+', '|' + ' '.repeat(98) + '|', '+' + '─'.repeat(98) + '+'].join(
      '\n',
    );

    it('scroll: a diagram that fits is not a tab stop; one that overflows is a named, focusable region', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 300px">
          <inc-ascii-diagram ascii="small" label="Small"></inc-ascii-diagram>
          <inc-ascii-diagram .ascii=${wide} label="Wide"></inc-ascii-diagram>
        </div>`,
      );
      const [small, big] = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
      await settle(small!);
      await settle(big!);
      const smallScroller = part(small!, 'scroller')!;
      expect(smallScroller.hasAttribute('tabindex')).to.equal(false);
      const scroller = part(big!, 'scroller')!;
      expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.getAttribute('aria-label')).to.equal('Wide (scrollable)');
      scroller.focus();
      expect(big!.shadowRoot!.activeElement).to.equal(scroller);
      expect(getComputedStyle(scroller).outlineStyle).to.not.equal('none');
      // Widening the container removes the tab stop.
      wrapper.style.width = '1400px';
      await waitUntil(() => !scroller.hasAttribute('tabindex'), 'tab stop removed after widening');
    });

    it('shrink: scales the font down until it fits, never below the minimum, and back up', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 620px; font-size: 16px">
          <inc-ascii-diagram fit="shrink" .ascii=${wide}></inc-ascii-diagram>
        </div>`,
      );
      const el = wrapper.querySelector('inc-ascii-diagram')!;
      await settle(el);
      const diagram = part(el, 'diagram')!;
      const scroller = part(el, 'scroller')!;
      const base = parseFloat(getComputedStyle(scroller).fontSize);
      const fontSize = () => parseFloat(getComputedStyle(diagram).fontSize);
      await waitUntil(() => scroller.scrollWidth <= scroller.clientWidth, 'fits after shrinking');
      expect(fontSize()).to.be.below(base);
      expect(fontSize()).to.be.at.least(9);
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      expectAligned(el, el.diagramLines);

      wrapper.style.width = '200px';
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'scrolls at the minimum size');
      expect(fontSize()).to.equal(Math.max(9, base * 0.6));
      expectAligned(el, el.diagramLines);

      wrapper.style.width = '2000px';
      await waitUntil(() => fontSize() === base, 'back to the normal size');
    });

    it('stops observing sizes when disconnected, and resumes when reconnected', async () => {
      await withObservedTargets(async (observed) => {
        const el = await fixture<IncAsciiDiagram>(
          html`<inc-ascii-diagram fit="shrink" ascii="a"></inc-ascii-diagram>`,
        );
        await settle(el);
        const mine = () => Array.from(observed).filter((target) => el.shadowRoot!.contains(target));
        expect(mine().length).to.be.above(1);
        const parent = el.parentNode!;
        el.remove();
        expect(mine()).to.deep.equal([]);
        parent.appendChild(el);
        await settle(el);
        expect(mine().length).to.be.above(1);
      });
    });

    it('watches its width only while on or near the screen, and measures again when it comes back', async () => {
      await withObservedTargets(async (observed) => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 300px">
            <div class="spacer"></div>
            <inc-ascii-diagram .ascii=${wide} label="Wide"></inc-ascii-diagram>
          </div>`,
        );
        const el = wrapper.querySelector('inc-ascii-diagram')!;
        const spacer = wrapper.querySelector<HTMLElement>('.spacer')!;
        await settle(el);
        const ruler = el.shadowRoot!.querySelector('.ruler')!;
        const scroller = part(el, 'scroller')!;
        expect(observed.has(ruler), 'watched on screen').to.equal(true);
        expect(scroller.getAttribute('tabindex')).to.equal('0');

        // Three screens down is more than the one screen of margin that still counts as near.
        spacer.style.height = `${innerHeight * 3}px`;
        await waitUntil(() => !observed.has(ruler), 'no longer watched far from the screen');
        // Widened while away: nothing re-measures it yet...
        wrapper.style.width = '1400px';
        await settle(el);
        expect(scroller.getAttribute('tabindex'), 'not re-measured while far away').to.equal('0');
        // ...and back near the screen it is measured again: the wider box fits, so no tab stop.
        spacer.style.height = '0px';
        await waitUntil(() => observed.has(ruler), 'watched again near the screen');
        await waitUntil(() => !scroller.hasAttribute('tabindex'), 'measured again on return');
        expectAligned(el, el.diagramLines);
      });
    });

    it('shrink: does nothing to a diagram that fits, and fit="scroll" keeps the normal size', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 300px">
          <inc-ascii-diagram fit="shrink" ascii="tiny"></inc-ascii-diagram>
          <inc-ascii-diagram .ascii=${wide}></inc-ascii-diagram>
        </div>`,
      );
      const [tiny, big] = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
      await settle(tiny!);
      await settle(big!);
      for (const el of [tiny!, big!]) {
        expect(getComputedStyle(part(el, 'diagram')!).fontSize).to.equal(
          getComputedStyle(part(el, 'scroller')!).fontSize,
        );
      }
    });
  });

  describe('the measuring half, a lazy chunk', () => {
    /** How many probes the element's first render held (its own `hostUpdated` runs after that render). */
    async function probesInFirstRender(ascii: string): Promise<number> {
      const el = document.createElement('inc-ascii-diagram');
      el.ascii = ascii;
      let seen = -1;
      el.addController({
        hostUpdated: () => {
          if (seen < 0) seen = el.shadowRoot!.querySelectorAll('.probes > span').length;
        },
      });
      document.body.append(el);
      await settle(el);
      el.remove();
      return seen;
    }

    it('once it has arrived, a new diagram measures in its first render, as before it was lazy', async () => {
      await probesInFirstRender('+--+'); // the page's first diagram loads the chunk, if nothing has yet
      expect(await probesInFirstRender('+--+\n|ok|\n+--+'), 'probes in the first render').to.equal(6);
    });
  });

  describe('shared font metrics', () => {
    const inside = (observed: Set<Element>, el: IncAsciiDiagram) =>
      Array.from(observed).filter((target) => el.shadowRoot!.contains(target));

    it('diagrams in the same font share one set of observed probes; each observes only its ruler', async () => {
      await withObservedTargets(async (observed) => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 600px">
            ${SEED_DIAGRAMS.slice(0, 4).map((d) => html`<inc-ascii-diagram .diagram=${d}></inc-ascii-diagram>`)}
            <inc-ascii-diagram
              style="--inc-diagram-font: 'DejaVu Serif', serif"
              .diagram=${SEED_DIAGRAMS[4]}
            ></inc-ascii-diagram>
          </div>`,
        );
        const elements = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
        for (const el of elements) await settle(el);
        await nextFrame();
        for (const el of elements) {
          expect(inside(observed, el).map((t) => t.className)).to.deep.equal(['ruler']);
        }
        expect(fonts.size, 'one group per distinct font').to.equal(2);
        expect(fonts.all().map((g) => g.observedProbes)).to.deep.equal([6, 6]);
        expect(observed.size, '5 rulers + 2 probe sets').to.equal(5 + 12);
        elements.forEach((el, i) => expectAligned(el, SEED_DIAGRAMS[i]!.lines));
        // The serif diagram measured its own font: a box per character.
        expect(part(elements[4]!, 'diagram')!.querySelector('.r')).to.equal(null);
        expect(part(elements[0]!, 'diagram')!.querySelector('.r')).to.not.equal(null);

        // Removing the diagram that measured the font keeps the group for the others; removing
        // every diagram of a font removes its probes.
        elements[0]!.remove();
        await nextFrame();
        expect(fonts.size).to.equal(2);
        elements[4]!.remove();
        expect(fonts.size).to.equal(1);
        for (const el of elements.slice(1, 4)) el.remove();
        expect(fonts.size).to.equal(0);
        expect(observed.size).to.equal(0);
        expect(document.querySelector('inc-font-probes')).to.equal(null);
      });
    });

    it('a font that loads late re-aligns every diagram in it, even when the one that measured it is skipped', async function () {
      this.timeout(20000);
      const family = `IncLate${Math.random().toString(36).slice(2)}`;
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 900px; --inc-diagram-font: ${family}, monospace">
          <div class="first"><inc-ascii-diagram .diagram=${SEED_DIAGRAMS[1]}></inc-ascii-diagram></div>
          <inc-ascii-diagram .diagram=${SEED_DIAGRAMS[1]}></inc-ascii-diagram>
          <inc-ascii-diagram .diagram=${WIDE_DIAGRAM}></inc-ascii-diagram>
        </div>`,
      );
      const elements = Array.from(wrapper.querySelectorAll('inc-ascii-diagram'));
      for (const el of elements) await settle(el);
      await nextFrame();
      expect(fonts.size).to.equal(1);
      expect(part(elements[1]!, 'diagram')!.querySelector('.r'), 'monospace: runs').to.not.equal(null);
      // The diagram that measured first leaves rendering (its probes would see nothing).
      wrapper.querySelector<HTMLElement>('.first')!.style.contentVisibility = 'hidden';
      await nextFrame();
      const face = new FontFace(family, 'local("DejaVu Serif"), local("Liberation Serif")');
      document.fonts.add(face);
      try {
        await face.load();
        await waitUntil(
          () => part(elements[1]!, 'diagram')!.querySelector('.r') === null,
          'the proportional font that loaded gets a box per character',
        );
        for (const el of elements.slice(1)) await settle(el);
        expectAligned(elements[1]!, SEED_DIAGRAMS[1]!.lines);
        expectAligned(elements[2]!, WIDE_DIAGRAM.lines);
      } finally {
        document.fonts.delete(face);
      }
    });
  });

  describe('robustness', () => {
    it('never throws on weird input', async () => {
      const el = await fixture<IncAsciiDiagram>(html`<inc-ascii-diagram></inc-ascii-diagram>`);
      const inputs: unknown[] = [
        null,
        undefined,
        42,
        {},
        { lines: null },
        { lines: [1, null, {}, 'ok', true] },
        { ascii: 7 },
        [],
        '',
        '\u0000\u0007\u001b[31mred\u202Eevil',
        'x'.repeat(200_000),
        Array.from({ length: 5000 }, (_, i) => `line ${i}`),
        '\uD800 lone surrogate',
        Symbol('s'),
      ];
      for (const input of inputs) {
        el.diagram = input as DiagramLike;
        el.ascii = input as string;
        await el.updateComplete;
      }
      el.diagram = { lines: [1, null, {}, 'ok', true] } as unknown as DiagramLike;
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['1', '', '', 'ok', 'true']);
      el.diagram = { lines: ['\u0000\u0007\u001b[31mred\u202Eevil'] };
      await el.updateComplete;
      expect(el.diagramLines).to.deep.equal(['[31mredevil']);
      el.diagram = { lines: ['y'.repeat(200_000)] };
      await settle(el);
      const rendered = part(el, 'diagram')!.innerText.trim();
      expect(rendered.length).to.be.at.most(501);
      expect(part(el, 'truncated')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('pre')!.textContent.length).to.equal(200_000);
      el.fit = 'nonsense' as 'scroll';
      el.diagram = null;
      el.ascii = null;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="img"]')).to.equal(null);
    });
  });

  describe('theming', () => {
    const rgb = (color: string): [number, number, number] => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
      if (!m) throw new Error(`not an rgb colour: ${color}`);
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const luminance = ([r, g, b]: [number, number, number]) => {
      const f = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: string, b: string) => {
      const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };

    for (const theme of ['light', 'dark', 'terminal'] as const) {
      it(`colours lines, arrows and text distinctly with AA contrast (${theme})`, async () => {
        const el = await fixture<IncAsciiDiagram>(
          html`<inc-ascii-diagram theme=${theme} ascii="a ──▶ ■ b" caption="Caption"></inc-ascii-diagram>`,
        );
        await settle(el);
        const bg = getComputedStyle(part(el, 'figure')!).backgroundColor;
        const text = getComputedStyle(part(el, 'diagram')!).color;
        const line = getComputedStyle(part(el, 'line')!).color;
        const arrow = getComputedStyle(part(el, 'arrow')!).color;
        const shape = getComputedStyle(part(el, 'shape')!).color;
        const caption = getComputedStyle(part(el, 'caption')!).color;
        expect(new Set([text, line, arrow]).size, 'three distinct colours').to.equal(3);
        for (const [name, color] of Object.entries({ text, line, arrow, shape, caption })) {
          expect(contrast(color, bg), `${name} ${color} on ${bg}`).to.be.at.least(4.5);
        }
      });
    }

    it('uses the --inc-diagram-* custom properties from the page', async () => {
      const el = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram
          style="--inc-diagram-line: rgb(1, 2, 3); --inc-diagram-arrow: rgb(4, 5, 6); --inc-diagram-text: rgb(7, 8, 9); --inc-diagram-bg: rgb(250, 250, 240)"
          theme="dark"
          ascii="a ─▶"
        ></inc-ascii-diagram>`,
      );
      await settle(el);
      expect(getComputedStyle(part(el, 'line')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'arrow')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'diagram')!).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'figure')!).backgroundColor).to.equal('rgb(250, 250, 240)');
    });

    it('dark theme differs from light', async () => {
      const light = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram theme="light" ascii="─"></inc-ascii-diagram>`,
      );
      const dark = await fixture<IncAsciiDiagram>(
        html`<inc-ascii-diagram theme="dark" ascii="─"></inc-ascii-diagram>`,
      );
      expect(getComputedStyle(part(light, 'line')!).color).to.not.equal(
        getComputedStyle(part(dark, 'line')!).color,
      );
      expect(getComputedStyle(part(light, 'figure')!).backgroundColor).to.not.equal(
        getComputedStyle(part(dark, 'figure')!).backgroundColor,
      );
    });
  });
});
