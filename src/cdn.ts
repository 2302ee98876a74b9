/**
 * The script-tag bundle's entry: a small loader that defines each element the first time a page (or
 * an element's shadow root) shows its tag, by importing that element's chunk from `./chunks/`. Host
 * the whole `dist/cdn/` folder: the chunks are loaded relative to this file.
 */
import { startAutoloader } from './loader/autoloader.js';

startAutoloader(
  {
    'inc-ascii-diagram': () => import('./components/ascii-diagram/define.js'),
    'inc-card': () => import('./components/card/define.js'),
    'inc-code-block': () => import('./components/code-block/define.js'),
    'inc-report': () => import('./components/report/define.js'),
    'inc-report-list': () => import('./components/report-list/define.js'),
    'inc-tag-filter': () => import('./components/tag-filter/define.js'),
  },
  import.meta.url,
);
