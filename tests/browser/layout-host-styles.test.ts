// The layout tests (layout.test.ts) under host stylesheets from real projects (sources in
// tests/fixtures/real-world/SOURCES.md): WordPress's Twenty Twenty-One and Twenty Twenty (whose root
// is 62.5%), Tailwind's preflight, a Bootstrap 5.3 reboot, and a bare 62.5% root with no body reset
// (the elements' own 12 px floor then holds). Each at 320, 390, 768 and 1280 px, as a card left to
// right and as a row right to left, in one theme each.
import { setViewport } from '@web/test-runner-commands';
import { checkCombos, type HostSheet } from './helpers/layout-run.js';

const REAL = '/tests/fixtures/real-world/stylesheets';
const SHEETS: [HostSheet, string][] = [
  [{ name: 'WordPress Twenty Twenty-One', href: `${REAL}/wordpress-twentytwentyone.css` }, 'light'],
  [{ name: 'WordPress Twenty Twenty (62.5% root)', href: `${REAL}/wordpress-twentytwenty.css` }, 'terminal'],
  [{ name: 'Tailwind preflight', href: `${REAL}/tailwind-preflight.css` }, 'dark'],
  [{ name: 'Bootstrap reboot', href: `${REAL}/bootstrap-reboot.css` }, 'auto'],
  [{ name: 'a bare 62.5% root', css: 'html { font-size: 62.5% }' }, 'light'],
];

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('layout under real host stylesheets', function () {
  this.timeout(120_000);

  for (const [sheet, theme] of SHEETS) {
    it(`${sheet.name} (${theme}): 320, 390, 768, 1280 px; card ltr and row rtl`, async () => {
      await checkCombos(
        sheet,
        [320, 390, 768, 1280],
        [
          { variant: 'card', theme, dir: 'ltr' },
          { variant: 'row', theme, dir: 'rtl' },
        ],
      );
    });
  }
});
