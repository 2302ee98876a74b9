// Transfer sizes: min (as built), gzip (zlib level 9) and brotli (quality 11) of
//   - the script-tag build: the loader (dist/cdn/incident-elements.js), each element's chunk alone and
//     with everything it imports statically, and each page budget: the loader plus the closures of the
//     elements a page uses before its first content (issue 16);
//   - each lazy chunk in dist/cdn/chunks;
//   - the Shiki first chunk set: what the first code block loads (Shiki core + JS regex engine chunk,
//     the default theme, one language), for every language;
//   - each npm entry as a consumer ships it: `.`, `./define`, `./data` bundled from dist/ with their
//     dependencies by esbuild (minified, ESM, code splitting on, so lazy imports stay lazy): the
//     entry's static closure, and its lazy chunks in total.
// Files are compressed one by one (each is its own request) and summed.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const KB = 1024;

const memo = new Map();

/** min / gzip -9 / brotli -q 11 byte counts of one file's contents (memoised by content hash; runs on the libuv pool). */
export function compressed(buffer) {
  const key = createHash('sha1').update(buffer).digest('hex');
  let pending = memo.get(key);
  if (!pending) {
    pending = Promise.all([
      gzipAsync(buffer, { level: 9 }),
      brotliAsync(buffer, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
        },
      }),
    ]).then(([gz, br]) => ({ min: buffer.length, gzip: gz.length, brotli: br.length }));
    memo.set(key, pending);
  }
  return pending;
}

const sum = (items) =>
  items.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });

/** Relative specifiers a minified ES module imports statically (`import … from "./x"`, `import "./x"`, `export … from "./x"`). */
export function staticImports(code) {
  const found = new Set();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** A file and every file it imports statically, transitively (absolute paths). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of staticImports(readFileSync(file, 'utf8')))
    staticClosure(resolve(dirname(file), spec), seen);
  return seen;
}

async function measureFiles(files, root) {
  const parts = await Promise.all(
    [...files].map(async (file) => ({
      file: relative(root, file),
      ...(await compressed(readFileSync(file))),
    })),
  );
  return { ...sum(parts), files: parts };
}

/**
 * The page budgets (issue 16), min+gzip: all script a page loads before its first content. A list's
 * first content is its cards, so its page includes `inc-card`; the diagrams inside cards and the
 * report a card opens come later.
 */
export const PAGES = [
  { name: 'one inc-ascii-diagram', tags: ['inc-ascii-diagram'], budget: 15 * KB },
  { name: 'one inc-card from a src', tags: ['inc-card'], budget: 34 * KB },
  {
    name: 'an inc-report-list with an inc-tag-filter',
    tags: ['inc-report-list', 'inc-tag-filter', 'inc-card'],
    budget: 44 * KB,
  },
];

/** Tag → chunk file name, read from the loader's `"inc-x":()=>import("./chunks/x.js")` map. */
export function elementChunks(loaderCode) {
  const map = {};
  const pattern =
    /["'`]?(inc-[a-z-]+)["'`]?\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/chunks\/([^"'`]+)["'`]\s*\)/g;
  for (const [, tag, file] of loaderCode.matchAll(pattern)) map[tag] = file;
  return map;
}

/** Sizes of the script-tag build in dist/cdn. */
export async function cdnSizes(root) {
  const entry = join(root, 'dist/cdn/incident-elements.js');
  const chunksDir = join(root, 'dist/cdn/chunks');
  const loaderCode = readFileSync(entry, 'utf8');
  const loader = await measureFiles(staticClosure(entry), root);
  const tagChunks = elementChunks(loaderCode);
  const elements = await Promise.all(
    Object.entries(tagChunks).map(async ([tag, file]) => {
      const path = join(chunksDir, file);
      return {
        tag,
        file: relative(root, path),
        own: await compressed(readFileSync(path)),
        closure: await measureFiles(staticClosure(path), root),
      };
    }),
  );
  const pages = await Promise.all(
    PAGES.map(async (page) => {
      const files = new Set(staticClosure(entry));
      for (const tag of page.tags) staticClosure(join(chunksDir, tagChunks[tag]), files);
      return { ...page, ...(await measureFiles(files, root)) };
    }),
  );
  const chunkFiles = readdirSync(chunksDir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  const chunks = await Promise.all(
    chunkFiles.map(async (name) => ({
      name,
      chunk: name.replace(/-[\w-]{6}\.js$/, ''),
      ...(await compressed(readFileSync(join(chunksDir, name)))),
    })),
  );

  // The first code block: the shiki chunk (core + engine, which the loader imports as one chunk),
  // the default theme (github-light) and one language, each with its static imports.
  const byPrefix = (prefix) => chunkFiles.find((name) => name.replace(/-[\w-]{6}\.js$/, '') === prefix);
  const shikiName =
    byPrefix('shiki') ??
    chunkFiles.find((name) =>
      readFileSync(join(chunksDir, name), 'utf8').includes('createJavaScriptRegexEngine'),
    );
  const themeName = byPrefix('github-light');
  const themes = new Set(['github-light', 'github-dark', 'vitesse-black']);
  // Languages: the chunks the code block imports dynamically that are neither Shiki's core nor a theme.
  const codeBlock = tagChunks['inc-code-block'];
  const codeBlockCode = codeBlock ? readFileSync(join(chunksDir, codeBlock), 'utf8') : '';
  const dynamic = [...codeBlockCode.matchAll(/import\(\s*["'`]\.\/([^"'`/]+)["'`]\s*\)/g)].map((m) => m[1]);
  const languages = dynamic
    .filter((name) => name !== shikiName && !themes.has(name.replace(/-[\w-]{6}\.js$/, '')))
    .sort();
  let shikiFirstSet = null;
  if (shikiName && themeName) {
    const base = new Set([
      ...staticClosure(join(chunksDir, shikiName)),
      ...staticClosure(join(chunksDir, themeName)),
    ]);
    const perLanguage = await Promise.all(
      languages.map(async (name) => {
        const total = await measureFiles(staticClosure(join(chunksDir, name), new Set(base)), root);
        const language = name.replace(/-[\w-]{6}\.js$/, '');
        return {
          language,
          min: total.min,
          gzip: total.gzip,
          brotli: total.brotli,
          files: total.files.map((f) => f.file),
        };
      }),
    );
    const withoutLanguage = await measureFiles(base, root);
    const sorted = [...perLanguage].sort((a, b) => a.gzip - b.gzip);
    shikiFirstSet = {
      description:
        'Shiki core + JavaScript regex engine chunk + github-light theme + one language (each with its static imports)',
      coreEngineTheme: {
        min: withoutLanguage.min,
        gzip: withoutLanguage.gzip,
        brotli: withoutLanguage.brotli,
      },
      perLanguage,
      smallest: sorted[0],
      median: sorted[Math.floor((sorted.length - 1) / 2)],
      largest: sorted[sorted.length - 1],
    };
  }
  return { loader, elements, pages, chunks, shikiFirstSet };
}

/** Sizes of each npm entry as a consumer's bundler (esbuild here) would ship it. */
export async function npmSizes(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const esbuild = await import('esbuild');
  const results = [];
  for (const subpath of ['.', './define', './data']) {
    const target = pkg.exports?.[subpath];
    const file = typeof target === 'string' ? target : target?.default;
    if (!file) {
      results.push({ entry: subpath, error: 'not in package.json exports' });
      continue;
    }
    try {
      const out = await esbuild.build({
        absWorkingDir: root,
        entryPoints: { entry: join(root, file) },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        outdir: join(root, '.bench-out'),
        write: false,
        metafile: true,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      const outputs = out.metafile.outputs;
      const keyOf = (path) => posix.normalize(relative(root, path).split('\\').join('/'));
      const contents = new Map(out.outputFiles.map((f) => [keyOf(f.path), f.contents]));
      // Every lazily imported module is an entry point of its own under code splitting: find ours.
      const entryPoint = keyOf(join(root, file));
      const entryKey = Object.keys(outputs).find(
        (k) => outputs[k].entryPoint === entryPoint && k.endsWith('.js'),
      );
      if (!entryKey) throw new Error(`esbuild produced no output for ${entryPoint}`);
      const closure = new Set();
      const walk = (key) => {
        if (closure.has(key)) return;
        closure.add(key);
        for (const imp of outputs[key].imports)
          if (imp.kind === 'import-statement' && outputs[imp.path]) walk(imp.path);
      };
      walk(entryKey);
      const measure = async (keys) =>
        sum(await Promise.all(keys.map((k) => compressed(Buffer.from(contents.get(k))))));
      const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
      const lazy = js.filter((k) => !closure.has(k));
      results.push({
        entry: subpath,
        file,
        ...(await measure([...closure])),
        staticFiles: closure.size,
        lazy: { files: lazy.length, ...(await measure(lazy)) },
      });
    } catch (error) {
      results.push({ entry: subpath, file, error: String(error?.message ?? error) });
    }
  }
  return results;
}

/**
 * What all six elements share before any element's own code: the parts of Lit and @lit/context the
 * elements import, and the data layer (zod/mini schemas, messages, parsing), bundled and minified by
 * esbuild as one module. A card's or a list's page budget has to hold this plus its elements' code.
 */
export async function floorSize(root) {
  const esbuild = await import('esbuild');
  const data = join(root, 'dist/data/index.js').split('\\').join('/');
  const out = await esbuild.build({
    absWorkingDir: root,
    stdin: {
      resolveDir: root,
      loader: 'js',
      contents: [
        "export { LitElement, html, css, nothing, noChange, adoptStyles, unsafeCSS } from 'lit';",
        "export { property, state } from 'lit/decorators.js';",
        "export { Directive, directive } from 'lit/directive.js';",
        "export { classMap } from 'lit/directives/class-map.js';",
        "export { guard } from 'lit/directives/guard.js';",
        "export { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';",
        `export * from ${JSON.stringify(data)};`,
      ].join('\n'),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return {
    description: 'Lit + @lit/context (as the elements import them) + the data layer, no element code',
    ...(await compressed(Buffer.from(out.outputFiles[0].contents))),
  };
}

export const kB = (bytes) => (bytes / KB).toFixed(1);
export { basename };
