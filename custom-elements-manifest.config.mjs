// `npm run analyze`: custom-elements.json from the element sources' JSDoc (@summary @slot @csspart @cssprop @fires).
// It documents the public API only: what Storybook's docs and controls, editors and JSX types read.

/** The analyzer reads files in parallel, so module order varies; sort it so the output is reproducible. */
const sortModules = {
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

/**
 * Drops what is not public API: `private`/`protected` members (the analyzer lists them, marked) and
 * undocumented module-level declarations. `@internal`/`@ignore` members the analyzer drops itself.
 * Runs after inheritance is applied, so inherited members are filtered too.
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.declarations = (mod.declarations ?? []).filter(
        (d) => d.customElement || (d.kind === 'class' && d.description) || d.description,
      );
      for (const declaration of mod.declarations) {
        if (!declaration.members) continue;
        // Lit's `static properties` list private fields too (internal state, the `reportid` alias):
        // the analyzer adds each again as an attribute, and an `@internal` one as a bare public
        // member with no description. Drop those; keep a documented attribute of a private field (`lang`).
        const internal = new Set(
          declaration.members
            .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'))
            .map((m) => m.name),
        );
        declaration.members = declaration.members.filter(
          (m) => !internal.has(m.name) && (m.kind !== 'field' || m.description),
        );
        const kept = new Set(declaration.members.map((m) => m.name));
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter(
            (a) =>
              !(internal.has(a.fieldName) && a.name === a.fieldName) &&
              (a.description || kept.has(a.fieldName)),
          );
      }
      const names = new Set(mod.declarations.map((d) => d.name));
      mod.exports = (mod.exports ?? []).filter(
        (e) => e.kind === 'custom-element-definition' || names.has(e.declaration?.name),
      );
    }
    customElementsManifest.modules = customElementsManifest.modules.filter(
      (mod) => mod.declarations.length > 0 || mod.exports.length > 0,
    );
  },
};

/** The element modules and the base class they inherit from (controllers and helpers are internal). */
const ELEMENTS = ['ascii-diagram', 'card', 'code-block', 'report', 'report-list', 'tag-filter'];

export default {
  globs: [...ELEMENTS.map((name) => `src/components/${name}/${name}.ts`), 'src/shared/base-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly, sortModules],
};
