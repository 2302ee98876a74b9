// One small interface over the two ways the project drives browsers:
//   Chromium: playwright-core (CDP), launched from /usr/bin/chromium;
//   Firefox ESR: puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox),
//     launched the way web-test-runner.config.mjs does.
// Each page is fresh: its own browser context (no shared cache, storage or JIT state of the page).
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_HEAP_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from '../scripts/browsers.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

// Case 5 reads precise performance.memory and calls window.gc() (the heap is read through CDP too).
const CHROMIUM_FLAGS = [...CHROMIUM_ARGS, ...CHROMIUM_HEAP_ARGS];

/** Chromium through Playwright. */
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  return {
    name: 'chromium',
    label: 'Chromium',
    version: browser.version(),
    heapSupported: true,
    /**
     * `viewport` and `mobile` replace the desktop defaults; `throttle` ({ cpuRate, latencyMs,
     * downloadKbps, uploadKbps }) is applied through CDP before the page navigates anywhere.
     */
    async newPage({ viewport = VIEWPORT, mobile = false, throttle } = {}) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: mobile });
      const page = await context.newPage();
      if (throttle) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: throttle.latencyMs,
          // CDP takes bytes per second; the profile is in kilobits per second (1 kbit = 1,024 bits, as DevTools).
          downloadThroughput: (throttle.downloadKbps * 1024) / 8,
          uploadThroughput: (throttle.uploadKbps * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuRate });
      }
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return {
        errors,
        goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 120000 }),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        click: (x, y) => page.mouse.click(x, y),
        /** Presses `key` and releases it `holdMs` later. */
        press: (key, holdMs) => page.keyboard.press(key, { delay: holdMs }),
        /** V8 heap after a full GC (CDP), and performance.memory after window.gc() as a cross-check. */
        async heap() {
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const usage = await cdp.send('Runtime.getHeapUsage');
          await cdp.detach();
          const memory = await page.evaluate(() => {
            globalThis.gc?.();
            return performance.memory ? performance.memory.usedJSHeapSize : null;
          });
          return { usedSize: usage.usedSize, totalSize: usage.totalSize, performanceMemory: memory };
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    protocolTimeout: 240000,
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    name: 'firefox',
    label: 'Firefox ESR',
    version,
    heapSupported: false,
    heapReason:
      'Firefox has no JS heap API reachable here (no performance.memory, no gc(), no CDP over BiDi)',
    /** `viewport` replaces the desktop default; Firefox has no throttling here (no CDP over BiDi). */
    async newPage({ viewport = VIEWPORT } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return {
        errors,
        goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 120000 }),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        click: (x, y) => page.mouse.click(x, y),
        /** Presses `key` and releases it `holdMs` later. */
        press: (key, holdMs) => page.keyboard.press(key, { delay: holdMs }),
        heap: async () => null,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
