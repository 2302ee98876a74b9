import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { THEMES, type Theme } from '../../shared/themes.js';
import { AA, contrastRatio, luminance, parseColor, type Rgb } from './contrast.js';
import { highlight, resolveLanguage, type CodeLanguage, type CodeTheme } from './highlighter.js';

/** One coloured run of text in a highlighted line. */
export interface CodeToken {
  text: string;
  color?: string;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** What a finished highlight reports. */
export interface HighlightDetail {
  /** The language id used (aliases resolved). */
  language: CodeLanguage;
  /** The Shiki theme used. */
  theme: CodeTheme;
}

export interface HighlightOptions {
  /** The code and language to show now. */
  source(): { code: string; lang: string };
  /** The elements whose backgrounds the tokens must stay readable on (code area, highlighted line). */
  surfaces(): Iterable<Element>;
  /** Called once the highlighted tokens are rendered. */
  highlighted(detail: HighlightDetail): void;
}

/** Below this luminance a background is dark (black and white text contrast equally there). */
const DARK_LUMINANCE = 0.18;

const THEME_FOR: Record<Exclude<Theme, 'auto'>, CodeTheme> = {
  light: 'github-light',
  dark: 'github-dark',
  terminal: 'vitesse-black',
};

const isTheme = (value: string | null): value is Theme => (THEMES as readonly unknown[]).includes(value);

/** The `theme` attribute nearest `el` (itself first), through shadow roots. */
function nearestTheme(el: Element): Theme | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const theme = node.getAttribute('theme');
      if (isTheme(theme)) return theme;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * Highlights the host's code with Shiki, off the critical path: the host renders plain text, this
 * controller fetches tokens (loading Shiki only for a supported language), makes every colour reach
 * AA contrast on the actual backgrounds, and asks for a render. It picks the Shiki theme from the
 * nearest `theme` (`auto` follows `prefers-color-scheme`, watched while connected), else from how
 * dark the code background is.
 */
export class HighlightController implements ReactiveController {
  #result?: { code: string; lang: CodeLanguage; lines: CodeToken[][] };
  #key = '';
  #seq = 0;
  #job: Promise<boolean> = Promise.resolve(false);
  #media?: MediaQueryList;
  readonly #onSchemeChange = () => this.#host.requestUpdate();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: HighlightOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: HighlightOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#media ??= globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    this.#media?.addEventListener('change', this.#onSchemeChange);
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#onSchemeChange);
  }

  hostUpdated(): void {
    const { code, lang } = this.#options.source();
    const id = resolveLanguage(lang);
    if (!id || !code) {
      this.#key = '';
      this.#seq++;
      this.#job = Promise.resolve(false);
      return;
    }
    const theme = this.#theme();
    const key = `${id}\u0000${theme}\u0000${code}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#run(code, id, theme);
  }

  /** Highlighted lines for `code` in `lang`, if they have arrived (else the plain text shows). */
  linesFor(code: string, lang: string): CodeToken[][] | undefined {
    const result = this.#result;
    return result && result.code === code && result.lang === resolveLanguage(lang) ? result.lines : undefined;
  }

  /** Resolves once the latest highlight has settled: `true` if the tokens are rendered. */
  get complete(): Promise<boolean> {
    const job = this.#job;
    return job.then((done) => (job === this.#job ? done : this.complete));
  }

  /** The Shiki theme for the host now. */
  #theme(): CodeTheme {
    const theme = nearestTheme(this.#host);
    if (theme === 'auto') return this.#media?.matches ? THEME_FOR.dark : THEME_FOR.light;
    if (theme) return THEME_FOR[theme];
    const background = this.#backgrounds()[0];
    return background && luminance(background) < DARK_LUMINANCE ? THEME_FOR.dark : THEME_FOR.light;
  }

  /** The opaque computed backgrounds of the surfaces. */
  #backgrounds(): Rgb[] {
    const colors: Rgb[] = [];
    for (const surface of this.#options.surfaces()) {
      const color = parseColor(getComputedStyle(surface).backgroundColor);
      if (color && color.a >= 1) colors.push(color);
    }
    return colors;
  }

  #run(code: string, lang: CodeLanguage, theme: CodeTheme): void {
    const seq = ++this.#seq;
    this.#job = (async () => {
      const highlighted = await highlight(code, lang, theme);
      if (seq !== this.#seq || !highlighted) return false;
      let backgrounds = this.#backgrounds();
      if (backgrounds.length === 0) backgrounds = [parseColor(highlighted.bg)].filter((c) => c !== undefined);
      // The lazy Shiki chunk gets the colour maths from here rather than importing it (see readable.ts).
      const lines = highlighted.lines(backgrounds, { AA, parseColor, luminance, contrastRatio });
      this.#result = { code, lang, lines };
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      if (seq !== this.#seq) return false;
      this.#options.highlighted({ language: lang, theme });
      return true;
    })().catch(() => false);
  }
}
