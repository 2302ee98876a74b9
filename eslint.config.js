// ESLint flat config: TypeScript (type-aware), Lit templates and web-component rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render content as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Never render content as SVG markup.' },
          ],
        },
      ],
      'wc/guard-super-call': 'off',
    },
  },
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
