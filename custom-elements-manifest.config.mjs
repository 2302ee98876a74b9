// `npm run analyze`: custom-elements.json from the element sources' JSDoc (@summary @slot @csspart @cssprop @fires).
export default {
  globs: ['src/components/**/*.ts', 'src/shared/base-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
