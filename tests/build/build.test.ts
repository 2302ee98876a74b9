// Checks the two builds after `npm run build`: what each contains, what it may import, and the size
// budgets (sizes are deterministic, so they are asserted; timings never are).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// The benchmark's own size measurement, so the test and `npm run bench` can never disagree.
import { cdnSizes, floorSize } from '../../bench/sizes.mjs';

const root = new URL('../..', import.meta.url).pathname;
const cdn = join(root, 'dist/cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  bin: Record<string, string>;
};

/** Static and dynamic import specifiers in a built module. */
function importsOf(code: string): string[] {
  const specifiers = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) specifiers.add(m[1]!);
  return [...specifiers];
}

/**
 * Size budgets (issue 7). Sizes are deterministic, so they are asserted; a budget may only be raised
 * with the measurement and the reason in the commit message.
 *
 * The script-tag core's budget is 25 kB min+gzip and the core misses it (about 46.5 kB; see the
 * README's performance section). Lit, @lit/context and the data layer alone, with no element code,
 * weigh about 20 kB (`floorSize`), which leaves 5 kB for six elements' code and styles. Until it is
 * met, CORE_CEILING stops the core from growing: it is the measured size rounded up to the next
 * kilobyte, not a budget, and it only ever goes down.
 */
const CORE_BUDGET = 25 * 1024;
const CORE_CEILING = 48 * 1024;
const SHIKI_FIRST_SET_BUDGET = 65 * 1024;

test('the script-tag build is one self-contained module plus relative lazy chunks', () => {
  const entry = join(cdn, 'incident-elements.js');
  assert.ok(existsSync(entry), 'dist/cdn/incident-elements.js exists');
  const code = readFileSync(entry, 'utf8');
  for (const specifier of importsOf(code)) {
    assert.match(specifier, /^\.\.?\//, `only relative imports (lazy chunks), found "${specifier}"`);
  }
  assert.ok(code.includes('inc-report-list') && code.includes('inc-card'), 'registers the elements');
  assert.ok(!/\n\s{2,}\S/.test(code.slice(0, 5000)), 'is minified');
});

test('the script-tag core stays under its ceiling (the 25 kB budget is reported, and missed)', async () => {
  const [{ core }, floor] = await Promise.all([cdnSizes(root), floorSize(root)]);
  const verdict = core.gzip <= CORE_BUDGET ? 'meets' : 'MISSES';
  console.log(
    `script-tag core: ${core.gzip} B min+gzip in ${core.files.length} file(s); ${verdict} the ${CORE_BUDGET} B budget; ceiling ${CORE_CEILING} B; ` +
      `Lit + @lit/context + data layer alone: ${floor.gzip} B`,
  );
  assert.ok(floor.gzip > 10 * 1024 && floor.gzip < core.gzip, 'the floor was measured');
  assert.ok(core.gzip > 10 * 1024, 'the core was measured');
  assert.ok(core.gzip <= CORE_CEILING, `core ${core.gzip} B > ceiling ${CORE_CEILING} B`);
});

test('Shiki: every language is its own chunk, and the first chunk set fits 65 kB for each', async () => {
  const { shikiFirstSet, chunks } = await cdnSizes(root);
  assert.ok(shikiFirstSet, 'the Shiki core and the default theme chunks were found');
  assert.ok(shikiFirstSet.perLanguage.length >= 15, 'a chunk per highlighted language');
  for (const set of shikiFirstSet.perLanguage) {
    assert.ok(
      set.gzip <= SHIKI_FIRST_SET_BUDGET,
      `core + engine + theme + ${set.language}: ${set.gzip} B > ${SHIKI_FIRST_SET_BUDGET} B`,
    );
  }
  // No language grammar is inlined into Shiki's core chunk: each arrives when a block needs it.
  assert.ok(chunks.some((c) => c.chunk === 'sql') && chunks.some((c) => c.chunk === 'go'));
  console.log(
    `Shiki first chunk set: ${shikiFirstSet.smallest.gzip}–${shikiFirstSet.largest.gzip} B min+gzip over ${shikiFirstSet.perLanguage.length} languages (budget ${SHIKI_FIRST_SET_BUDGET} B)`,
  );
});

test('the npm build keeps lit, zod and shiki as bare imports and ships declarations for every entry', () => {
  const index = readFileSync(join(root, 'dist/index.js'), 'utf8');
  assert.ok(!index.includes('class LitElement'), 'Lit is not bundled into the npm build');
  const all = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && !f.startsWith('cdn'),
  );
  const bare = new Set(
    all
      .flatMap((f) => importsOf(readFileSync(join(root, 'dist', f), 'utf8')))
      .filter((s) => !s.startsWith('.')),
  );
  for (const specifier of bare) {
    assert.match(
      specifier,
      /^(lit|@lit\/|zod|shiki|@shikijs\/|node:)/,
      `unexpected bare import "${specifier}"`,
    );
  }
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.ok(existsSync(join(root, target)), `${name} → ${target} exists`);
    } else {
      assert.ok(existsSync(join(root, target.default)), `${name} → ${target.default} exists`);
      assert.ok(existsSync(join(root, target.types)), `${name} → ${target.types} exists`);
    }
  }
  for (const bin of Object.values(pkg.bin)) {
    assert.match(
      readFileSync(join(root, bin), 'utf8'),
      /^#!\/usr\/bin\/env node/,
      `${bin} is executable by node`,
    );
  }
});

test('every npm entry imports in Node without a DOM (server rendering)', async () => {
  const index = (await import(join(root, 'dist/index.js'))) as Record<string, unknown>;
  assert.equal(typeof index.IncReportList, 'function');
  assert.equal(typeof index.parseCollection, 'function');
  const data = (await import(join(root, 'dist/data/index.js'))) as Record<string, unknown>;
  assert.equal(typeof data.parseCollection, 'function');
  await import(join(root, 'dist/define.js'));
});

test('importing the main entry defines no element', () => {
  // Walk the main entry's module graph: no registration module (`define.js`) may be reachable.
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(file, '..', specifier));
    }
  };
  visit(join(root, 'dist/index.js'));
  const registering = [...seen].filter((f) => f.endsWith('/define.js'));
  assert.deepEqual(registering, [], 'the main entry reaches no define module');
  assert.ok(seen.size > 10, 'the graph was walked');
});
