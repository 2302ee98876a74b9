/**
 * Colour reading and WCAG maths. Part of the core bundle: a block picks its Shiki theme from how dark
 * its background is before Shiki loads. Lifting token colours to AA (`ensureContrast`) is only needed
 * once Shiki's tokens exist, so it lives in `readable.ts`, in the lazy Shiki chunk.
 */
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
