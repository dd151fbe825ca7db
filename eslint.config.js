import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The renderer is untrusted and runs in a browser: it may reach the store only through the typed
// contract, so it must not import the driver, the store, the handlers or Electron.
const rendererBoundary = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'The renderer talks to the shell only through window.clusterdesk.' },
    { group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'The renderer never opens the database.' },
    { group: ['**/db/store', '**/db/store/**'], message: 'Use the typed client (renderer/api), not the store.' },
    { group: ['**/db/handlers', '**/db/handlers/**'], message: 'Use the typed client (renderer/api), not the handlers.' },
    { group: ['**/electron/**', 'node:*'], message: 'The renderer imports nothing from the shells or Node.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name=/^(skip|only|todo)$/][callee.object.name=/^(it|test|describe)$/]', message: 'No skipped or focused tests.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', rendererBoundary] },
  },
);
