import { defineConfig, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/vite-plugin-minify-templates.js';
import { terserPass } from './scripts/vite-plugin-terser.js';

/**
 * Three uses of one config:
 * - `vite build --mode npm`: the npm build in `dist/`, one file per source module, dependencies left as
 *   bare imports so the consumer's bundler dedupes Lit, zod and Shiki;
 * - `vite build --mode cdn`: the script-tag build: a small loader (`incident-elements.js`) that imports
 *   each element's chunk the first time a page uses its tag, with the shared chunks (Lit, context, the
 *   data layer) and Shiki's pieces beside it in `chunks/`;
 * - anything else (dev server, Storybook): no build options, just the shared transform settings.
 * Decorators are the legacy (`experimentalDecorators`) kind, which Vite 8's transformer lowers; see tsconfig.
 */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'data/index': 'src/data/index.ts',
  'markdown/index': 'src/markdown/index.ts',
  'ssr/index': 'src/ssr/index.ts',
  'react/index': 'src/react/index.ts',
  'cli/cli': 'src/cli/cli.ts',
};

/** htmlparser2 and the packages it imports (the lazily loaded JSON Feed HTML converter's parser). */
const HTML_PARSER_DEPS = /^(htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)(\/|$)/;

// The Markdown importer's parsers (Node only, `incident-elements/markdown`) stay bare imports too.
const isExternal = (id: string): boolean =>
  id.startsWith('node:') ||
  /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|zod|shiki|@shikijs\/|react$|react\/)/.test(id) ||
  /^(unified|remark-[a-z]+|yaml|smol-toml)(\/|$)/.test(id) ||
  HTML_PARSER_DEPS.test(id);

const npmBuild: UserConfig = {
  plugins: [minifyLitTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

const cdnBuild: UserConfig = {
  plugins: [minifyLitTemplates(), terserPass()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: { 'incident-elements': 'src/cdn.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: (id) => id.startsWith('node:'),
      // Lets the group below hold modules without their dependencies (the loader exports nothing).
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: elementChunkName,
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // What the card, the tag filter and the list share and the diagram and code block do not:
            // the context keys, its consumer and the document's context root, the tag key, and the
            // render queue that time-slices cards. One chunk, so a page with only diagrams or code
            // blocks loads none of it (about 1 kB) and a list's page pays for one file, not four.
            {
              name: 'list-shared',
              test: /\/src\/shared\/(tag-key|context|context-root|render-queue)\.ts$|@lit\/context\/lib\/(controllers\/context-consumer|create-context|context-root|context-request-event)\.js$/,
            },
          ],
        },
      },
    },
  },
};

/**
 * Each element's chunk is named after its element (`chunks/card-[hash:6].js`) rather than after its
 * module (every one is a `define.ts`); the shared chunks and Shiki's keep their module's name. Six
 * hash characters (36 bits) are plenty to tell versions apart, and as the loader and the chunks name
 * each other, they take 30–80 B (min+gzip) off each page compared with the default eight.
 */
function elementChunkName(chunk: { facadeModuleId: string | null }): string {
  const element = chunk.facadeModuleId?.match(/\/components\/([\w-]+)\/define\.ts$/)?.[1];
  return `chunks/${element ?? '[name]'}-[hash:6].js`;
}

export default defineConfig(({ mode }) => {
  if (mode === 'npm') return npmBuild;
  if (mode === 'cdn') return cdnBuild;
  return { server: { open: false } };
});
