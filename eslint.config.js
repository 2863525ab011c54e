import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** Screen folders: what a person sees. The domain and the server never import them. */
const SCREENS = ['propose', 'beheer', 'explore', 'present', 'map', 'ui', 'state', 'knelpunten'];
const screenImports = SCREENS.map((folder) => `**/${folder}/*`);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'data',
      'node_modules',
      '.cache',
      'coverage',
      'test-results',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...solid,
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    // No import circles: data flows one way (README, "Architecture").
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The proposal domain sits below everything that uses it: the app's screens and the server.
    files: ['src/proposals/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...screenImports, '**/server/*'],
              message:
                'src/proposals is the domain: screens and the server import it, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: screenImports,
              message: 'The server imports the domain (src/proposals), never a screen folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
