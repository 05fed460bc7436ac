/**
 * Just enough of the ZIP format (PKWARE APPNOTE 4.3) to look inside a .docx safely: the
 * central directory is read first, so a "zip bomb" (a tiny file that inflates to gigabytes)
 * is refused from its declared sizes before anything is inflated, and every entry is then
 * inflated with a hard ceiling at its declared size, so a lying header cannot get past.
 */
import { inflateRawSync } from 'node:zlib';

/** Generous for a Word document (text and images); far below what would exhaust memory. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a ZIP cannot be opened, in words for the user. */
export class ZipProblem extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (dv.getUint32(at, true) === EOCD_SIGNATURE) return at;
  throw new ZipProblem('the file is damaged (its table of contents is missing).');
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  if (bytes.length < 22) throw new ZipProblem('the file is damaged (it is too short).');
  const eocd = findEndOfCentralDirectory(bytes, dv);
  const count = dv.getUint16(eocd + 10, true);
  const directoryOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipProblem('the file is too large or uses a ZIP variant Word does not write (ZIP64).');
  if (count > MAX_ENTRIES) throw new ZipProblem(`it holds ${count} parts, far more than any Word document.`);

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipProblem('the file is damaged (its table of contents is broken).');
    const flags = dv.getUint16(at + 8, true);
    const nameLength = dv.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (flags & 1) throw new ZipProblem('it is protected with a password. Open it in Word, remove the password and save it again.');
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw new ZipProblem('the file is too large or uses a ZIP variant Word does not write (ZIP64).');
    entries.push(entry);
    at += 46 + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new ZipProblem(`it would unpack to ${Math.round(total / (1024 * 1024))} MB, more than the ${MAX_UNCOMPRESSED_BYTES / (1024 * 1024)} MB a document may hold (a damaged or malicious file?).`);
  }
  return entries;
}

/** The entry's bytes, never more than its declared size: a larger stream is refused mid-inflate. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const dv = view(bytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL_SIGNATURE) throw new ZipProblem(`the file is damaged (part “${entry.name}” is missing).`);
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipProblem(`the file is damaged (part “${entry.name}” is cut short).`);
  let out: Buffer;
  if (entry.method === STORED) out = Buffer.from(data);
  else if (entry.method === DEFLATED) {
    try {
      // maxOutputLength must be at least 1; an entry declared empty must still inflate to nothing.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new ZipProblem(`part “${entry.name}” is damaged or larger than it claims (a malicious file?).`);
    }
  } else throw new ZipProblem(`part “${entry.name}” uses a compression method Word does not write.`);
  if (out.length !== entry.uncompressedSize) throw new ZipProblem(`part “${entry.name}” is damaged or larger than it claims (a malicious file?).`);
  return out;
}
