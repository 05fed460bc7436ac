/**
 * Back-end errors carry a catalogue key and parameters (issue 15 item 1), so the renderer words
 * them in the interface's language: an ApiError is made with `keyedError(code, key, params)`.
 * Read from the files themselves, so it cannot drift:
 * - `new ApiError(` appears only where listed below, as often as listed: a new unworded error
 *   fails here, and wording one of the listed ones fails until its count is lowered;
 * - every key a `keyedError` call names literally has an English and a Vietnamese message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/locales/en.json';
import vi from '../../../shared/locales/vi.json';
import { projectRoot } from '../../support/host';

/** Where an ApiError is still made without a catalogue key, and why. Only ever lower these. */
const unworded: Record<string, number> = {
  // The class itself: keyedError, wrappingError and fromBody (an error that already came over a transport).
  'shared/errors.ts': 3,
  // The browser-mode host and the IPC guard answer callers that are not the app (wrong token, origin, method).
  'electron/host/server.ts': 10,
  'electron/main/ipc.ts': 1,
  // Command-line only (the CLI speaks English).
  'electron/cli/run.ts': 3,
  'electron/cli/commands/sources-import.ts': 3,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = ['electron', 'shared'].flatMap((dir) => sourceFiles(join(projectRoot, dir))).map((path) => ({ path: relative(projectRoot, path), text: readFileSync(path, 'utf8') }));

function messageAt(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

describe('back-end errors are worded by the catalogues', () => {
  it('makes an ApiError without a key only where listed, as often as listed', () => {
    const found = Object.fromEntries(files.map((f) => [f.path, f.text.split('new ApiError(').length - 1] as const).filter(([, n]) => n > 0));
    expect(found).toEqual(unworded);
  });

  it('has an English and a Vietnamese message for every key a keyedError names', () => {
    // The code may be an expression (a wrapped error's own code); the key is always a literal.
    const keys = files.flatMap((f) => [...f.text.matchAll(/(?:keyedError|wrappingError)\(\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*'([\w.]+)'/g)].map((m) => m[1]!));
    // Importer refusals name their key under `import.` (electron/core/ingest/refusal.ts refuseKeyed).
    keys.push(...files.flatMap((f) => [...f.text.matchAll(/refuseKeyed\(\s*\w+,\s*'(\w+)'/g)].map((m) => `import.${m[1]!}`)));
    expect(keys.length).toBeGreaterThan(50);
    const missing = keys.filter((key) => typeof messageAt(en.errors, key) !== 'string' || typeof messageAt(vi.errors, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
