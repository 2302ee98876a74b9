// The build's minifier of Lit's css`` templates: shorter text, the same rules and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssText } from '../../scripts/vite-plugin-minify-templates.js';

test('css: whitespace and comments go, quoted text and needed spaces stay', () => {
  assert.equal(
    minifyCssText(' .a > b ,\n  .c { /* why */ margin: 0 1em ; content: "a  b" ; }\n', true, true),
    '.a>b,.c{margin:0 1em;content:"a  b"}',
  );
  assert.equal(minifyCssText('a { width: calc(1em + 2px) }', true, true), 'a{width:calc(1em + 2px)}');
});

test('css: a number loses its leading zero, nothing else does', () => {
  assert.equal(
    minifyCssText('a { margin: 0.5em 0 10.5em 0.25em; gap: 0 0.3em }', true, true),
    'a{margin:.5em 0 10.5em .25em;gap:0 .3em}',
  );
  assert.equal(
    minifyCssText('a { width: calc(var(--x) * 0.75); b: scale(0.9,0.8) }', true, true),
    'a{width:calc(var(--x) * .75);b:scale(.9,.8)}',
  );
  // After a sign, a digit, a letter or a dot, and inside strings, the zero stays.
  assert.equal(
    minifyCssText("a { top: -0.5em; x: 100.5px; --k0.5: 1; content: '0.5' }", true, true),
    "a{top:-0.5em;x:100.5px;--k0.5:1;content:'0.5'}",
  );
});
