/**
 * Registers every element under its `inc-` tag. Safe to import more than once, and safe when a
 * tag is already taken (that tag is skipped with one warning).
 */
import './components/ascii-diagram/define.js';
import './components/card/define.js';
import './components/code-block/define.js';
import './components/report/define.js';
import './components/tag-filter/define.js';
import './components/report-list/define.js';
