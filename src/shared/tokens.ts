/**
 * The one place the themes' colours are written: theme → token → value. The theme CSS is generated
 * from it (`base.styles.ts`), and the contrast tests read it, so a palette cannot drift between
 * copies. A token `name` is the public custom property `--inc-<name>`; inside the elements it is read
 * through `--_<name without "color-">`, with the light value as the fallback when no theme is set.
 */
const LIGHT = {
  'color-bg': '#ffffff',
  'color-surface': '#f6f8fa',
  'color-text': '#1f2328',
  'color-muted': '#57606a',
  'color-border': '#d0d7de',
  'color-accent': '#0550ae',
  'color-focus': '#0969da',
  'color-code-bg': '#eff1f3',
  'status-investigating': '#a40e26',
  'status-identified': '#953800',
  'status-monitoring': '#7d4e00',
  'status-resolved': '#116329',
  'status-postmortem': '#6639ba',
  'status-operating': '#0a3f8a',
  'status-retired': '#4b535d',
  /** Native parts (scrollbars, form controls) drawn for this palette. */
  'color-scheme': 'light',
} as const;

/** Every palette lists exactly the light palette's tokens (the compiler checks). */
type Complete = Record<keyof typeof LIGHT, string>;

export const TOKENS = {
  light: LIGHT,
  dark: {
    'color-bg': '#0d1117',
    'color-surface': '#161b22',
    'color-text': '#e6edf3',
    'color-muted': '#9da7b3',
    'color-border': '#30363d',
    'color-accent': '#58a6ff',
    'color-focus': '#79c0ff',
    'color-code-bg': '#1f2630',
    'status-investigating': '#ff7b72',
    'status-identified': '#ffa657',
    'status-monitoring': '#e3b341',
    'status-resolved': '#56d364',
    'status-postmortem': '#d2a8ff',
    'status-operating': '#79c0ff',
    'status-retired': '#9da7b3',
    /** Native parts (scrollbars, form controls) drawn for this palette. */
    'color-scheme': 'dark',
  } as const satisfies Complete,
  terminal: {
    'color-bg': '#0c0f0c',
    'color-surface': '#111611',
    'color-text': '#d4f5d0',
    'color-muted': '#9cc596',
    'color-border': '#2d4a2d',
    'color-accent': '#7ee787',
    'color-focus': '#a5f3a0',
    'color-code-bg': '#162016',
    'status-investigating': '#ff8f87',
    'status-identified': '#ffb77a',
    'status-monitoring': '#f0d264',
    'status-resolved': '#7ee787',
    'status-postmortem': '#d8b9ff',
    'status-operating': '#8fd0ff',
    'status-retired': '#a9b8a6',
    /** Native parts (scrollbars, form controls) drawn for this palette. */
    'color-scheme': 'dark',
  } as const satisfies Complete,
} as const;

/** A theme with its own palette (`auto` picks `light` or `dark`). */
export type Palette = keyof typeof TOKENS;
/** A colour token's name: `--inc-<name>` is its custom property. */
export type TokenName = keyof typeof LIGHT;
/** The theme whose values apply when no theme is set anywhere. */
export const DEFAULT_PALETTE = 'light' satisfies Palette;

/** `--_bg` for `color-bg`, `--_status-resolved` for `status-resolved`: the name the stylesheets read. */
export function internalName(name: TokenName): string {
  return `--_${name.replace(/^color-/, '')}`;
}

/** The palette as declarations (`--inc-color-bg: #ffffff; …`), for a `:host([theme=…])` rule. */
export function paletteDeclarations(palette: Palette): string {
  return Object.entries(TOKENS[palette])
    .map(([name, value]) => `--inc-${name}:${value};`)
    .join('');
}

/** The internal names with the default palette as fallback (`--_bg: var(--inc-color-bg, #ffffff); …`). */
export function internalDeclarations(): string {
  return Object.entries(TOKENS[DEFAULT_PALETTE])
    .map(([name, value]) => `${internalName(name as TokenName)}:var(--inc-${name},${value});`)
    .join('');
}
