/**
 * Export never leaves a broken document (issue 13): a process killed with SIGKILL at a seeded
 * random moment while writing leaves the old document or the new one, whole, every time; and
 * the writer fsyncs the temporary file before the rename and the folder after it, as strace
 * shows, so the same holds for a power loss.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip, zipParts } from '../../electron/core/ooxml';
import { Prng } from '../../scripts/crash/prng';

let dir: string;
let child: string;
let oldDoc: string;
let newDoc: string;

/** A valid package with a 4 MB part, so a write takes long enough for a kill to land inside it. */
function document(label: string): Buffer {
  return zipParts(
    new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
      ['word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${label}</w:document>`],
      ['word/media/image.bin', new Uint8Array(randomBytes(4 * 1024 * 1024))],
    ]),
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-durability-'));
  child = join(dir, 'write-loop.mjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('../support/write-loop.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'error' });
  oldDoc = join(dir, 'old.bin');
  newDoc = join(dir, 'new.bin');
  writeFileSync(oldDoc, document('old'));
  writeFileSync(newDoc, document('new'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function killDuringWrites(target: string, delayMs: number): Promise<void> {
  const proc = spawn(process.execPath, [child, target, oldDoc, newDoc], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    proc.stdout.once('data', () => resolve());
    proc.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
  });
  await new Promise((r) => setTimeout(r, delayMs));
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
}

describe('export durability', () => {
  it('SIGKILL at 50 seeded moments: the target is always the old or the new document, whole', async () => {
    const random = new Prng(20261127);
    const old = readFileSync(oldDoc);
    const fresh = readFileSync(newDoc);
    const outcomes = { old: 0, new: 0 };
    let leftovers = 0;
    for (let trial = 0; trial < 50; trial++) {
      const folder = mkdtempSync(join(dir, `trial-${trial}-`));
      const target = join(folder, 'note.docx');
      writeFileSync(target, old);
      await killDuringWrites(target, random.int(0, 199));
      const bytes = readFileSync(target);
      const isOld = bytes.equals(old);
      expect(isOld || bytes.equals(fresh), `trial ${trial}: neither the old nor the new document`).toBe(true);
      expect(openZip(bytes).has('word/document.xml')).toBe(true);
      outcomes[isOld ? 'old' : 'new']++;
      const left = readdirSync(folder).length - 1;
      if (left > 0 && leftovers === 0) {
        // The next export to that name clears what the killed one left.
        const again = spawnSync(process.execPath, [child, target, oldDoc, newDoc, 'once']);
        expect(again.status).toBe(0);
        expect(readdirSync(folder)).toEqual(['note.docx']);
      }
      leftovers += left;
    }
    // The kills landed on both sides of a rename; a killed write can only leave its own temporary file.
    expect(outcomes.old + outcomes.new).toBe(50);
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
    expect(leftovers).toBeGreaterThan(0); // so the clean-up above ran
    console.log(`export durability: ${JSON.stringify(outcomes)}, temporary files left by killed writes: ${leftovers}`);
  }, 300_000);

  const strace = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));
  it.skipIf(!strace)('strace: the temporary file is fsynced before the rename, the folder after it', () => {
    const folder = mkdtempSync(join(dir, 'strace-'));
    const target = join(folder, 'note.docx');
    writeFileSync(target, readFileSync(oldDoc));
    const run = spawnSync(strace!, ['-f', '-y', '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2', process.execPath, child, target, oldDoc, newDoc, 'once'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const calls = run.stderr.split('\n').filter((l) => /\b(fsync|fdatasync|rename\w*)\(/.test(l));
    const temp = calls.findIndex((l) => /fsync\(\d+<[^>]*\/\.note\.docx\.\d+\.[0-9a-f]+\.tmp>/.test(l));
    const rename = calls.findIndex((l) => /rename\w*\(.*\.note\.docx\.\d+\.[0-9a-f]+\.tmp.*note\.docx/.test(l));
    const folderSync = calls.findIndex((l, i) => i > rename && new RegExp(`fsync\\(\\d+<${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>`).test(l));
    console.log(`strace of one export write:\n${calls.join('\n')}`);
    expect(temp).toBeGreaterThanOrEqual(0);
    expect(rename).toBeGreaterThan(temp);
    expect(folderSync).toBeGreaterThan(rename);
    expect(readFileSync(target).equals(readFileSync(newDoc))).toBe(true);
  }, 60_000);
});
