/**
 * Export never destroys its target (issue 13): devices, FIFOs, sockets and folders are refused
 * and left as they were; a link is followed to its file; a read-only file is refused even for
 * root; a replaced file keeps its permissions. Real files in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDocxAtomically } from '../../../../electron/core/export/write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-target-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const refused = (path: string) => expect(writeDocxAtomically(path, Buffer.from('new'))).rejects.toMatchObject({ code: 'refused' });

describe('writeDocxAtomically: what it will not replace', () => {
  it('refuses /dev/null, which stays a character device', async () => {
    await expect(writeDocxAtomically('/dev/null', Buffer.from('new'))).rejects.toThrow('Cannot write /dev/null: it is a device, not a file, and was left as it was. Nothing was written.');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([]);
  });

  it('refuses a FIFO without opening it (which would hang), and it stays a FIFO', async () => {
    const fifo = join(dir, 'pipe.docx');
    execFileSync('mkfifo', [fifo]);
    await expect(writeDocxAtomically(fifo, Buffer.from('new'))).rejects.toThrow(`Cannot write ${fifo}: it is a FIFO (named pipe), not a file, and was left as it was.`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.docx']);
  });

  it('refuses a folder, which keeps its contents', async () => {
    const folder = join(dir, 'note.docx');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside.txt'), 'kept');
    await expect(writeDocxAtomically(folder, Buffer.from('new'))).rejects.toThrow(`Cannot write ${folder}: that is a folder, not a file name. Nothing was written.`);
    expect(readFileSync(join(folder, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('refuses a read-only (0444) file even as root, and leaves it as it was', async () => {
    const path = join(dir, 'signed.docx');
    writeFileSync(path, 'the signed version');
    chmodSync(path, 0o444);
    await expect(writeDocxAtomically(path, Buffer.from('new'))).rejects.toThrow(`Cannot write ${path}: the file is read-only. Save under another name, or make it writable first. Nothing was written.`);
    expect(readFileSync(path, 'utf8')).toBe('the signed version');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['signed.docx']);
  });

  it('refuses a link to nothing, to a folder or to a device', async () => {
    symlinkSync(join(dir, 'missing.docx'), join(dir, 'dangling.docx'));
    symlinkSync(dir, join(dir, 'to-folder.docx'));
    symlinkSync('/dev/null', join(dir, 'to-null.docx'));
    await expect(writeDocxAtomically(join(dir, 'dangling.docx'), Buffer.from('new'))).rejects.toThrow('it is a link to a file that does not exist.');
    await refused(join(dir, 'to-folder.docx'));
    await expect(writeDocxAtomically(join(dir, 'to-null.docx'), Buffer.from('new'))).rejects.toThrow('it is a link to a device, not to a file.');
    expect(existsSync(join(dir, 'missing.docx'))).toBe(false);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, 'to-null.docx')).isSymbolicLink()).toBe(true);
  });
});

describe('writeDocxAtomically: what it replaces', () => {
  it('follows a link to its file: the file gets the new document, the link stays a link to it', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'note.docx');
    writeFileSync(real, 'old');
    const link = join(dir, 'note.docx');
    symlinkSync(real, link);
    await writeDocxAtomically(link, Buffer.from('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'real'))).toEqual(['note.docx']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(dir, 'note.docx');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeDocxAtomically(path, Buffer.from('new'));
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('removes what a killed write of the same name left, but not what a running process is writing', async () => {
    const path = join(dir, 'note.docx');
    const stale = join(dir, '.note.docx.999999999.0123456789ab.tmp');
    const live = join(dir, `.note.docx.${process.pid}.0123456789ab.tmp`);
    writeFileSync(stale, 'half');
    writeFileSync(live, 'in progress');
    await writeDocxAtomically(path, Buffer.from('new'));
    expect(readdirSync(dir).sort()).toEqual([`.note.docx.${process.pid}.0123456789ab.tmp`, 'note.docx']);
  });
});
