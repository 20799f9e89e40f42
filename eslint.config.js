// Lint as open-wc does: TypeScript, Lit templates, Lit accessibility, web-component
// hygiene, no focused tests left behind, explicit `.js` extensions in imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // French quoted in a comment is printed French: the JSDoc is the manifest, and the
      // manifest the README's tables (« 13 millions » keeps its no-break space). Code and
      // strings write the no-break spaces as escapes (\u202F, \u00A0), which this still enforces.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.{1,2}/(?!.*\\.(js|mjs|json|css)$)', message: 'Write the .js extension.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Never unsafeHTML.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.stories.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', '*.config.*', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
