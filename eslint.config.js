import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'tests/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Unsafe DOM sinks (innerHTML, insertAdjacentHTML, document.write…) are errors everywhere.
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // src/core is pure logic over a DOM: it must run in Node with jsdom, so no extension APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'src/core has no extension APIs: use src/platform.' }, { name: 'browser', message: 'src/core has no extension APIs: use src/platform.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['webextension-polyfill', '**/platform/**', '**/entries/**', '**/ui/**', 'node:*'], message: 'src/core is pure: no extension APIs, UI or Node modules.' }] }],
    },
  },
  {
    // Only src/platform touches the WebExtension API.
    files: ['src/entries/**/*.ts', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/platform.' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser APIs through src/platform.' }] }],
    },
  },
);
