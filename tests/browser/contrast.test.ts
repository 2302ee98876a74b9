// WCAG AA contrast for every token pair the elements paint, in every theme (theme="auto" under both
// colour-scheme preferences included), measured from computed styles (what the browser resolves), not
// read off the stylesheet: first the tokens themselves, then every pair as the real elements paint it
// (semi-transparent colours composited over the backdrop they are actually drawn on).
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { STATUSES, parseCollection } from '../../src/data/index.js';
import { contrastRatio, luminance, parseColor, type Rgb } from '../../src/components/code-block/contrast.js';
import { TOKENS, internalName, type Palette, type TokenName } from '../../src/shared/tokens.js';

const TEXT = 4.5;
const NON_TEXT = 3;
/** WCAG "large text": 18pt, or 14pt bold. */
const LARGE = 3;

/** A look: a `theme` attribute (none for the default), and the reader's colour scheme to emulate. */
interface Variant {
  name: string;
  theme?: 'light' | 'dark' | 'terminal' | 'auto';
  scheme?: 'light' | 'dark';
  dark: boolean;
  /** The row of the token table (`src/shared/tokens.ts`) this look must resolve to. */
  palette: Palette;
}
const VARIANTS: Variant[] = [
  { name: 'default', dark: false, palette: 'light' },
  { name: 'light', theme: 'light', dark: false, palette: 'light' },
  { name: 'dark', theme: 'dark', dark: true, palette: 'dark' },
  { name: 'terminal', theme: 'terminal', dark: true, palette: 'terminal' },
  { name: 'auto, reader prefers light', theme: 'auto', scheme: 'light', dark: false, palette: 'light' },
  { name: 'auto, reader prefers dark', theme: 'auto', scheme: 'dark', dark: true, palette: 'dark' },
];

/** The table's colour tokens (`color-scheme` is a keyword, not a colour). */
const COLOUR_TOKENS = (Object.keys(TOKENS.light) as TokenName[]).filter((name) =>
  TOKENS.light[name].startsWith('#'),
);

/**
 * Emulates the variant's `prefers-color-scheme` for the enclosing describe block. Playwright's Chromium
 * can; puppeteer's Firefox over WebDriver BiDi cannot (its emulateMediaFeatures is CDP-only and
 * throws), so there a block runs only if the browser's own preference is already the one wanted
 * (light, headless), and is skipped, visibly, otherwise.
 */
function emulateScheme(variant: Variant): void {
  if (!variant.scheme) return;
  const scheme = variant.scheme;
  const prefers = () => matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
  before(async function () {
    try {
      await emulateMedia({ colorScheme: scheme });
    } catch {
      if (!prefers()) this.skip();
    }
    expect(prefers(), `the reader prefers ${scheme}`).to.equal(true);
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
  });
}

/** Paints `style` on a probe inside `host`'s shadow root and reads one computed colour. */
function probe(
  host: HTMLElement,
  style: string,
  prop: 'color' | 'backgroundColor' | 'borderTopColor',
  attrs = '',
): Rgb {
  const span = document.createElement('span');
  span.setAttribute('style', style);
  for (const [k, v] of attrs ? attrs.split(' ').map((a) => a.split('=')) : []) span.setAttribute(k!, v ?? '');
  host.shadowRoot!.append(span);
  const value = getComputedStyle(span)[prop];
  span.remove();
  const rgb = parseColor(value);
  if (!rgb) throw new Error(`unparsed colour ${value} for ${style}`);
  expect(rgb.a, `${style} is opaque (${value})`).to.be.closeTo(1, 0.001);
  return rgb;
}
const token = (host: HTMLElement, name: string) => probe(host, `color: var(${name})`, 'color');

/** Reads the theme's tokens from a real element (inc-card carries the shared status styles). */
async function tokensOf(theme: Variant['theme']) {
  const card = document.createElement('inc-card');
  if (theme) card.setAttribute('theme', theme);
  const parsed = parseCollection({ reports: [{ id: 'C-1', title: 'Probe', status: 'resolved' }] });
  if (!parsed.ok) throw new Error('probe report invalid');
  (card as unknown as { report: unknown }).report = parsed.collection.reports[0];
  document.body.append(card);
  await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const t = {
    bg: token(card, '--_bg'),
    surface: token(card, '--_surface'),
    codeBg: token(card, '--_code-bg'),
    text: token(card, '--_text'),
    muted: token(card, '--_muted'),
    accent: token(card, '--_accent'),
    focus: token(card, '--_focus'),
    status: {} as Record<string, { color: Rgb; badge: Rgb }>,
    /** Every table token as the element resolves it, through its internal name. */
    table: Object.fromEntries(COLOUR_TOKENS.map((name) => [name, token(card, internalName(name))])),
    /** The error panel's border (a status colour used outside the status badge). */
    errorBorder: probe(card, '', 'borderTopColor', 'class=error'),
  };
  for (const status of STATUSES) {
    // The badge exactly as rendered: .status[data-status] (color-mix 12% over the surface).
    const attrs = `class=status data-status=${status}`;
    t.status[status] = {
      color: probe(card, '', 'color', attrs),
      badge: probe(card, '', 'backgroundColor', attrs),
    };
  }
  card.remove();
  return t;
}

const fmt = (c: Rgb) => `rgb(${[c.r, c.g, c.b].map((n) => Math.round(n)).join(' ')})`;

describe('colour contrast (WCAG AA), every theme', () => {
  it('the ratio maths matches known WCAG values', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(contrastRatio(black, white)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio(white, white)).to.equal(1);
    expect(luminance({ r: 128, g: 128, b: 128, a: 1 })).to.be.closeTo(0.2158, 1e-3);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio({ r: 0x76, g: 0x76, b: 0x76, a: 1 }, white)).to.be.closeTo(4.54, 0.01);
  });

  for (const variant of VARIANTS) {
    const theme = variant.theme;
    describe(`theme: ${variant.name}`, () => {
      let t: Awaited<ReturnType<typeof tokensOf>>;
      emulateScheme(variant);
      before(async () => {
        t = await tokensOf(theme);
      });

      it('the theme really applied (bg luminance matches the theme)', () => {
        const dark = variant.dark;
        if (dark) expect(luminance(t.bg)).to.be.below(0.05);
        else expect(luminance(t.bg)).to.be.above(0.9);
        if (theme === 'terminal') expect(t.accent.g).to.be.greaterThan(t.accent.r + 50); // the green accent
      });

      it(`every colour is the token table's "${variant.palette}" value`, () => {
        const palette = TOKENS[variant.palette] as Record<TokenName, string>;
        for (const name of COLOUR_TOKENS) {
          expect(fmt(t.table[name]!), `--inc-${name}`).to.equal(fmt(parseColor(palette[name])!));
        }
        expect(fmt(t.errorBorder), 'error panel border').to.equal(
          fmt(parseColor(palette['status-investigating'])!),
        );
      });

      const pairs: Array<[string, (x: typeof t) => Rgb, (x: typeof t) => Rgb, number]> = [
        ['text on bg', (x) => x.text, (x) => x.bg, TEXT],
        ['text on surface (cards, error panel)', (x) => x.text, (x) => x.surface, TEXT],
        ['text on code-bg (code, diagrams)', (x) => x.text, (x) => x.codeBg, TEXT],
        ['muted on bg (counts, meta)', (x) => x.muted, (x) => x.bg, TEXT],
        ['muted on surface (card meta, error source)', (x) => x.muted, (x) => x.surface, TEXT],
        ['muted on code-bg', (x) => x.muted, (x) => x.codeBg, TEXT],
        ['accent on bg (links, open-report button)', (x) => x.accent, (x) => x.bg, TEXT],
        ['accent on surface (links in cards)', (x) => x.accent, (x) => x.surface, TEXT],
        ['bg on accent (pressed tag, expanded button)', (x) => x.bg, (x) => x.accent, TEXT],
        ['focus ring vs bg', (x) => x.focus, (x) => x.bg, NON_TEXT],
        ['focus ring vs surface', (x) => x.focus, (x) => x.surface, NON_TEXT],
      ];
      for (const [name, fg, bg, min] of pairs) {
        it(`${name} ≥ ${min}:1`, () => {
          const ratio = contrastRatio(fg(t), bg(t));
          expect(ratio, `${fmt(fg(t))} on ${fmt(bg(t))} = ${ratio.toFixed(2)}`).to.be.at.least(min);
        });
      }

      for (const status of STATUSES) {
        it(`status "${status}": on its tinted badge, on surface and on bg ≥ ${TEXT}:1`, () => {
          const { color, badge } = t.status[status]!;
          // The badge really is a tint over the surface, not the surface itself.
          expect(fmt(badge)).to.not.equal(fmt(t.surface));
          for (const [where, bg] of [
            ['badge', badge],
            ['surface', t.surface],
            ['bg', t.bg],
          ] as const) {
            const ratio = contrastRatio(color, bg);
            expect(
              ratio,
              `${status} ${fmt(color)} on ${where} ${fmt(bg)} = ${ratio.toFixed(2)}`,
            ).to.be.at.least(TEXT);
          }
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Every pair as the elements really paint it.

/** A foreground colour (already composited) on the opaque colour it is drawn over. */
interface Pair {
  what: string;
  fg: Rgb;
  bg: Rgb;
  /** This pair's own AA level, where it differs from its check's (large text). */
  min?: number;
}

/** The next box up in the flat tree: a slotted element's slot, else its parent, else its shadow host. */
function up(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function hostOf(el: Element): string {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? `${root.host.localName} ` : '';
}

/** `inc-tag-filter button.tag[aria-pressed=true]`: enough to find the element from a failure. */
function describeEl(el: Element): string {
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const attrs = ['part', 'data-tone', 'aria-pressed', 'data-status']
    .filter((a) => el.hasAttribute(a))
    .map((a) => `[${a}=${el.getAttribute(a)}]`)
    .join('');
  return `${hostOf(el)}${el.localName}${classes}${attrs}`;
}

function colourOf(value: string, what: string): Rgb {
  const rgb = parseColor(value);
  if (!rgb) throw new Error(`unparsed colour ${value} (${what})`);
  return rgb;
}

/** `top` painted over the opaque `under` (source-over). */
function over(top: Rgb, under: Rgb): Rgb {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

/** The first element at or above `el` that paints a background (where its opacity stops mattering). */
function painter(el: Element): Element {
  for (let n: Element | null = el; n; n = up(n)) {
    if (colourOf(getComputedStyle(n).backgroundColor, describeEl(n)).a > 0) return n;
  }
  throw new Error(`nothing paints behind ${describeEl(el)}`);
}

/**
 * The opaque colour behind `el`'s content: its own background and every one beneath it, composited
 * from the first opaque one up. Throws on background images, whose colour a test cannot know.
 */
function backdrop(el: Element): Rgb {
  const layers: Rgb[] = [];
  for (let n: Element | null = el; n; n = up(n)) {
    const style = getComputedStyle(n);
    if (style.backgroundImage !== 'none') throw new Error(`${describeEl(n)} paints a background image`);
    const layer = colourOf(style.backgroundColor, describeEl(n));
    if (layer.a > 0) layers.push(layer);
    if (layer.a >= 1) return layers.reduceRight((under, top) => over(top, under));
  }
  throw new Error(`nothing opaque behind ${describeEl(el)}`);
}

/** Opacity from `el` up to the element that paints its backdrop (`.count` at 0.85, say). */
function fade(el: Element): number {
  const stop = painter(el);
  let opacity = 1;
  for (let n: Element | null = el; n && n !== stop; n = up(n)) opacity *= Number(getComputedStyle(n).opacity);
  return opacity;
}

/** `el`'s text colour, faded by its opacity, on its backdrop. */
function textPair(el: Element, { ignoreOpacity = false, pseudo = '' } = {}): Pair {
  const bg = backdrop(el);
  const color = colourOf(getComputedStyle(el, pseudo || null).color, describeEl(el));
  const alpha = color.a * (ignoreOpacity ? 1 : fade(el));
  return { what: `${describeEl(el)}${pseudo} text`, fg: over({ ...color, a: alpha }, bg), bg };
}

/** One side of `el`'s border on the backdrop outside it (WCAG 1.4.11: the component's boundary). */
function borderPair(el: Element, side: 'top' | 'left' = 'top'): Pair {
  const style = getComputedStyle(el);
  expect(style.getPropertyValue(`border-${side}-style`), `${describeEl(el)} has a border`).to.not.equal(
    'none',
  );
  expect(parseFloat(style.getPropertyValue(`border-${side}-width`))).to.be.greaterThan(0);
  const outside = backdrop(up(el)!);
  const color = colourOf(style.getPropertyValue(`border-${side}-color`), describeEl(el));
  return { what: `${describeEl(el)} border-${side}`, fg: over(color, outside), bg: outside };
}

/** `el`'s own fill on the backdrop outside it (a pressed toggle against the unpressed look). */
function fillPair(el: Element): Pair {
  return { what: `${describeEl(el)} fill`, fg: backdrop(el), bg: backdrop(up(el)!) };
}

/**
 * The focus ring `el` really shows when focused, on what it is drawn over: outside the element for a
 * positive offset, inside it for a negative one, or over `across` (a highlighted line it runs past).
 */
function ringPair(el: HTMLElement, across?: Element): Pair {
  el.focus({ preventScroll: true });
  try {
    expect(el.matches(':focus-visible'), `${describeEl(el)} matches :focus-visible`).to.equal(true);
    const style = getComputedStyle(el);
    expect(style.outlineStyle, `${describeEl(el)} draws a focus ring`).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const behind = across
      ? backdrop(across)
      : parseFloat(style.outlineOffset) >= 0
        ? backdrop(up(el)!)
        : backdrop(el);
    const ring = colourOf(style.outlineColor, describeEl(el));
    const where = across ? ` across ${describeEl(across)}` : '';
    return { what: `${describeEl(el)} focus ring${where}`, fg: over(ring, behind), bg: behind };
  } finally {
    el.blur();
  }
}

/** Every element matching `selector` inside the shadow roots of every `host` under `root`. */
function within(root: ParentNode, host: string, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) {
        if (el.localName === host) found.push(...el.shadowRoot.querySelectorAll<HTMLElement>(selector));
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** Every element under `root`, through shadow roots. */
function everything(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Shown to a sighted reader: laid out, visible, not clipped away (`.visually-hidden`), not transparent. */
function shown(el: Element): boolean {
  if (el.getClientRects().length === 0 || getComputedStyle(el).visibility !== 'visible') return false;
  for (let n: Element | null = el; n; n = up(n)) {
    const style = getComputedStyle(n);
    if (style.clip !== 'auto' && style.clip !== '') return false;
    if (style.opacity === '0') return false;
  }
  return true;
}

/** Text of the element itself: its own text nodes or generated `::before` content. */
function ownText(el: Element): boolean {
  if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
    return true;
  const content = getComputedStyle(el, '::before').content;
  return content !== 'none' && content !== 'normal' && content.replace(/["'\s]/g, '') !== '';
}

/** AA for the text's size: 3:1 at 24px, or 18.66px bold; 4.5:1 otherwise. */
function textMin(el: Element): number {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? LARGE : TEXT;
}

const INLINE =
  'Text with [a link](https://example.com/a), [`a code link`](https://example.com/b) and `code`.';
const SAMPLE = {
  reports: [
    {
      id: 'R-1',
      title: 'Everything a report can show',
      status: 'resolved',
      severity: 'SEV1',
      tags: ['Go', 'Kafka', 'Redis'],
      date: '2024-03-01',
      readingMinutes: 4,
      authors: [{ name: 'Ada', url: 'https://example.com/ada' }],
      summary: INLINE,
      outcomes: [{ label: 'Downtime', value: '4 min' }],
      impact: INLINE,
      timeline: [{ at: '10:00', text: INLINE }],
      actionItems: [
        { text: 'Fixed', done: true, owner: 'ops', url: 'https://example.com/c' },
        { text: 'Still open', done: false },
      ],
      body: [
        { type: 'heading', text: 'What happened' },
        { type: 'paragraph', text: INLINE },
        { type: 'list', items: [INLINE] },
        { type: 'quote', text: INLINE, cite: 'On call' },
        { type: 'callout', tone: 'info', text: INLINE },
        { type: 'callout', tone: 'warning', text: INLINE },
        { type: 'callout', tone: 'danger', text: INLINE },
        { type: 'code', code: 'SELECT 1;\nSELECT 2;', caption: 'Query' },
        {
          type: 'diagram',
          ascii: ['┌─────┐     ┌────┐', '│ api │ ──▶ │ db │ ●', '└─────┘     └────┘'],
          caption: 'Request flow',
        },
      ],
    },
    { id: 'R-2', title: 'Second', tags: ['Go', 'Python'] },
    { id: 'R-3', title: 'Third', tags: ['Rust'] },
  ],
};

/** Waits until every custom element under `root` (through shadow roots) has finished updating. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const pending = everything(root)
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((update): update is Promise<unknown> => update !== undefined);
    await Promise.all(pending);
    await aTimeout(20);
  }
}

/** One of each element in the variant's look, in the states that paint differently. */
async function mountEverything(variant: Variant): Promise<HTMLElement> {
  const parsed = parseCollection(SAMPLE);
  if (!parsed.ok) throw new Error('sample collection invalid');
  const theme = variant.theme ?? nothing;
  // Not `fixture`, which is removed after each test: these stay for the whole describe block.
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`
      <inc-report-list theme=${theme} group-by="none" tags="Go" .collection=${SAMPLE}>
        <inc-tag-filter slot="filter" search limit="2"></inc-tag-filter>
      </inc-report-list>
      <inc-report-list
        theme=${theme}
        group-by="none"
        query="no such report"
        .collection=${SAMPLE}
      ></inc-report-list>
      <inc-report theme=${theme} .report=${parsed.collection.reports[0]}></inc-report>
      <inc-report theme=${theme} src="/__content/status/503"></inc-report>
      <inc-code-block
        theme=${theme}
        line-numbers
        highlight="2"
        caption="Highlighted"
        .code=${'SELECT 1;\nSELECT 2;\nSELECT 3;'}
      ></inc-code-block>
    `,
    root,
  );
  await waitUntil(() => within(root, 'inc-report', '.retry').length === 1, 'the error panel', {
    timeout: 5000,
  });
  await settle(root);
  return root;
}

/** A check: a name and the pairs it measures on the mounted elements (never none). */
type Check = [name: string, min: number, measure: (root: HTMLElement) => Pair[]];

const TONES = ['info', 'warning', 'danger'] as const;
const callout = (root: HTMLElement, tone: string) =>
  within(root, 'inc-report', `.callout[data-tone=${tone}]`);
/** The standalone block (the report's has no highlighted lines). */
const block = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(':scope > inc-code-block')].flatMap((el) => [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
  ]);
const CONTROLS = 'button, input, a[href], [tabindex="0"]';

const CHECKS: Check[] = [
  // 1. Callouts: everything inside one on its tint, and the tone bar against the page.
  ...TONES.flatMap((tone): Check[] => [
    [
      `callout "${tone}": body text, tone label, links and code on the tinted callout`,
      TEXT,
      (root) => {
        const [el] = callout(root, tone);
        expect(el, `a ${tone} callout`).to.exist;
        expect(fmt(backdrop(el!)), 'the callout is tinted').to.not.equal(fmt(backdrop(up(el!)!)));
        return [el!, ...el!.querySelectorAll('.tone, a, code')].map((n) => textPair(n));
      },
    ],
    [
      `callout "${tone}": tone bar vs the page`,
      NON_TEXT,
      (root) => callout(root, tone).map((el) => borderPair(el, 'left')),
    ],
    [
      `callout "${tone}": focus ring of a link vs the tint`,
      NON_TEXT,
      (root) => callout(root, tone).flatMap((el) => [...el.querySelectorAll('a')].map((a) => ringPair(a))),
    ],
  ]),
  // 2. Code blocks: highlighted lines.
  [
    'code block: code text and line number on a highlighted line',
    TEXT,
    (root) => {
      const [line] = block(root, 'mark.line.highlighted');
      expect(line, 'a highlighted line').to.exist;
      expect(fmt(backdrop(line!)), 'the line is tinted').to.not.equal(fmt(backdrop(up(line!)!)));
      return block(root, 'mark.line.highlighted > .text, mark.line.highlighted > .number').map((n) =>
        textPair(n),
      );
    },
  ],
  [
    'code block: code text and line number on a plain line',
    TEXT,
    (root) => block(root, 'span.line > .text, span.line > .number').map((n) => textPair(n)),
  ],
  [
    'code block: highlight bar vs the code background',
    NON_TEXT,
    (root) => block(root, 'mark.line.highlighted').map((n) => borderPair(n, 'left')),
  ],
  [
    'code block: focus ring of the scroller vs the code background and a highlighted line',
    NON_TEXT,
    (root) =>
      block(root, '.scroller').flatMap((s) => [
        ringPair(s),
        ...[...s.querySelectorAll('mark.line.highlighted')].map((line) => ringPair(s, line)),
      ]),
  ],
  [
    'code block: caption, copy button and its "copied" state on the header',
    TEXT,
    (root) =>
      within(root, 'inc-code-block', '.caption:not([hidden]), .copy').flatMap((el) => {
        if (!el.matches('.copy')) return [textPair(el)];
        const rest = textPair(el);
        const status = el.getAttribute('data-status');
        el.setAttribute('data-status', 'copied');
        try {
          const copied = textPair(el);
          expect(fmt(copied.fg), 'the "copied" state is painted in the accent').to.not.equal(fmt(rest.fg));
          return [rest, copied];
        } finally {
          if (status === null) el.removeAttribute('data-status');
          else el.setAttribute('data-status', status);
        }
      }),
  ],
  // 3. Accents on the code and diagram backgrounds, and links on every surface they appear on.
  [
    'diagram: arrows, lines, shapes, labels, caption and copy button on the diagram background',
    TEXT,
    (root) => {
      for (const part of ['arrow', 'line', 'shape']) {
        expect(within(root, 'inc-ascii-diagram', `[part=${part}]`), `the diagram has ${part}s`).to.not.be
          .empty;
      }
      return within(root, 'inc-ascii-diagram', '.row > span, figcaption, .copy').map((n) => textPair(n));
    },
  ],
  [
    'links on every surface (page, callouts, card, timeline, actions) and link-wrapped code spans',
    TEXT,
    (root) => {
      const links = everything(root).filter((el) => el.matches('a[href]:not(.anchor), a[href] code'));
      const surfaces = new Set(links.map((a) => fmt(backdrop(a))));
      expect(surfaces.size, 'links measured on several surfaces').to.be.at.least(5);
      return links.map((a) => textPair(a));
    },
  ],
  [
    'heading permalink "#" as shown on hover and focus (hidden otherwise)',
    TEXT,
    (root) => within(root, 'inc-report', '.anchor').map((a) => textPair(a, { ignoreOpacity: true })),
  ],
  [
    'search placeholder on the search input',
    TEXT,
    (root) =>
      within(root, 'inc-tag-filter', 'input').map((input) => {
        const pair = textPair(input, { pseudo: '::placeholder' });
        expect(fmt(pair.fg), '::placeholder read (muted, not the text colour)').to.not.equal(
          fmt(textPair(input).fg),
        );
        return pair;
      }),
  ],
  // 4. Non-text contrast (WCAG 1.4.11): what identifies a control, its state, and its focus ring.
  [
    'search input: border vs the background',
    NON_TEXT,
    (root) => within(root, 'inc-tag-filter', 'input').map((n) => borderPair(n)),
  ],
  [
    'tag filter: tag, "more", any/all and clear buttons: borders vs the background',
    NON_TEXT,
    (root) =>
      within(root, 'inc-tag-filter', 'button:not([aria-disabled=true]):not([aria-pressed=true])').map((n) =>
        borderPair(n),
      ),
  ],
  [
    'card: tag buttons and the open-report button: borders vs the card',
    NON_TEXT,
    (root) =>
      within(root, 'inc-card', 'button.tag:not([aria-pressed=true]), .open-report').map((n) => borderPair(n)),
  ],
  [
    'copy (code, diagram), retry and clear-filters buttons: borders vs their background',
    NON_TEXT,
    (root) =>
      ['inc-code-block', 'inc-ascii-diagram', 'inc-report', 'inc-report-list'].flatMap((host) =>
        within(root, host, 'button.copy, button.retry, button.clear').map((n) => borderPair(n)),
      ),
  ],
  [
    'pressed toggles (filter tags, any/all, card tags): fill vs the background',
    NON_TEXT,
    (root) => {
      const pressed = [
        ...within(root, 'inc-tag-filter', '[aria-pressed=true]'),
        ...within(root, 'inc-card', '[aria-pressed=true]'),
      ];
      expect(
        pressed.length,
        'a pressed tag and match button in the filter, a pressed card tag',
      ).to.be.at.least(3);
      return pressed.map((n) => fillPair(n));
    },
  ],
  [
    'focus ring of every control vs what it is drawn on',
    NON_TEXT,
    (root) =>
      everything(root)
        .filter((el): el is HTMLElement => el.matches(CONTROLS) && shown(el))
        .map((el) => ringPair(el)),
  ],
  // Everything else: every visible piece of text, at the AA level for its size.
  [
    'every visible text in every element (large text: 3:1)',
    TEXT,
    (root) => {
      const texts = everything(root).filter((el) => ownText(el) && shown(el));
      expect(texts.length).to.be.greaterThan(100);
      return texts.map((el) => ({ ...textPair(el), min: textMin(el) }));
    },
  ],
];

describe('colour contrast (WCAG AA) as rendered, every theme', () => {
  for (const variant of VARIANTS) {
    describe(`theme: ${variant.name}`, () => {
      let root: HTMLElement;
      emulateScheme(variant);
      before(async function () {
        this.timeout(20000);
        root = await mountEverything(variant);
      });
      after(() => root?.remove());

      it('the look really applied (report background luminance)', () => {
        const [report] = within(root, 'inc-report', '.report');
        const bg = luminance(backdrop(report!));
        if (variant.dark) expect(bg).to.be.below(0.05);
        else expect(bg).to.be.above(0.9);
      });

      for (const [name, min, measure] of CHECKS) {
        it(`${name} ≥ ${min}:1`, () => {
          const pairs = measure(root);
          expect(pairs, 'something was measured').to.not.be.empty;
          const failing = pairs
            .map((p) => ({ ...p, ratio: contrastRatio(p.fg, p.bg) }))
            .filter((p) => p.ratio < (p.min ?? min))
            .map((p) => `${p.what}: ${fmt(p.fg)} on ${fmt(p.bg)} = ${p.ratio.toFixed(2)} < ${p.min ?? min}`);
          expect(failing, failing.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});
