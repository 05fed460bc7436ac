// Lint: TypeScript rules plus the process boundaries of STYLE.md, enforced as errors:
// renderer/ never imports electron/; shared/ imports neither electron nor node:*;
// only electron/main and electron/preload import `electron`; electron/core is imported by
// main, host and cli, never the other way; the editor never imports a screen (features/);
// Lexical's $-functions only where Lexical allows them (@lexical/eslint-plugin).
import js from '@eslint/js';
import lexical from '@lexical/eslint-plugin';
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

/** A relative import that climbs into one of the named sibling folders (`../main/window`, `../../cli/run`). */
const relativeInto = (folders) => `^\\.{1,2}/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;
const coreImportsNoFrontEnd = {
  regex: relativeInto(['main', 'host', 'cli']),
  message: 'electron/core is the plain-Node core that main, host and cli are built on: it never imports them (STYLE.md: one boundary per folder).',
};
const editorImportsNoScreen = {
  regex: relativeInto(['features']),
  message: 'renderer/src/editor is used by the screens in renderer/src/features, never the other way: move what both need into editor/ or shared/.',
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
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [coreImportsNoFrontEnd] }],
    },
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
  {
    files: ['renderer/src/editor/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload], patterns: [nodeBuiltins, noElectronFolder, editorImportsNoScreen] }],
    },
  },
  {
    files: ['renderer/**', 'tests/unit/renderer/**'],
    plugins: { '@lexical': lexical },
    rules: { '@lexical/rules-of-lexical': 'error', '@lexical/no-document-in-dom-methods': 'error' },
  },
  {
    // A component that words itself with i18n.t() does not re-render when the language changes
    // (a memoized one keeps its English after switching to Vietnamese): components use the hook.
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='i18n'][callee.property.name='t']",
          message: 'In a component, use `const { t } = useTranslation()` so it re-renders when the interface language changes.',
        },
      ],
    },
  },
);
