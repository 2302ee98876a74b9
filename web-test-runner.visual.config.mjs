// Visual regression: `npm run test:visual` compares, `npm run test:visual:update` rewrites the
// baselines (tests/visual/screenshots/chromium/baseline). Chromium only: engines rasterise text
// differently, so one engine's baselines are the reference. A failure saves the new image and a diff
// (changed pixels in red over the faded baseline) side by side in tests/visual/screenshots/chromium/failed.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from './web-test-runner.config.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browsers.mjs';

export default {
  ...base,
  files: ['tests/visual/**/*.test.ts'],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    }),
  ],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL === '1',
      baseDir: 'tests/visual/screenshots',
      // Rendering here is deterministic (one Chromium, one font set), so every pixel counts, the
      // anti-aliased ones included: text is mostly anti-aliased edges, and with them left out a
      // changed word ("Other" → "Reports" in a section heading, about 300 pixels) passed. Some slack.
      diffOptions: { threshold: 0.1, includeAA: true },
      failureThresholdType: 'pixel',
      failureThreshold: 100,
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 60000 } },
  // 192 screenshots in one file: 5 minutes measured on 2 cores, 14 when the machine was shared.
  testsFinishTimeout: 900000,
};
