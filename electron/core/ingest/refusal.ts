import type { Stats } from 'node:fs';
import { keyedError, wrappingError, type ApiError } from '../../../shared/errors';
import type { MessageParams } from '../../../shared/messages';

/** The largest file we import: big enough for a long report, small enough to keep in memory twice. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** The longest text stored (as many characters as the largest file has bytes; sources.import holds to it too). */
export const MAX_SOURCE_TEXT_LENGTH = 50 * 1024 * 1024;

/** The name a user recognises: the last path segment, whichever separator the platform used. */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

/** A refusal worded by the catalogues (`errors.import.<key>`), so the renderer says it in the interface's language. */
export function refuseKeyed(fileName: string, key: string, params: MessageParams = {}): ApiError {
  return keyedError('refused', `import.${key}`, { name: baseName(fileName), ...params });
}

/** A refusal whose reason is another error's words (`{reason}`, e.g. a damaged Word package), both worded by the catalogues. */
export function refuseWrapping(fileName: string, key: string, reason: Error): ApiError {
  return wrappingError('refused', `import.${key}`, reason, { name: baseName(fileName) });
}

/** Checked from the file's size alone, so a caller can refuse before reading a huge file. */
export function checkSourceSize(size: number, fileName: string): void {
  if (size === 0) throw refuseKeyed(fileName, 'empty');
  if (size > MAX_SOURCE_BYTES) {
    throw refuseKeyed(fileName, 'tooLarge', { limit: MAX_SOURCE_BYTES / 1024 / 1024 });
  }
}

/**
 * Only a regular file is read: a named pipe would block the read (and its size says nothing,
 * so it used to be refused as "empty"), a device never ends, a folder is not a document.
 */
export function checkRegularFile(stat: Stats, fileName: string): void {
  if (stat.isFile()) return;
  const kind = stat.isDirectory()
    ? 'folder'
    : stat.isFIFO()
      ? 'fifo'
      : stat.isSocket()
        ? 'socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'device'
          : 'other';
  throw refuseKeyed(fileName, 'notFile', { kind });
}
