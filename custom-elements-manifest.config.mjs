// `npm run analyze`: custom-elements.json from the element sources' JSDoc (@summary @slot @csspart @cssprop @fires).

/** The analyzer reads files in parallel, so module order varies; sort it so the output is reproducible. */
const sortModules = {
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/shared/base-element.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/**/*.stories.ts',
    'src/**/*.samples.ts',
    // Registers an internal, invisible helper element (a diagram font's probes), not a public one.
    'src/components/ascii-diagram/font-metrics.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [sortModules],
};
