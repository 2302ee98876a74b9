// ESLint flat config: TypeScript (type-aware), Lit templates and web-component rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const unsafePaths = [
  { name: 'lit/directives/unsafe-html.js', message: 'Never render content as HTML.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Never render content as SVG markup.' },
];

// The layer rule (docs/architecture.md): data → shared → components → entries, nothing imports upward.
// Entries are src/index.ts, define.ts, cdn.ts and the loader, react, ssr, cli and markdown folders.
const ENTRY_FILES = '(?:index|define|cdn)\\.js$';
const ENTRY_DIRS = 'loader|react|ssr|cli|markdown';
const layer = (files, name, upward) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: unsafePaths,
        patterns: upward.map((regex) => ({
          regex,
          message: `Layers: ${name} may not import from a layer above it (data → shared → components → entries; see docs/architecture.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.storybook/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'tests/consumer/',
      '*.config.js',
      '*.config.mjs',
      'custom-elements-manifest.config.mjs',
      'scripts/*.mjs',
      'bench/*.mjs',
      'bench/pages/*.js',
      'demo/**/*.js',
      'examples/**/*.js',
      'tests/browser/pages/**/*.js',
      'tests/browser/helpers/*.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Content is text: never innerHTML (use Lit templates or textContent).',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Content is text: never outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Content is text: never insertAdjacentHTML.',
        },
      ],
      'no-restricted-imports': ['error', { paths: unsafePaths }],
      'wc/guard-super-call': 'off',
    },
  },
  layer(['src/data/**/*.ts'], 'src/data', [
    `^(?:\\.\\./)+(?:shared|components|${ENTRY_DIRS})(?:/|$)`,
    `^(?:\\.\\./)+${ENTRY_FILES}`,
  ]),
  layer(['src/shared/**/*.ts'], 'src/shared', [
    `^(?:\\.\\./)+(?:components|${ENTRY_DIRS})(?:/|$)`,
    `^(?:\\.\\./)+${ENTRY_FILES}`,
  ]),
  layer(['src/components/**/*.ts'], 'src/components', [
    `^(?:\\.\\./){2,}(?:${ENTRY_DIRS})(?:/|$)`,
    `^(?:\\.\\./){2,}${ENTRY_FILES}`,
  ]),
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
