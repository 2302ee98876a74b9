// One source for the themes' colours: `src/shared/tokens.ts`. A hex colour written anywhere in the
// element sources, stories, Storybook config or demo, or any of the table's values copied anywhere
// else in the repository, is a palette that can drift (the light palette once had two reds).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TOKENS } from '../../src/shared/tokens.js';
import { repoRoot } from './helpers.js';

const TABLE = 'src/shared/tokens.ts';
const SKIP_DIRS = new Set(['node_modules', 'dist', 'storybook-static', '.git', '.cache', 'screenshots']);
const TEXT = /\.(ts|mts|js|mjs|css|html|md|mdx|json)$/;

/** Repository files under `dir` (relative paths), minus build output and dependencies. */
function files(dir: string): string[] {
  const abs = path.join(repoRoot, dir);
  if (!statSync(abs, { throwIfNoEntry: false })) return [];
  if (statSync(abs).isFile()) return [dir];
  return readdirSync(abs).flatMap((name) => (SKIP_DIRS.has(name) ? [] : files(path.join(dir, name))));
}

/** A CSS hex colour: `#abc`, `#abcd`, `#aabbcc` or `#aabbccdd`, not part of a longer word or URL. */
const HEX = /(?<![\w&#/])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;

function hexesIn(file: string): string[] {
  return readFileSync(path.join(repoRoot, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(HEX)].map((m) => `${file}:${i + 1}: ${m[0]}`));
}

describe('design tokens: one table', () => {
  it('every theme lists the same tokens, and every colour is a 6-digit hex', () => {
    const names = Object.keys(TOKENS.light).sort();
    for (const [theme, palette] of Object.entries(TOKENS)) {
      assert.deepEqual(Object.keys(palette).sort(), names, `${theme} lists every token`);
      for (const [name, value] of Object.entries(palette)) {
        if (name === 'color-scheme') assert.match(value, /^(light|dark)$/);
        else assert.match(value, /^#[0-9a-f]{6}$/, `${theme} ${name}`);
      }
    }
  });

  it('no hex colour in element sources, stories, Storybook config or the demo outside the table', () => {
    const scanned = [...files('src'), ...files('stories'), ...files('.storybook'), ...files('demo')].filter(
      (f) => TEXT.test(f) && f !== TABLE && !/\.test\.ts$/.test(f) && !f.startsWith('src/data/samples'),
    );
    assert.ok(scanned.length > 50, `scanned ${scanned.length} files`);
    assert.deepEqual(scanned.flatMap(hexesIn), [], 'write colours in src/shared/tokens.ts');
  });

  it("no copy of the table's values anywhere else (tests, examples, docs, bench)", () => {
    const values = new Set(
      Object.values(TOKENS)
        .flatMap((palette) => Object.values(palette))
        .filter((v) => v.startsWith('#'))
        .map((v) => v.toLowerCase()),
    );
    const copies = files('.')
      // The bench's hand-written static page stands for the seed author's own page, in the seed's
      // own colours (GitHub's dark palette, which the terminal theme also starts from): not a copy.
      // bench/data/ is what a bench run generates (git-ignored), our own output.
      .filter(
        (f) =>
          TEXT.test(f) &&
          f !== TABLE &&
          !f.endsWith('package-lock.json') &&
          !f.startsWith('bench/pages/seed/') &&
          !f.startsWith('bench/data/'),
      )
      .flatMap(hexesIn)
      .filter((hit) => values.has(hit.slice(hit.lastIndexOf(' ') + 1).toLowerCase()));
    assert.deepEqual(copies, [], 'import TOKENS from src/shared/tokens.ts instead');
  });
});
