// Bundles the Node side (Electron main, preload, browser host, CLI) with esbuild.
// The renderer is built separately by Vite. Runs on `npm ci` (prepare) so `npx briefing` works.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Loaded at run time from node_modules: native, Electron's own, loaded on first use only, or
 * large and needed only by the export. These, and nothing bundled, are the package's
 * `dependencies` (what electron-builder packs); everything else is bundled into out/.
 */
const runtimeOnly = ['electron', 'better-sqlite3', 'pdfjs-dist', 'jsdom', 'mammoth', 'citeproc', 'docx', 'pg'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // esbuild itself: ingest/isolated.ts bundles its worker with it only when run from source (tests).
  external: [...runtimeOnly, 'esbuild'],
};

const esm = {
  ...common,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // Code loaded on first use (import() in the source, e.g. the export) goes into its own chunk.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

rmSync('out/cli', { recursive: true, force: true });
rmSync('out/chunks', { recursive: true, force: true });
await Promise.all([
  build({ ...esm, entryPoints: { 'main/index': 'electron/main/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'host/index': 'electron/host/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'cli/index': 'electron/cli/index.ts' }, outdir: 'out' }),
  // The importer thread (electron/core/ingest/isolated.ts): every bundle above finds it at ../ingest/worker.mjs.
  build({ ...esm, entryPoints: { 'ingest/worker': 'electron/core/ingest/worker.ts' }, outdir: 'out' }),
  // A sandboxed preload cannot be an ES module: one CommonJS file that requires only `electron`.
  build({ ...common, format: 'cjs', entryPoints: { 'preload/index': 'electron/preload/index.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' } }),
]);
