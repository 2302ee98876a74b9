// Build step (after `tsc -p tsconfig.build.json`): editor and JSX support generated from
// custom-elements.json, so it never drifts from the elements.
//   dist/editor/vscode.html-custom-data.json  VS Code custom HTML data (`html.customData`)
//   dist/editor/web-types.json                JetBrains web-types (found through package.json "web-types")
//   dist/jsx.d.ts                             `IncidentElementsJSX`: tag → JSX props (properties, attributes, `on<event>`)
//   dist/jsx/{react,preact,solid}.d.ts        ready-made JSX augmentations, used with a type-only import
//                                             (each .d.ts has an empty .js beside it for plain imports)
// The manifest names attribute types by alias (`CardVariant`); the values offered for completion are
// read from the emitted declarations with the TypeScript checker (`'card' | 'row'` → card, row).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** Every custom element in the manifest, sorted by tag. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const isPublic = (member) => member.privacy === undefined || member.privacy === 'public';
/** Public, writable instance fields: what a framework may set as a property. */
const settableFields = (element) =>
  (element.members ?? []).filter(
    (member) => member.kind === 'field' && isPublic(member) && !member.static && !member.readonly,
  );
const fieldByName = (element, name) => settableFields(element).find((member) => member.name === name);

// --- attribute values, resolved with the TypeScript checker from the emitted declarations ---

const program = ts.createProgram([join(dist, 'index.d.ts')], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const indexFile = program.getSourceFile(join(dist, 'index.d.ts'));
if (!indexFile) throw new Error('dist/index.d.ts is missing: run `tsc -p tsconfig.build.json` first');
const indexExports = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(indexFile)).map((symbol) => [symbol.name, symbol]),
);

/** The declared type of `className#field`, split into string literals, booleans and the rest. */
function fieldType(className, field) {
  const exported = indexExports.get(className);
  if (!exported) throw new Error(`${className} is not exported from the main entry`);
  const classSymbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const instance = checker.getDeclaredTypeOfSymbol(classSymbol);
  const property = checker.getPropertyOfType(instance, field);
  if (!property) return { literals: [], boolean: false };
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  const parts = type.isUnion() ? type.types : [type];
  return {
    literals: parts.filter((part) => part.isStringLiteral()).map((part) => part.value),
    boolean: parts.every((part) => part.flags & ts.TypeFlags.BooleanLike),
  };
}

// --- the model every output is written from ---

const model = elements.map((element) => ({
  tag: element.tagName,
  className: element.name,
  summary: element.summary ?? '',
  description: element.description ?? '',
  attributes: (element.attributes ?? []).map((attribute) => {
    const type = attribute.fieldName
      ? fieldType(element.name, attribute.fieldName)
      : { literals: [], boolean: false };
    return {
      name: attribute.name,
      field:
        attribute.fieldName && fieldByName(element, attribute.fieldName) ? attribute.fieldName : undefined,
      description: attribute.description ?? '',
      typeText:
        type.literals.length > 0 ? type.literals.map((v) => `'${v}'`).join(' | ') : attribute.type?.text,
      values: type.literals,
      boolean: type.boolean,
      default: attribute.default,
    };
  }),
  properties: settableFields(element).map((member) => ({
    name: member.name,
    description: member.description ?? '',
    typeText: member.type?.text,
  })),
  events: (element.events ?? [])
    .filter((event) => event.name)
    .map(({ name, description }) => ({ name, description })),
  slots: (element.slots ?? []).map(({ name, description }) => ({ name, description })),
  cssParts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
  cssProperties: (element.cssProperties ?? []).map(({ name, description }) => ({ name, description })),
}));

const list = (title, items, format) =>
  items.length === 0 ? '' : `\n\n**${title}:** ${items.map(format).join(', ')}`;
/** Markdown shown in editors' hover and completion documentation. */
const elementDoc = (element) =>
  [element.summary, element.description].filter(Boolean).join('\n\n') +
  list('Events', element.events, (e) => `\`${e.name}\``) +
  list('Slots', element.slots, (s) => (s.name ? `\`${s.name}\`` : 'default')) +
  list('CSS parts', element.cssParts, (p) => `\`${p.name}\``) +
  list('CSS properties', element.cssProperties, (p) => `\`${p.name}\``);

// --- VS Code custom data ---

const vscode = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: model.map((element) => ({
    name: element.tag,
    description: { kind: 'markdown', value: elementDoc(element) },
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      ...(attribute.boolean ? { valueSet: 'v' } : {}),
      ...(attribute.values.length > 0 ? { values: attribute.values.map((name) => ({ name })) } : {}),
    })),
  })),
};

// --- JetBrains web-types ---

const named = ({ name, description }) => ({ name, ...(description ? { description } : {}) });
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: model.map((element) => ({
        name: element.tag,
        description: [element.summary, element.description].filter(Boolean).join('\n\n'),
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          ...(attribute.description ? { description: attribute.description } : {}),
          value: {
            type: attribute.boolean ? 'boolean' : (attribute.typeText ?? 'string'),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
          },
          ...(attribute.values.length > 0 ? { values: attribute.values.map((name) => ({ name })) } : {}),
        })),
        events: element.events.map(named),
        slots: element.slots.map(named),
        js: {
          properties: element.properties.map((property) => ({
            ...named(property),
            ...(property.typeText ? { type: property.typeText } : {}),
          })),
          events: element.events.map(named),
        },
        css: {
          parts: element.cssParts.map(named),
          properties: element.cssProperties.map(named),
        },
      })),
    },
  },
};

// --- JSX types ---

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
const classNames = [...new Set(model.map((element) => element.className))].sort();

const jsxEntries = model.map((element) => {
  const indent = '    ';
  const lines = [];
  // Attributes only, by their HTML names: a framework that renders before the element is defined
  // (server rendering, hydration, late registration) can only set attributes, so a camelCase
  // property (`reportId` → `reportid`) or an object (`report="[object Object]"`) would go silently
  // wrong. Object-valued properties are set from script, or with the React wrappers.
  // Attributes without a public property (e.g. `lang`) are left to the framework's HTML types.
  for (const attribute of element.attributes) {
    if (!attribute.field) continue;
    const property = element.properties.find((p) => p.name === attribute.field);
    lines.push(
      `${doc(property?.description ?? attribute.description, indent)}${indent}${quote(attribute.name)}?: ${element.className}[${JSON.stringify(attribute.field)}];`,
    );
  }
  for (const event of element.events) {
    lines.push(
      `${doc(event.description, indent)}${indent}${quote(`on${event.name}`)}?: (event: EventOf<${JSON.stringify(event.name)}>) => void;`,
    );
  }
  return `${doc(element.summary, '  ')}  ${quote(element.tag)}: {\n${lines.join('\n')}\n  };`;
});

const jsx = `// Generated by scripts/generate-editor-data.mjs from custom-elements.json. Do not edit.
import type { ${classNames.join(', ')}, IncEventMap } from './index.js';

type EventOf<K extends string> = K extends keyof IncEventMap ? IncEventMap[K] : CustomEvent<unknown>;

/** Each tag's element class. */
export interface IncidentElementTags {
${model.map((element) => `  ${quote(element.tag)}: ${element.className};`).join('\n')}
}

/**
 * The props each tag takes in JSX, all optional: its attributes by their HTML names (\`report-id\`,
 * \`heading-level\`), and \`on<event>\` listeners for its events (\`oninc-load\`), which React 19, Preact
 * and Solid attach with \`addEventListener\`. Only what works whatever the order of rendering and
 * registration: object-valued properties (\`report\`, \`collection\`) are set from script (a ref) or
 * with the React components in \`incident-elements/react\`. Global HTML attributes come from your
 * framework's types: see \`incident-elements/jsx/react\`, \`/jsx/preact\` and \`/jsx/solid\`.
 */
export interface IncidentElementsJSX {
${jsxEntries.join('\n')}
}
`;

const augmentation = (
  framework,
  importLine,
  base,
) => `// Generated by scripts/generate-editor-data.mjs. Do not edit.
// Use with a type-only import anywhere in your project: import type {} from 'incident-elements/jsx/${framework}';
${importLine}
import type { IncidentElementTags, IncidentElementsJSX } from '../jsx.js';

type Elements = {
  [K in keyof IncidentElementsJSX]: ${base} & IncidentElementsJSX[K];
};

declare module '${framework === 'react' ? 'react' : framework === 'preact' ? 'preact' : 'solid-js'}' {
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
`;

const outputs = {
  'editor/vscode.html-custom-data.json': `${JSON.stringify(vscode, null, 2)}\n`,
  'editor/web-types.json': `${JSON.stringify(webTypes, null, 2)}\n`,
  'jsx.d.ts': jsx,
  'jsx/react.d.ts': augmentation(
    'react',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    'DetailedHTMLProps<HTMLAttributes<IncidentElementTags[K]>, IncidentElementTags[K]>',
  ),
  'jsx/preact.d.ts': augmentation(
    'preact',
    "import type { HTMLAttributes } from 'preact';",
    'HTMLAttributes<IncidentElementTags[K]>',
  ),
  'jsx/solid.d.ts': augmentation(
    'solid',
    "import type { JSX as SolidJSX } from 'solid-js';",
    'SolidJSX.HTMLAttributes<IncidentElementTags[K]>',
  ),
};

// Empty runtime modules beside the JSX declarations, so a plain (non-type) import resolves too.
for (const path of ['jsx', 'jsx/react', 'jsx/preact', 'jsx/solid']) {
  outputs[`${path}.js`] = '// Types only: see the .d.ts beside this file.\nexport {};\n';
}

for (const [path, text] of Object.entries(outputs)) {
  const file = join(dist, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}
console.log(
  `editor data and JSX types for ${model.length} elements → ${Object.keys(outputs)
    .map((p) => `dist/${p}`)
    .join(', ')}`,
);
