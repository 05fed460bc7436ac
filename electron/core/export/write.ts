import { randomBytes } from 'node:crypto';
import { access, constants, lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { keyedError, type ApiError } from '../../../shared/errors';

/**
 * Writes the DOCX next to its final name and renames it into place, so a crash, a power loss
 * or a full disk never leaves a half-written file where the user expects their document, and
 * never destroys what is there unless it is a file the user may replace:
 * - a device, a FIFO, a socket or a folder is refused and left as it was (`--out /dev/null`
 *   once turned the device into a regular file, issue 13);
 * - a symbolic link is followed to its file, which is replaced (the link keeps pointing at the
 *   new document); a link to anything but a regular file, or to nothing, is refused;
 * - a read-only file (no write permission bit) is refused: root may write anything, so the
 *   mode bits are checked here, not left to EACCES;
 * - the temporary file is fsynced before the rename and the folder after it, so after a power
 *   loss the name holds the old document or the new one, whole (rename(2) is atomic within one
 *   folder, but only a synced folder makes the new name durable).
 */
export async function writeDocxAtomically(path: string, buffer: Uint8Array): Promise<void> {
  const target = await replaceableTarget(path);
  const folder = dirname(target.path);
  // Unique per process and per call: two exports to one folder never share a temporary file.
  const temp = join(folder, `.${basename(target.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  await removeStaleTemporaries(folder, basename(target.path));
  try {
    // A new document gets what any new file gets (0666 less the umask); a replaced one keeps its permissions.
    const file = await open(temp, 'wx', 0o666);
    try {
      await file.writeFile(buffer);
      if (target.mode !== null) await file.chmod(target.mode);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeRefusal(path, writeProblem(error, folder));
  }
  await syncFolder(folder);
}

/** A write killed before its rename leaves its temporary file; the next write to that name removes those of processes gone. */
async function removeStaleTemporaries(folder: string, name: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return; // the write itself will say what is wrong with the folder
  }
  const prefix = `.${name}.`;
  for (const entry of names) {
    if (!entry.startsWith(prefix)) continue;
    const pid = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(entry.slice(prefix.length))?.[1];
    if (pid && !isRunning(Number(pid))) await rm(join(folder, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Target {
  /** The file to replace: `path`, or the file a link at `path` points to. */
  path: string;
  /** Its permission bits when it exists. */
  mode: number | null;
}

async function replaceableTarget(asked: string): Promise<Target> {
  let path = asked;
  let found: Stats;
  const refusal = (problem: WriteProblem) => writeRefusal(asked, problem);
  try {
    found = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, mode: null };
    throw refusal(writeProblem(error, dirname(path)));
  }
  if (found.isSymbolicLink()) {
    let real: string;
    try {
      real = await realpath(path);
      found = await stat(real);
    } catch {
      throw refusal({ reason: 'linkToNothing' });
    }
    if (!found.isFile()) throw refusal({ reason: 'linkToOther', kind: kindOf(found) });
    path = real;
  }
  if (!found.isFile()) throw refusal(found.isDirectory() ? { reason: 'isFolder' } : { reason: 'notFile', kind: kindOf(found) });
  if (!(await mayReplace(path, found))) throw refusal({ reason: 'readOnly' });
  return { path, mode: found.mode & 0o7777 };
}

function kindOf(s: Stats): string {
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  if (s.isDirectory()) return 'folder';
  return 'other';
}

/**
 * Why a file cannot be written, as the catalogues' `errors.write.refused` words it (a select on
 * `reason`): `folder` names the folder, `kind` what stands at the name, `detail` the OS's own text.
 */
type WriteProblem = { reason: string; folder?: string; kind?: string; detail?: string };

function writeRefusal(path: string, problem: WriteProblem): ApiError {
  return keyedError('refused', 'write.refused', { path, folder: '', kind: 'other', detail: '', ...problem });
}

/** A file the user marked read-only stays theirs, even for root, who may write anything. */
async function mayReplace(path: string, s: Stats): Promise<boolean> {
  const uid = process.getuid?.();
  if (uid === undefined) return (s.mode & 0o200) !== 0; // Windows: the read-only attribute clears the write bits
  if (uid === 0) return (s.mode & 0o222) !== 0;
  if (uid === s.uid) return (s.mode & 0o200) !== 0;
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the rename durable. Windows cannot open a folder for syncing (NTFS journals the rename
 * itself); a file system that cannot sync a folder has no better way, and the document is in
 * place either way, so a failure here is not the user's to handle.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // See above: nothing to undo and nothing the user can do.
  }
}

/** The reason in the user's words; the temporary file's name would only confuse them. */
function writeProblem(error: unknown, folder: string): WriteProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return { reason: 'folderMissing', folder };
    case 'ENOTDIR':
      return { reason: 'notFolder', folder };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { reason: 'noPermission', folder };
    case 'EISDIR':
      return { reason: 'isFolder' };
    case 'ENOSPC':
      return { reason: 'diskFull' };
    case 'ENAMETOOLONG':
      return { reason: 'nameTooLong' };
    case 'EBUSY':
      // Windows: Word holds the document open and locked.
      return { reason: 'inUse' };
    default:
      return { reason: 'other', detail: error instanceof Error ? error.message : String(error) };
  }
}
