// Opens a host page in an iframe the way a visitor loads it, and records its errors, console errors,
// warnings and CSP violations from before any module script runs (the page itself is untouched):
// the iframe is polled until its document is the page's (still loading), then its window is hooked.
import { expect } from '@open-wc/testing';

export const TAGS = [
  'inc-report-list',
  'inc-card',
  'inc-tag-filter',
  'inc-ascii-diagram',
  'inc-report',
  'inc-code-block',
];

export interface Probe {
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
  violations: string[];
  /** Whether any of our tags was already defined when the hooks went in (must be false). */
  definedBeforeHooks: boolean;
}

export interface Opened {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  probe: Probe;
}

function hook(win: Window & typeof globalThis): Probe {
  const probe: Probe = {
    errors: [],
    consoleErrors: [],
    warnings: [],
    violations: [],
    definedBeforeHooks: TAGS.some((tag) => win.customElements.get(tag) !== undefined),
  };
  win.addEventListener('error', (event) => probe.errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
  win.document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(
      `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
    ),
  );
  const { error, warn } = win.console;
  win.console.error = (...args: unknown[]) => {
    probe.consoleErrors.push(args.map(String).join(' '));
    error.apply(win.console, args);
  };
  win.console.warn = (...args: unknown[]) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(win.console, args);
  };
  return probe;
}

/** Opens an example in an iframe, hooking its window as soon as its document exists. */
export async function openPage(path: string, width = 1000): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  let probe: Probe | undefined;
  const start = performance.now();
  while (!probe) {
    const doc = frame.contentDocument;
    if (doc && new URL(doc.URL, location.href).pathname === path) {
      probe = hook(frame.contentWindow as Window & typeof globalThis);
      break;
    }
    if (performance.now() - start > 10000) throw new Error(`${path} never started loading`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  expect(probe.definedBeforeHooks, 'hooks went in before the bundle ran').to.equal(false);
  return { frame, win, doc: win.document, probe };
}
