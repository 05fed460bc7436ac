/**
 * `briefing`: the launcher. The command line itself is one CommonJS bundle, briefing.cjs (built
 * from main.ts), run through vm.Script with V8's code cache, briefing.cjs.cache, so a command
 * does not parse and compile ~2.5 MB of JavaScript first (Node 20 has no module compile cache;
 * module.enableCompileCache is Node 22). The build writes the cache after a warm-up run of
 * typical commands (scripts/build-node.mjs). A cache that is not for these exact bundle bytes
 * (its first 32 bytes are their SHA-256) is ignored, and V8 itself rejects one made by another
 * V8 version or with other flags; either way the command runs, only compiled from source.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

interface CliBundle {
  main(argv: readonly string[], importEsm: (specifier: string) => Promise<unknown>): Promise<number>;
}

const bundlePath = fileURLToPath(new URL('./briefing.cjs', import.meta.url));
const cachePath = `${bundlePath}.cache`;
const digestLength = 32;

const source = readFileSync(bundlePath);
const digest = createHash('sha256').update(source).digest();
let cachedData: Buffer | undefined;
try {
  const cache = readFileSync(cachePath);
  if (cache.subarray(0, digestLength).equals(digest)) cachedData = cache.subarray(digestLength);
} catch {
  // No cache (a development build): compile from source.
}

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, {
  filename: bundlePath,
  cachedData,
});
// For tests and for anyone asking why a command starts slowly.
if (process.env.BRIEFING_CODE_CACHE_REPORT) {
  process.stderr.write(`code cache: ${!cachedData ? 'none for this bundle' : script.cachedDataRejected ? 'rejected by V8' : 'used'}\n`);
}
const module = { exports: {} as CliBundle };
(script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
const { main } = module.exports;
const importEsm = (specifier: string) => import(specifier);

const warmUp = process.env.BRIEFING_CODE_CACHE_WARMUP;
if (warmUp) {
  // Build time only: run the listed commands (a JSON array of argv arrays), then save what V8
  // compiled for them. Nothing here runs when a user runs a command.
  for (const argv of JSON.parse(readFileSync(warmUp, 'utf8')) as string[][]) await main(argv, importEsm);
  // Renamed into place, so a command started meanwhile never reads half a cache.
  const partial = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.concat([digest, script.createCachedData()]));
  renameSync(partial, cachePath);
} else {
  process.exitCode = await main(process.argv.slice(2), importEsm);
}
