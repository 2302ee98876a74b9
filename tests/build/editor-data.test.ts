// Checks the editor data and JSX types that scripts/generate-editor-data.mjs writes during
// `npm run build`: every element of custom-elements.json with its attributes, events, slots and CSS
// parts, and JSX types that type-check in small fixtures (tests/consumer/jsx/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const fixtures = join(root, 'tests/consumer/jsx');

interface Named {
  name: string;
  description?: string;
}
interface ManifestAttribute extends Named {
  fieldName?: string;
}
interface ManifestElement extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: ManifestElement[] }[];
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

function readOutput<T>(path: string): T {
  const file = join(dist, path);
  assert.ok(existsSync(file), `dist/${path} exists (run \`npm run build\`)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name).sort();

test('the manifest has the elements these checks rely on', () => {
  assert.ok(elements.length >= 6, `found ${elements.length} elements`);
});

test('VS Code custom data lists every element with its attributes and their values', () => {
  interface VsAttribute extends Named {
    values?: Named[];
    valueSet?: string;
  }
  const data = readOutput<{ version: number; tags: (Named & { attributes: VsAttribute[] })[] }>(
    'editor/vscode.html-custom-data.json',
  );
  assert.equal(data.version, 1.1);
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag, `<${element.tagName}> is listed`);
    assert.deepEqual(names(tag.attributes), names(element.attributes), `<${element.tagName}> attributes`);
    for (const attribute of tag.attributes) {
      assert.ok(attribute.description, `<${element.tagName} ${attribute.name}> has a description`);
    }
  }
  const attribute = (tag: string, name: string) =>
    data.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name);
  // Alias types in the manifest (`CardVariant`, `Theme`, `FitMode`) are resolved to their values.
  assert.deepEqual(names(attribute('inc-card', 'variant')?.values), ['card', 'row']);
  assert.deepEqual(names(attribute('inc-card', 'theme')?.values), ['auto', 'dark', 'light', 'terminal']);
  assert.deepEqual(names(attribute('inc-ascii-diagram', 'fit')?.values), ['scroll', 'shrink']);
  assert.equal(attribute('inc-report-list', 'sync-url')?.valueSet, 'v', 'boolean attributes take no value');
  assert.equal(attribute('inc-card', 'src')?.values, undefined, 'free-text attributes offer no values');
});

test('web-types describe every element: attributes, events, slots, CSS parts and properties', () => {
  interface WebElement extends Named {
    attributes: (Named & { value: { type: string } })[];
    events: Named[];
    slots: Named[];
    js: { properties: Named[]; events: Named[] };
    css: { parts: Named[]; properties: Named[] };
  }
  const data = readOutput<{
    $schema: string;
    name: string;
    version: string;
    contributions: { html: { elements: WebElement[] } };
  }>('editor/web-types.json');
  assert.match(data.$schema, /web-types/);
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const webElements = data.contributions.html.elements;
  assert.deepEqual(webElements.map((e) => e.name).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const web = webElements.find((e) => e.name === element.tagName)!;
    const label = `<${element.tagName}>`;
    assert.deepEqual(names(web.attributes), names(element.attributes), `${label} attributes`);
    assert.deepEqual(names(web.events), names(element.events), `${label} events`);
    assert.deepEqual(names(web.js.events), names(element.events), `${label} js events`);
    assert.deepEqual(names(web.slots), names(element.slots), `${label} slots`);
    assert.deepEqual(names(web.css.parts), names(element.cssParts), `${label} CSS parts`);
    assert.deepEqual(names(web.css.properties), names(element.cssProperties), `${label} CSS properties`);
    for (const attribute of web.attributes)
      assert.ok(attribute.value.type, `${label} ${attribute.name} has a type`);
  }
  const variant = webElements
    .find((e) => e.name === 'inc-card')!
    .attributes.find((a) => a.name === 'variant');
  assert.equal(variant?.value.type, "'card' | 'row'");
});

test('the JSX types name every element and each of its events', () => {
  const jsx = readFileSync(join(dist, 'jsx.d.ts'), 'utf8');
  for (const element of elements) {
    assert.ok(jsx.includes(`'${element.tagName}': {`), `IncidentElementsJSX has '${element.tagName}'`);
    for (const event of element.events ?? []) {
      assert.ok(jsx.includes(`'on${event.name}'?:`), `'${element.tagName}' has on${event.name}`);
    }
  }
  for (const framework of ['react', 'preact', 'solid']) {
    assert.ok(existsSync(join(dist, `jsx/${framework}.d.ts`)), `dist/jsx/${framework}.d.ts exists`);
  }
});

/** Type-checks one fixture against dist (declarations included: no skipLibCheck); returns the errors. */
function typeCheck(fixture: string, jsx: ts.CompilerOptions): string[] {
  const program = ts.createProgram([join(fixtures, fixture)], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: false,
    paths: {
      'incident-elements': [join(dist, 'index.d.ts')],
      'incident-elements/*': [join(dist, '*')],
    },
    ...jsx,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.replace(root, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const installed = (name: string) => {
  try {
    createRequire(join(fixtures, 'x.js')).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

test('IncidentElementsJSX type-checks in a hand-written JSX namespace', () => {
  assert.deepEqual(typeCheck('minimal.tsx', { jsx: ts.JsxEmit.Preserve }), []);
});

test(
  'the React augmentation type-checks',
  { skip: !installed('@types/react') && '@types/react is not installed' },
  () => {
    assert.deepEqual(typeCheck('react.tsx', { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' }), []);
  },
);

test(
  'the React components (incident-elements/react) type-check',
  { skip: !installed('@types/react') && '@types/react is not installed' },
  () => {
    const options = { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' };
    assert.deepEqual(typeCheck('react-components.tsx', options), []);
  },
);

test(
  'the Preact augmentation type-checks',
  { skip: !installed('preact') && 'preact is not installed' },
  () => {
    assert.deepEqual(typeCheck('preact.tsx', { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' }), []);
  },
);

test(
  'the Solid augmentation type-checks',
  { skip: !installed('solid-js') && 'solid-js is not installed' },
  () => {
    assert.deepEqual(typeCheck('solid.tsx', { jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js' }), []);
  },
);
