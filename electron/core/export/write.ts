import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/errors';

/**
 * Writes the DOCX next to its final name and renames it into place, so a crash or a full disk
 * never leaves a half-written file where the user expects their document (rename is atomic
 * within one directory).
 */
export async function writeDocxAtomically(path: string, buffer: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, buffer, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new ApiError('refused', `Cannot write ${path}: ${writeProblem(error, dirname(path))} Nothing was written.`);
  }
}

/** The reason in the user's words; the temporary file's name would only confuse them. */
function writeProblem(error: unknown, folder: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the folder ${folder} does not exist.`;
    case 'ENOTDIR':
      return `${folder} is not a folder.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `there is no permission to write in ${folder}.`;
    case 'EISDIR':
      return 'that is a folder, not a file name.';
    case 'ENOSPC':
      return 'the disk is full.';
    case 'ENAMETOOLONG':
      return 'the file name is too long.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
