// Firefox ESR over WebDriver BiDi (puppeteer-core, as the browser tests drive it), behind the few
// Playwright calls the app checks make, so the same checks run in both browsers.
import puppeteer from 'puppeteer-core';

export async function launchFirefox(executablePath) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const wrap = (page) => ({
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    // Playwright's argument order: (fn, arg, options).
    waitForFunction: (fn, arg, options) => page.waitForFunction(fn, options, arg),
    on: (event, handler) => page.on(event, handler),
    mouse: page.mouse,
    close: () => page.close(),
  });
  return {
    async newContext(options = {}) {
      // Puppeteer turns JavaScript off over CDP only, which Firefox does not speak.
      if (options.javaScriptEnabled === false) throw new Error('no JavaScript-off page in Firefox over BiDi');
      const context = await browser.createBrowserContext();
      return { newPage: async () => wrap(await context.newPage()), close: () => context.close() };
    },
    close: () => browser.close(),
  };
}
