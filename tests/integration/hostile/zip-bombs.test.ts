/**
 * Hostile ZIPs (a deflate bomb, a lying header, 20,000 entries, overlapping entries) through
 * every reader of user-supplied Word files: source import and `briefing audit`, the latter as
 * a real process whose peak memory is measured. Each is refused with its reason, quickly, and
 * nothing near the gigabyte it claims or hides is ever held. Also `briefing export --out` at a
 * device, a FIFO, a link and a read-only file (issue 13).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocx } from '../../../electron/core/export';
import { extractSource } from '../../../electron/core/ingest';
import { appRoot } from '../../../electron/core/paths';
import type { StoredNote } from '../../../shared/note-format';
import { hostileZips, type HostileZip } from '../../fixtures/hostile/zip-bombs';
import { openHostileStore, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let scratch: string;
let zips: HostileZip[];
beforeAll(() => {
  store = openHostileStore();
  scratch = mkdtempSync(join(tmpdir(), 'briefing-zip-bombs-'));
  zips = hostileZips();
  for (const z of zips) writeFileSync(join(scratch, z.fileName), z.bytes);
}, 120_000);
afterAll(() => {
  store.close();
  rmSync(scratch, { recursive: true, force: true });
});

const reasons: Record<string, RegExp> = {
  'deflate-bomb.docx': /its part “word\/document\.xml” would unpack to 1,024 MB, more than the \d+ MB a part may hold \(a damaged or malicious file\?\)/,
  'lying-header.docx': /its part “word\/document\.xml” is damaged or larger than it claims \(a damaged or malicious file\?\)/,
  'many-entries.docx': /it holds 20,002 parts, more than the 10,000 a document may hold/,
  'overlap-bomb.docx': /its parts “word\/media\/0\.bin” and “word\/media\/1\.bin” overlap/,
};

describe('hostile ZIPs', () => {
  it('every generated ZIP has an expected reason', () => {
    expect(zips.map((z) => z.fileName).sort()).toEqual(Object.keys(reasons).sort());
  });

  it.each(Object.keys(reasons))('source import refuses %s, naming the file and the reason', async (fileName) => {
    const zip = zips.find((z) => z.fileName === fileName)!;
    const started = performance.now();
    await expect(extractSource(zip.bytes, fileName)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(reasons[fileName]!) });
    await expect(extractSource(zip.bytes, fileName)).rejects.toThrow(`“${fileName}” cannot be imported`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each(Object.keys(reasons))('audit refuses %s in process in under a second', async (fileName) => {
    const zip = zips.find((z) => z.fileName === fileName)!;
    const started = performance.now();
    await expect(auditDocx(zip.bytes, () => null, () => null)).rejects.toThrow(/^Cannot check this file as a Word document: /);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cli = join(appRoot(), 'bin', 'briefing.mjs');
  it.skipIf(!time)('`briefing audit` as a process: a clear error, exit 1, peak memory under 200 MB', () => {
    if (!existsSync(join(appRoot(), 'out', 'cli', 'index.mjs'))) throw new Error('build the command line first (npm run build)');
    for (const fileName of Object.keys(reasons)) {
      const run = spawnSync(time!, ['-f', 'maxrss-kb=%M', process.execPath, cli, 'audit', join(scratch, fileName), '--data-dir', store.dataDir], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^briefing: Cannot check this file as a Word document: ${reasons[fileName]!.source}`));
      const maxRssKb = Number(/maxrss-kb=(\d+)/.exec(run.stderr)?.[1]);
      expect(maxRssKb).toBeGreaterThan(0);
      expect(maxRssKb, fileName).toBeLessThan(200 * 1024);
      console.log(`briefing audit ${fileName}: peak RSS ${Math.round(maxRssKb / 1024)} MB`);
    }
  }, 300_000);
});

describe('`briefing export --out` never destroys its target', () => {
  it('refuses /dev/null and a FIFO, which stay a device and a FIFO', async () => {
    const note = (await store.dispatch('notes.create', { templateId: 'decision', title: 'Target' })) as { ok: true; result: StoredNote };
    const toNull = await store.cli('export', note.result.id, '--out', '/dev/null');
    expect(toNull.code).not.toBe(0);
    expect(toNull.stderr).toBe('briefing: Cannot write /dev/null: it is a device, not a file, and was left as it was. Nothing was written.\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);

    const fifo = join(scratch, 'pipe.docx');
    execFileSync('mkfifo', [fifo]);
    const toFifo = await store.cli('export', note.result.id, '--out', fifo);
    expect(toFifo.stderr).toBe(`briefing: Cannot write ${fifo}: it is a FIFO (named pipe), not a file, and was left as it was. Nothing was written.\n`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a link to its file and refuses a read-only file', async () => {
    const note = (await store.dispatch('notes.create', { templateId: 'decision', title: 'Target' })) as { ok: true; result: StoredNote };
    const real = join(scratch, 'real.docx');
    writeFileSync(real, 'old');
    const link = join(scratch, 'link.docx');
    symlinkSync(real, link);
    expect((await store.cli('export', note.result.id, '--out', link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString()).toBe('PK');

    const signed = join(scratch, 'signed.docx');
    writeFileSync(signed, 'the signed version');
    chmodSync(signed, 0o444);
    const toSigned = await store.cli('export', note.result.id, '--out', signed);
    expect(toSigned.stderr).toBe(`briefing: Cannot write ${signed}: the file is read-only. Save under another name, or make it writable first. Nothing was written.\n`);
    expect(readFileSync(signed, 'utf8')).toBe('the signed version');
  });
});
