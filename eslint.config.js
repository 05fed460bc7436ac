// Lint: TypeScript rules plus the process boundaries of STYLE.md, enforced as errors:
// renderer/ never imports electron/; shared/ imports neither electron nor node:*;
// only electron/main and electron/preload import `electron`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInMainAndPreload = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron (STYLE.md: one boundary per folder).',
};
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'better-sqlite3'],
  message: 'shared/ and renderer/ run in the browser too: no Node built-ins.',
};
const noElectronFolder = {
  group: ['**/electron/**', '../electron/*', '../../electron/*'],
  message: 'renderer/ and shared/ never import from electron/ (the back end); go through shared/api.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.tsbuild/', 'test-results/', 'playwright-report/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload] }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'tests/unit/main/**', 'tests/e2e/electron*'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [nodeBuiltins, noElectronFolder] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [nodeBuiltins, noElectronFolder] }],
    },
  },
);
