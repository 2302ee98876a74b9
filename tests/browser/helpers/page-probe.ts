// Opens a host page in an iframe the way a visitor loads it, with the test server's probe recording
// its errors, console errors, warnings and CSP violations from before any of its scripts run.
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

/**
 * Opens a host page in an iframe. The test server puts `helpers/probe.js` in front of the page's own
 * scripts when the URL has `?inc-probe`, so nothing the page does goes unrecorded.
 */
export async function openPage(path: string, width = 1000): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${path}${path.includes('?') ? '&' : '?'}inc-probe`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __incProbe?: Probe };
  const probe = win.__incProbe;
  expect(probe, 'the probe was injected').to.exist;
  expect(probe!.definedBeforeHooks, 'hooks went in before the bundle ran').to.equal(false);
  return { frame, win, doc: win.document, probe: probe! };
}
