// Checks the two builds after `npm run build`: what each contains, what it may import, and the size
// budgets (sizes are deterministic, so they are asserted; timings never are).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cdn = join(root, 'dist/cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  bin: Record<string, string>;
};

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
/** Static and dynamic import specifiers in a built module. */
function importsOf(code: string): string[] {
  const specifiers = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) specifiers.add(m[1]!);
  return [...specifiers];
}

/**
 * Issue 7 sets a 25 kB min+gzip budget for the script-tag core. It is not asserted yet: the core
 * measures above it (see the closing notes), and meeting it is that work. This test reports
 * the figure so every run shows it.
 */
const CORE_BUDGET_TARGET = 25 * 1024;

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

test('the script-tag core size is measured (target: issue 7)', () => {
  const entry = join(cdn, 'incident-elements.js');
  // The core is the entry plus every chunk it imports statically (lazy chunks are counted separately).
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w{},*\s$]+from\s*)?["'](\.[^"']+)["']/g)) {
      visit(join(file, '..', m[1]!));
    }
  };
  visit(entry);
  const size = [...seen].reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(`script-tag core: ${size} B min+gzip in ${seen.size} file(s); target ${CORE_BUDGET_TARGET} B`);
  assert.ok(size > 0, 'the core is not empty');
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
