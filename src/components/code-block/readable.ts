/**
 * Lifting Shiki's token colours to AA contrast. Only needed once Shiki's tokens exist, so it is part
 * of the lazy Shiki chunk (only `shiki.ts` imports it), not of the core bundle.
 *
 * The colour reading and WCAG maths it builds on (`contrast.ts`) are in the core, which needs them
 * before Shiki loads (to pick a theme from the code background). They are passed in, not imported:
 * a module both import would stay in the core, and the lazy chunk would then import the core bundle
 * by its file name (a second copy of everything on a page that loaded it under another URL, such as
 * one with a query string).
 */
import type * as Contrast from './contrast.js';
import type { Rgb } from './contrast.js';

/** What this module needs of `contrast.ts`: pass the module's own exports. */
export type ColourMaths = Pick<typeof Contrast, 'AA' | 'parseColor' | 'luminance' | 'contrastRatio'>;

/** `fg` painted over `bg` (alpha compositing), opaque. */
function over(fg: Rgb, bg: Rgb): Rgb {
  const a = Math.min(1, Math.max(0, fg.a));
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
}

const toHex = ({ r, g, b }: Rgb) =>
  '#' +
  [r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/**
 * `color`, or the nearest colour of the same hue (mixed towards black or white, whichever the
 * backgrounds call for) that reaches `min` contrast against every one of `backgrounds`. Returns
 * `color` unchanged when it already does or when a colour cannot be read.
 */
export function ensureContrast(
  color: string,
  backgrounds: readonly Rgb[],
  maths: ColourMaths,
  min: number = maths.AA,
): string {
  const { parseColor, luminance, contrastRatio } = maths;
  const fg = parseColor(color);
  if (!fg || backgrounds.length === 0) return color;
  const worst = (c: Rgb) => Math.min(...backgrounds.map((bg) => contrastRatio(over(c, bg), bg)));
  if (worst(fg) >= min) return color;
  const darkBackground = backgrounds.reduce((sum, bg) => sum + luminance(bg), 0) / backgrounds.length < 0.18;
  const target = darkBackground ? 255 : 0;
  const opaque = over(fg, backgrounds[0]!);
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex({
      r: opaque.r + (target - opaque.r) * t,
      g: opaque.g + (target - opaque.g) * t,
      b: opaque.b + (target - opaque.b) * t,
      a: 1,
    });
    if (worst(parseColor(mixed)!) >= min) return mixed;
  }
  return toHex({ r: target, g: target, b: target, a: 1 });
}
