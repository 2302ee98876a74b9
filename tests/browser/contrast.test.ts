// WCAG AA contrast for every token pair the elements paint, in every theme, measured from computed
// styles (what the browser resolves), not read off the stylesheet.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { STATUSES, parseCollection } from '../../src/data/index.js';
import { contrastRatio, luminance, parseColor, type Rgb } from '../../src/components/code-block/contrast.js';

const THEMES = ['default', 'light', 'dark', 'terminal'] as const;
const TEXT = 4.5;
const NON_TEXT = 3;

/** Paints `style` on a probe inside `host`'s shadow root and reads one computed colour. */
function probe(host: HTMLElement, style: string, prop: 'color' | 'backgroundColor', attrs = ''): Rgb {
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
async function tokensOf(theme: (typeof THEMES)[number]) {
  const card = document.createElement('inc-card');
  if (theme !== 'default') card.setAttribute('theme', theme);
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

  for (const theme of THEMES) {
    describe(`theme: ${theme}`, () => {
      let t: Awaited<ReturnType<typeof tokensOf>>;
      before(async () => {
        t = await tokensOf(theme);
      });

      it('the theme really applied (bg luminance matches the theme)', () => {
        const dark = theme === 'dark' || theme === 'terminal';
        if (dark) expect(luminance(t.bg)).to.be.below(0.05);
        else expect(luminance(t.bg)).to.be.above(0.9);
        if (theme === 'terminal') expect(t.accent.g).to.be.greaterThan(t.accent.r + 50); // the green accent
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
