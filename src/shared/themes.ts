/** The looks every element supports; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'terminal', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
