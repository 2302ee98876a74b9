import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { IncCodeBlock, IncHighlightDetail } from './code-block.js';
import type { IncCopyDetail } from '../../shared/events.js';
import * as contrast from './contrast.js';
import { AA, contrastRatio, parseColor, type Rgb } from './contrast.js';
import { ensureContrast } from './readable.js';
import { resolveLanguage } from './highlighter.js';
import { inLineRanges, parseLineRanges } from './line-ranges.js';
import { dedent } from './source-text.js';
import { TOKENS } from '../../shared/tokens.js';

const part = (el: IncCodeBlock, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: IncCodeBlock, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The tokens rendered with a colour (there are none before highlighting). */
const colored = (el: IncCodeBlock) => [...part(el, 'code')!.querySelectorAll<HTMLElement>('span[style]')];
/** The text of each line as a reader sees it (generated labels and numbers are not text). */
const lineTexts = (el: IncCodeBlock) => parts(el, 'line').map((line) => line.textContent);
/** The first opaque background behind `node`, inside the shadow root. */
function backgroundOf(node: Element): Rgb {
  for (let el: Element | null = node; el; el = el.parentElement) {
    const color = parseColor(getComputedStyle(el).backgroundColor);
    if (color && color.a > 0) return color;
  }
  throw new Error('no background');
}
const box = (node: Element) => {
  const { x, y, width, height } = node.getBoundingClientRect();
  return { x, y, width, height };
};

const SQL = `SELECT id, email
FROM users
WHERE created_at > now() - interval '1 day'
  AND deleted_at IS NULL
ORDER BY id;`;

/**
 * Renders a wrapper around blocks and waits for the blocks, not for an animation frame as `fixture`
 * does for plain elements: a test page in a background tab (Firefox, files run in parallel) gets none.
 */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await Promise.all([...el.querySelectorAll('inc-code-block')].map((block) => block.updateComplete));
  return el;
}

/** Replaces `navigator.clipboard.writeText` for one test. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const clipboard = navigator.clipboard;
  const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  Object.defineProperty(clipboard, 'writeText', { value: write, configurable: true });
  return () => {
    if (own) Object.defineProperty(clipboard, 'writeText', own);
    else delete (clipboard as unknown as Record<string, unknown>).writeText;
  };
}

describe('code-block helpers', () => {
  it('parses line ranges forgivingly', () => {
    expect(parseLineRanges('3-5,9')).to.deep.equal([
      { from: 3, to: 5 },
      { from: 9, to: 9 },
    ]);
    expect(parseLineRanges(' 5 - 3 ; 7- ')).to.deep.equal([
      { from: 3, to: 5 },
      { from: 7, to: 1_000_000 },
    ]);
    expect(parseLineRanges('x, 0, -2, 1e3, 2..4, ')).to.deep.equal([]);
    expect(parseLineRanges('99999999999999999999')).to.deep.equal([]);
    expect(parseLineRanges(undefined)).to.deep.equal([]);
    expect(parseLineRanges({ toString: () => '1' })).to.deep.equal([]);
    const ranges = parseLineRanges('3-5,9');
    expect([1, 2, 3, 4, 5, 6, 9, 10].map((n) => inLineRanges(ranges, n))).to.deep.equal([
      false,
      false,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('dedents text content and drops the blank lines around it', () => {
    expect(dedent('\n\n    a\n      b\n\n    c\n   \n')).to.equal('a\n  b\n\nc');
    expect(dedent('\r\n\tx\r\n\t\ty\r\n')).to.equal('x\n\ty');
    expect(dedent('  a\n\tb')).to.equal('  a\n\tb');
    expect(dedent('   \n  ')).to.equal('');
  });

  it('resolves languages and aliases, and nothing else', () => {
    expect(resolveLanguage('SQL')).to.equal('sql');
    expect(resolveLanguage(' sh ')).to.equal('bash');
    expect(resolveLanguage('tf')).to.equal('terraform');
    expect(resolveLanguage('yml')).to.equal('yaml');
    for (const weird of [
      '',
      'text',
      'plain',
      'brainfuck',
      '__proto__',
      'constructor',
      'toString',
      null,
      42,
    ]) {
      expect(resolveLanguage(weird), String(weird)).to.equal(undefined);
    }
  });

  it('lifts colours to AA contrast, keeping those that pass', () => {
    // The themes' code backgrounds, from the one token table.
    const light = parseColor(TOKENS.light['color-code-bg'])!;
    const dark = parseColor(TOKENS.dark['color-code-bg'])!;
    expect(ensureContrast('#24292e', [light], contrast)).to.equal('#24292e');
    for (const [fg, bg] of [
      ['#6a737d', light],
      ['#6a737d', dark],
      ['#ffffff80', light],
      ['#e1e4e8', light],
    ] as const) {
      const fixed = ensureContrast(fg, [bg], contrast);
      expect(contrastRatio(parseColor(fixed)!, bg), `${fg} → ${fixed}`).to.be.at.least(AA);
    }
    expect(parseColor('color(srgb 0.5 0.25 1)')).to.deep.equal({ r: 127.5, g: 63.75, b: 255, a: 1 });
    expect(ensureContrast('not a colour', [light], contrast)).to.equal('not a colour');
  });
});

describe('inc-code-block', () => {
  it('shows the dedented text at once, then Shiki tokens as coloured elements', async () => {
    const seen: IncHighlightDetail[] = [];
    const record = (e: CustomEvent<IncHighlightDetail>) => seen.push(e.detail);
    // prettier-ignore
    const el = await fixture<IncCodeBlock>(html`<inc-code-block language="sql" @inc-highlight=${record}>

      SELECT 1;
        -- indented comment

    </inc-code-block>`);
    expect(lineTexts(el)).to.deep.equal(['SELECT 1;', '  -- indented comment']);
    expect(await el.highlightComplete).to.equal(true);
    expect(seen).to.deep.equal([{ language: 'sql', theme: 'github-light' }]);
    expect(el.highlighted).to.equal(true);
    const tokens = colored(el);
    expect(tokens.length).to.be.greaterThan(3);
    const keyword = tokens.find((t) => t.textContent === 'SELECT')!;
    expect(keyword, 'SELECT is its own token').to.exist;
    expect(getComputedStyle(keyword).color).to.not.equal(getComputedStyle(part(el, 'code')!).color);
    expect(new Set(tokens.map((t) => t.style.color)).size, 'several colours').to.be.greaterThan(1);
    // The text is unchanged by highlighting.
    expect(lineTexts(el)).to.deep.equal(['SELECT 1;', '  -- indented comment']);
  });

  it('takes the code property over the text content, verbatim', async () => {
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block language="sql" .code=${'  SELECT 2;\r\n'}>SELECT 1;</inc-code-block>`,
    );
    expect(lineTexts(el)).to.deep.equal(['  SELECT 2;']);
    expect(el.shownCode).to.equal('  SELECT 2;');
    // Same string as property and as text: the property is still taken verbatim, the text dedented.
    const same = await fixture<IncCodeBlock>(html`<inc-code-block .code=${'  x'}> x</inc-code-block>`);
    expect(lineTexts(same)).to.deep.equal(['  x']);
    same.code = undefined;
    await same.updateComplete;
    expect(lineTexts(same)).to.deep.equal(['x']);
  });

  it('follows changes to its text content, and stops watching when removed', async () => {
    const el = await fixture<IncCodeBlock>(html`<inc-code-block>one</inc-code-block>`);
    el.firstChild!.textContent = 'two\nlines';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(lineTexts(el)).to.deep.equal(['two', 'lines']);
    el.append(document.createElement('br'), 'three');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(lineTexts(el)).to.deep.equal(['two', 'lines', 'three']);

    const { prototype } = MutationObserver;
    const disconnect = Object.getOwnPropertyDescriptor(prototype, 'disconnect')!;
    let disconnected = 0;
    prototype.disconnect = function (this: MutationObserver) {
      disconnected++;
      (disconnect.value as () => void).call(this);
    };
    try {
      const parent = el.parentNode!;
      el.remove();
      expect(disconnected).to.equal(1);
      el.textContent = 'while away';
      parent.append(el);
      await el.updateComplete;
      expect(lineTexts(el)).to.deep.equal(['while away']);
    } finally {
      Object.defineProperty(prototype, 'disconnect', disconnect);
    }
  });

  it('reads code from a <script type="text/plain"> child with < unescaped, and ignores the caption slot', async () => {
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block language="typescript"
        ><span slot="caption">Generic <em>types</em></span>
        <script type="text/plain">
          const m = new Map<string, number[]>();
        </script>
      </inc-code-block>`,
    );
    expect(lineTexts(el)).to.deep.equal(['const m = new Map<string, number[]>();']);
    expect(part(el, 'caption')!.hidden).to.equal(false);
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal('caption');
    expect(await el.highlightComplete).to.equal(true);
    expect(lineTexts(el)).to.deep.equal(['const m = new Map<string, number[]>();']);
  });

  it('shows an unknown language as plain text without an error', async () => {
    for (const language of ['brainfuck', 'text', '__proto__', '']) {
      const el = await fixture<IncCodeBlock>(
        html`<inc-code-block language=${language}>a &lt; b</inc-code-block>`,
      );
      expect(await el.highlightComplete, language).to.equal(false);
      expect(el.highlighted).to.equal(false);
      expect(colored(el)).to.have.length(0);
      expect(lineTexts(el)).to.deep.equal(['a < b']);
    }
  });

  it('shows hostile text as text', async () => {
    const hostile =
      '<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n${"`"}</inc-code-block>\u202e\u0000';
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block language="javascript" .code=${hostile}></inc-code-block>`,
    );
    await el.highlightComplete;
    expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
    expect(lineTexts(el).join('\n')).to.equal(hostile);
    const weird = await fixture<IncCodeBlock>(
      html`<inc-code-block
        language="sql"
        highlight="-1--2,a,0"
        .code=${'x'.repeat(300_000)}
      ></inc-code-block>`,
    );
    expect(await weird.highlightComplete, 'too long to highlight').to.equal(false);
  });

  it('keeps the same box from plain text to highlighted tokens', async () => {
    const code = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout   # the service that timed out
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: "registry.example.com/checkout:2026.03.1-with-a-rather-long-tag-that-overflows-the-box"
          resources: { limits: { memory: 512Mi, cpu: "1" } }`;
    // The blocks start without a language, so the plain text is certainly what is measured first; the
    // language then only changes the region's label until the tokens arrive.
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 420px">
        <inc-code-block .code=${code}></inc-code-block>
        <inc-code-block line-numbers highlight="4,11-12" caption="Deployment" .code=${code}></inc-code-block>
        <inc-code-block wrap line-numbers .code=${code}></inc-code-block>
        <inc-code-block theme="dark" .code=${code}></inc-code-block>
      </div>`,
    );
    const blocks = [...wrapper.querySelectorAll('inc-code-block')];
    await Promise.all(blocks.map((b) => b.updateComplete));
    const measure = () =>
      blocks.map((b) => ({
        host: box(b),
        code: box(part(b, 'code')!),
        scroll: [part(b, 'scroller')!.scrollWidth, part(b, 'scroller')!.scrollHeight],
        lines: parts(b, 'line').map((line) => box(line)),
      }));
    const before = measure();
    for (const b of blocks) b.language = 'yaml';
    expect(await Promise.all(blocks.map((b) => b.highlightComplete))).to.deep.equal([true, true, true, true]);
    for (const b of blocks) expect(colored(b).length).to.be.greaterThan(10);
    expect(measure()).to.deep.equal(before);
    const [plain, , wrapped] = before;
    expect(plain!.scroll[0], 'the long line overflows').to.be.greaterThan(plain!.host.width);
    expect(wrapped!.scroll[0], 'wrapped lines do not').to.be.at.most(wrapped!.host.width);
  });

  it('copies the code, announces it and fires inc-copy', async () => {
    let copied = '';
    const restore = stubClipboard((text) => {
      copied = text;
      return Promise.resolve();
    });
    try {
      const el = await fixture<IncCodeBlock>(
        html`<inc-code-block language="sql" line-numbers highlight="2" .code=${SQL}></inc-code-block>`,
      );
      await el.highlightComplete;
      const button = part(el, 'copy-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.equal('Copy code');
      const event = oneEvent(el, 'inc-copy');
      button.click();
      const { detail } = (await event) as CustomEvent<IncCopyDetail>;
      expect(detail).to.deep.equal({ text: SQL, ok: true });
      // No line numbers, no "highlighted line" labels: exactly the code.
      expect(copied).to.equal(SQL);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Copied');
      expect(button.textContent.trim()).to.equal('Copied');
    } finally {
      restore();
    }
  });

  it('says when copying fails, without throwing', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    // The fallback fails too (a browser may allow `execCommand('copy')` even without a user gesture).
    const doc = document as unknown as { execCommand: (command: string) => boolean };
    doc.execCommand = () => false;
    try {
      const el = await fixture<IncCodeBlock>(html`<inc-code-block .code=${'x'}></inc-code-block>`);
      const event = oneEvent(el, 'inc-copy');
      part(el, 'copy-button')!.click();
      const { detail } = (await event) as CustomEvent<IncCopyDetail>;
      expect(detail.ok).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Copy failed');
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
      restore();
    }
  });

  it('numbers lines with text that is never selected or copied', async () => {
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block language="sql" line-numbers .code=${SQL}></inc-code-block>`,
    );
    await el.highlightComplete;
    const numbers = parts(el, 'line-number');
    expect(numbers).to.have.length(5);
    numbers.forEach((n, i) => {
      // Chromium computes the generated text, Firefox keeps `attr()`.
      expect(getComputedStyle(n, '::before').content).to.be.oneOf([`"${i + 1}"`, 'attr(data-line)']);
      expect(n.dataset.line).to.equal(String(i + 1));
      expect(n.getBoundingClientRect().width).to.be.greaterThan(0);
    });
    for (const n of numbers) {
      expect(n.textContent).to.equal('');
      expect(n.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(n).userSelect).to.equal('none');
    }
    const selection = getSelection()!;
    selection.selectAllChildren(part(el, 'code')!);
    const selected = selection.toString();
    selection.removeAllRanges();
    expect(selected).to.equal(SQL);
    expect(part(el, 'code')!.textContent).to.equal(SQL);
  });

  it('marks highlighted lines visually and for assistive technology', async () => {
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block language="sql" highlight="2-3, 5, 40-" .code=${SQL}></inc-code-block>`,
    );
    await el.highlightComplete;
    const lines = parts(el, 'line');
    expect(lines.map((l) => l.matches('mark[part~="line-highlighted"]'))).to.deep.equal([
      false,
      true,
      true,
      false,
      true,
    ]);
    const marked = lines[1]!;
    expect(getComputedStyle(marked).backgroundColor).to.not.equal(
      getComputedStyle(lines[0]!).backgroundColor,
    );
    expect(getComputedStyle(marked).borderInlineStartColor).to.not.equal(
      getComputedStyle(lines[0]!).borderInlineStartColor,
    );
    const label = marked.querySelector('.label')!;
    expect(label.getAttribute('data-label')).to.equal('highlighted line');
    expect(getComputedStyle(label, '::before').content).to.match(/highlighted line|attr\(data-label\)/);
    // Not part of the line's text, so never copied.
    expect(marked.textContent).to.equal('FROM users');
  });

  it('has a keyboard-reachable, labelled scroll region', async () => {
    const el = await mount(
      html`<div>
        <button id="before">before</button>
        <inc-code-block
          language="go"
          .code=${'package main\n\nfunc main() { println("' + 'x'.repeat(300) + '") }'}
        ></inc-code-block>
      </div>`,
    );
    const block = el.querySelector('inc-code-block')!;
    await block.highlightComplete;
    const scroller = part(block, 'scroller')!;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-label')).to.equal('go code');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(scroller.tabIndex).to.equal(0);
    if (!document.hasFocus()) {
      // Key presses need the focused page; with test files in parallel (Firefox) this one may not be.
      scroller.focus();
      expect(block.shadowRoot!.activeElement).to.equal(scroller);
      return;
    }
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(block.shadowRoot!.activeElement).to.equal(part(block, 'copy-button'));
    await sendKeys({ press: 'Tab' });
    expect(block.shadowRoot!.activeElement).to.equal(scroller);
    expect(getComputedStyle(scroller).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({ press: 'ArrowRight' });
    // Firefox scrolls smoothly: wait for the scroll to start rather than for a fixed time.
    await waitUntil(() => scroller.scrollLeft > 0, 'arrow keys scroll it', { timeout: 3000 });
  });

  it('labels the region with the caption when there is one', async () => {
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block caption="The migration" .code=${'x'}></inc-code-block>`,
    );
    expect(part(el, 'caption')!.textContent.trim()).to.equal('The migration');
    expect(part(el, 'scroller')!.getAttribute('aria-labelledby')).to.equal('caption');
    expect(part(el, 'base')!.tagName).to.equal('FIGURE');
    expect(part(el, 'header')!.tagName).to.equal('FIGCAPTION');
  });

  it('accepts a lang attribute naming a code language, keeping the page language for the text', async () => {
    const wrapper = await mount(
      html`<div lang="fr"><inc-code-block lang="sql">SELECT 1;</inc-code-block></div>`,
    );
    const el = wrapper.querySelector('inc-code-block')!;
    expect(await el.highlightComplete).to.equal(true);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    const human = await fixture<IncCodeBlock>(html`<inc-code-block lang="en">SELECT 1;</inc-code-block>`);
    expect(await human.highlightComplete).to.equal(false);
    expect(part(human, 'base')!.hasAttribute('lang')).to.equal(false);
  });

  it('follows its theme: github-light, github-dark, a dark one for terminal, and the container', async () => {
    const seen: string[] = [];
    const record = (e: CustomEvent<IncHighlightDetail>) => seen.push(e.detail.theme);
    const themeOf = async (el: IncCodeBlock) => {
      seen.length = 0;
      await el.highlightComplete;
      return seen.at(-1);
    };
    const el = await fixture<IncCodeBlock>(
      html`<inc-code-block
        language="sql"
        theme="dark"
        @inc-highlight=${record}
        .code=${SQL}
      ></inc-code-block>`,
    );
    await el.highlightComplete;
    expect(seen).to.deep.equal(['github-dark']);
    const darkColors = colored(el).map((t) => t.style.color);
    el.theme = 'light';
    expect(await themeOf(el)).to.equal('github-light');
    expect(colored(el).map((t) => t.style.color)).to.not.deep.equal(darkColors);
    el.theme = 'terminal';
    expect(await themeOf(el)).to.equal('vitesse-black');
    el.removeAttribute('theme');
    expect(await themeOf(el)).to.equal('github-light');
    seen.length = 0;
    const inDark = await mount(
      html`<div theme="dark">
        <inc-code-block language="sql" @inc-highlight=${record} .code=${SQL}></inc-code-block>
      </div>`,
    );
    await inDark.querySelector('inc-code-block')!.highlightComplete;
    expect(seen, 'inherits the container theme').to.deep.equal(['github-dark']);
    seen.length = 0;
    const custom = await mount(
      html`<div style="--inc-color-code-bg: #101010; --inc-color-text: #eee">
        <inc-code-block language="sql" @inc-highlight=${record} .code=${SQL}></inc-code-block>
      </div>`,
    );
    await custom.querySelector('inc-code-block')!.highlightComplete;
    expect(seen, 'a dark background').to.deep.equal(['github-dark']);
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const seen: string[] = [];
    const record = (e: CustomEvent<IncHighlightDetail>) => seen.push(e.detail.theme);
    try {
      await emulateMedia({ colorScheme: 'light' });
    } catch {
      return; // This launcher cannot emulate media features (checked in the browsers that can).
    }
    try {
      const el = await fixture<IncCodeBlock>(
        html`<inc-code-block
          language="sql"
          theme="auto"
          @inc-highlight=${record}
          .code=${SQL}
        ></inc-code-block>`,
      );
      await el.highlightComplete;
      expect(seen).to.deep.equal(['github-light']);
      await emulateMedia({ colorScheme: 'dark' });
      // The media change reaches the page as an event, later on a loaded machine (50 ms was not enough).
      await waitUntil(() => seen.length > 1, 'highlighted again after the scheme change', { timeout: 5000 });
      await el.highlightComplete;
      expect(seen).to.deep.equal(['github-light', 'github-dark']);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const theme of ['light', 'dark', 'terminal', 'auto'] as const) {
    it(`passes axe (contrast included) in the ${theme} theme`, async () => {
      const el = await fixture<IncCodeBlock>(
        html`<inc-code-block
          language="sql"
          theme=${theme}
          line-numbers
          highlight="2-3"
          caption="Cleanup query"
          .code=${SQL + '\n-- a comment in a muted colour'}
        ></inc-code-block>`,
      );
      expect(await el.highlightComplete).to.equal(true);
      await expect(el).to.be.accessible();
      // Every token reaches AA on its own background (axe samples; this checks them all).
      for (const token of colored(el)) {
        const ratio = contrastRatio(parseColor(getComputedStyle(token).color)!, backgroundOf(token));
        expect(ratio, `"${token.textContent}" ${token.style.color}`).to.be.at.least(AA);
      }
    });
  }
});

describe('inc-code-block inside a themed element', () => {
  it('re-colours its tokens when an ancestor element switches theme', async () => {
    const { parseCollection } = await import('../../data/index.js');
    await import('../report/define.js');
    const parsed = parseCollection({
      reports: [{ title: 'T', body: [{ type: 'code', code: 'SELECT 1 FROM users;', lang: 'sql' }] }],
    });
    if (!parsed.ok) throw new Error('fixture');
    const report = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<inc-report theme="light" .report=${parsed.collection.reports[0]}></inc-report>`,
    );
    const block = report.shadowRoot!.querySelector<IncCodeBlock>('inc-code-block')!;
    await block.highlightComplete;
    const colours = () =>
      [...block.shadowRoot!.querySelectorAll<HTMLElement>('[part~="code"] span[style]')]
        .map((t) => t.style.color)
        .join();
    const light = colours();
    const themed = oneEvent(block, 'inc-highlight');
    report.setAttribute('theme', 'dark');
    await themed;
    await block.updateComplete;
    expect(colours()).to.not.equal(light);
  });
});
