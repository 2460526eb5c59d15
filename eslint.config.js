import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Data is text: nothing from a data file may reach an HTML sink.
const noHtmlSinks = [
  { object: 'document', property: 'write', message: 'document.write is banned.' },
  { property: 'innerHTML', message: 'innerHTML is banned: render data as text.' },
  { property: 'outerHTML', message: 'outerHTML is banned: render data as text.' },
  { property: 'insertAdjacentHTML', message: 'insertAdjacentHTML is banned: render data as text.' },
  { property: 'createContextualFragment', message: 'createContextualFragment is banned.' },
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', '.scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-properties': ['error', ...noHtmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'svelte/no-at-html-tags': 'error',
      'svelte/no-target-blank': 'error',
      'svelte/no-inline-styles': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
