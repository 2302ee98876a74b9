/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** WCAG AA for normal text. */
export const AA = 4.5;

/**
 * Reads a colour as Shiki writes it (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`) or as browsers
 * compute it (`rgb()`, `rgba()`, `color(srgb …)`). `undefined` for anything else.
 */
export function parseColor(value: unknown): Rgb | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const channel = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
  }
  const fn = /^(rgba?|color)\((.*)\)$/.exec(text);
  if (!fn) return undefined;
  let args = fn[2]!.trim();
  let scale = 1;
  if (fn[1] === 'color') {
    if (!args.startsWith('srgb ')) return undefined;
    args = args.slice(5);
    scale = 255;
  }
  const parts = args.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const numbers = parts.map((part, i) => {
    const n = parseFloat(part);
    if (part.endsWith('%')) return i === 3 ? n / 100 : (n / 100) * 255;
    return i === 3 ? n : n * scale;
  });
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [r, g, b, a = 1] = numbers as [number, number, number, number?];
  return { r, g, b, a };
}

/** `fg` painted over `bg` (alpha compositing), opaque. */
function over(fg: Rgb, bg: Rgb): Rgb {
  const a = Math.min(1, Math.max(0, fg.a));
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours (1–21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
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
export function ensureContrast(color: string, backgrounds: readonly Rgb[], min = AA): string {
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
  return darkBackground ? '#ffffff' : '#000000';
}
