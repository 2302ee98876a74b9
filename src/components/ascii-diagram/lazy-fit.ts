import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RunOptions } from './cells.js';
import type * as FitModule from './fit-controller.js';
import type { FitController, FitOptions } from './fit-controller.js';

/** Until measured, every font is taken to be monospaced (the rule): the text is drawn as runs. */
const OPTIMISTIC_RUNS: RunOptions = { ascii: true, box: true };

/** The fit controller's module, imported once per page. */
let fitModule: Promise<typeof FitModule> | undefined;
/** That module once it has arrived: a diagram made after that attaches its controller at once. */
let loadedModule: typeof FitModule | undefined;

/**
 * The measuring half of the diagram (font metrics, fit to width, the shared ResizeObserver) as a lazy
 * chunk: loaded after the host's first render, so its first content does not wait for it (except
 * with `fit="shrink"`, whose size depends on it: see `beforeRender`). The
 * stylesheet alone puts the cells on the grid (`round(down, 1ch, 0.25px)`); the fit controller only
 * refines: the quarter-pixel cell where CSS cannot round, a box per character for a font that is
 * not monospaced, and `fit="shrink"`. Only the diagrams made before the chunk arrives (a page's
 * first ones) render before measuring; later ones attach it when they are made, and measure before
 * their first paint as they did when it was not lazy. Until it is attached (or if its chunk cannot load) the host
 * renders optimistic runs and no probes, and nothing overflows. Never on the server (no update
 * completes there).
 */
export class LazyFit implements ReactiveController {
  #fitter: FitController | null = null;
  #loading: Promise<void> | null = null;

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: FitOptions;

  constructor(host: ReactiveControllerHost & Element, options: FitOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    if (loadedModule) this.#fitter = new loadedModule.FitController(host, options);
  }

  hostUpdated(): void {
    void this.#load();
  }

  /**
   * What the host's render must wait for: with `fit="shrink"` the size depends on measuring, so the
   * diagram is not painted at all until the measuring half is here (never at the wrong size for a
   * frame, which would move the page). `null` when it may render now.
   */
  get beforeRender(): Promise<void> | null {
    return this.#fitter || this.#options.mode() !== 'shrink' ? null : this.#load();
  }

  #load(): Promise<void> {
    fitModule ??= import('./fit-controller.js').then((module) => (loadedModule = module));
    return (this.#loading ??= fitModule.then(
      ({ FitController }) => {
        if (this.#fitter) return;
        this.#fitter = new FitController(this.#host, this.#options);
        this.#host.requestUpdate();
      },
      // Unreachable module (offline, blocked): the stylesheet's grid stays, unrefined.
      () => undefined,
    ));
  }

  /** Settles once the fit controller is attached or could not be loaded; `null` before the first render. */
  get loading(): Promise<void> | null {
    return this.#loading;
  }

  /** Which character sets may be drawn as runs. */
  get runs(): RunOptions {
    return this.#fitter?.runs ?? OPTIMISTIC_RUNS;
  }

  /** Whether `columns` cells are wider than the space available (false until measured). */
  overflows(columns: number): boolean {
    return this.#fitter?.overflows(columns) ?? false;
  }

  /** The hidden probe texts to render in the `.probes` box, once there is something to measure them. */
  get probes(): TemplateResult[] | typeof nothing {
    return this.#fitter?.probes ?? nothing;
  }
}
