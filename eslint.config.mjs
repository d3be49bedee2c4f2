// ESLint flat config: typescript-eslint's recommended rules over src/, test/ and scripts/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.bench/',
      'test/fixtures/',
      'test/ui/workspace/',
      'test/ui/.run/',
      // the fork of dockerfile-ast keeps its upstream's style and is checked by its own build and tests
      'packages/dockerfile-ast/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // tests may assert presence with `x!`; the product code handles the undefined (see below)
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  // product code: a possibly-missing value is handled (guard, default, for…of), never asserted away with `!`
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  // CommonJS files (the CLI's bin): require() is how they load modules
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // webview scripts run in the browser
  { files: ['media/**/*.js'], languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } } },
  // the UI driver and extension-host suites are mocha files reading the engine's raw JSON
  {
    files: ['test/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/triple-slash-reference': ['error', { types: 'always' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
