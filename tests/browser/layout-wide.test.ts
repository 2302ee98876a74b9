// The layout tests of layout.test.ts at tablet and desktop widths: 768 and 1280 px.
import { setViewport } from '@web/test-runner-commands';
import { THEMES } from '../../src/shared/themes.js';
import { allCombos, checkCombos } from './helpers/layout-run.js';

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('layout: samples and long content, tablet and desktop widths', function () {
  this.timeout(150_000);

  it('768 px: every theme × card, row × ltr, rtl', async () => {
    await checkCombos({ name: 'none' }, [768], allCombos(THEMES));
  });

  it('1280 px: every theme × card, row × ltr, rtl', async () => {
    await checkCombos({ name: 'none' }, [1280], allCombos(THEMES));
  });
});
