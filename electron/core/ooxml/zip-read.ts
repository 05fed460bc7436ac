/**
 * Reading a ZIP package (.docx) that may be hostile: just enough of PKWARE APPNOTE 6.3 to look
 * inside a Word file without letting it choose how much memory or time we spend.
 *
 * - The central directory is read first; too many entries, declared sizes over the limits,
 *   compression ratios no real document reaches, entries overlapping one another (the
 *   "better zip bomb" re-uses one deflate stream for every entry) and ZIP64 are refused before
 *   anything is inflated.
 * - Headers are not trusted: every entry is inflated with a hard ceiling at its declared size
 *   (zlib stops there, so a lying header costs at most what it declared), its real size and
 *   CRC-32 must match, and the real bytes count against the total.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { OoxmlProblem } from './problem';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Every entry together, uncompressed. */
  maxTotalBytes: number;
  /** One entry, uncompressed (a caller reading one kind of part may pass less). */
  maxEntryBytes: number;
  /** Uncompressed / compressed size, checked for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * Generous for a Word document (text and images), far below what would exhaust memory. Word's
 * own document.xml deflates about 5–20 times; our exports of generated, repetitive notes about
 * 60 times; a deflate bomb 1,000 times (DEFLATE's ceiling is 1,032).
 */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a ZIP cannot be opened (catalogue keys `errors.ooxml.*`). */
export class ZipProblem extends OoxmlProblem {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MB = 1024 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (dv.getUint32(at, true) === EOCD_SIGNATURE) return at;
  throw new ZipProblem('noDirectory');
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.length < 22) throw new ZipProblem('tooShort');
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  const count = dv.getUint16(eocd + 10, true);
  const directoryOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipProblem('zip64');
  if (count > limits.maxEntries) throw new ZipProblem('tooManyParts', { count, limit: limits.maxEntries });

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipProblem('directoryBroken');
    const flags = dv.getUint16(at + 8, true);
    const nameLength = dv.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (flags & 1) throw new ZipProblem('password');
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw new ZipProblem('zip64');
    entries.push(entry);
    at += 46 + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  checkNoOverlap(bytes, dv, entries);
  checkDeclaredSizes(entries, limits);
  return entries;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipProblem('partTooLarge', { part: e.name, size: Math.round(e.uncompressedSize / MB), limit: Math.round(limits.maxEntryBytes / MB) });
    }
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new ZipProblem('ratio', { part: e.name, ratio });
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ZipProblem('tooLarge', { size: Math.round(total / MB), limit: Math.round(limits.maxTotalBytes / MB) });
  }
}

/** Where an entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
function dataStart(bytes: Uint8Array, dv: DataView, entry: ZipEntry): number {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL_SIGNATURE) throw new ZipProblem('partMissing', { part: entry.name });
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipProblem('partCutShort', { part: entry.name });
  return start;
}

/** Each entry's data must end before the next entry's header: overlapping entries only serve to multiply one stream. */
function checkNoOverlap(bytes: Uint8Array, dv: DataView, entries: ZipEntry[]): void {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 0; i < byOffset.length; i++) {
    const entry = byOffset[i]!;
    const end = dataStart(bytes, dv, entry) + entry.compressedSize;
    const next = byOffset[i + 1];
    if (next && end > next.localHeaderOffset) throw new ZipProblem('overlap', { part: entry.name, next: next.name });
  }
}

export interface ZipArchive {
  /** The entries, in the central directory's order. */
  readonly entries: readonly ZipEntry[];
  has(name: string): boolean;
  /** The entry's bytes, inflated under the limits and checked against its size and CRC-32. */
  read(name: string): Buffer;
  /** The entry as UTF-8 text (a byte order mark is dropped). */
  readText(name: string): string;
  /** Inflates every entry once and keeps nothing: proves the whole package is what it claims. */
  verify(): void;
}

/**
 * Opens a ZIP under limits (defaults: `defaultZipLimits`); throws ZipProblem when its directory
 * already shows it cannot be read safely. Nothing is inflated until an entry is read.
 */
export function openZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
  const l: ZipLimits = { ...defaultZipLimits, ...limits };
  const entries = readDirectory(bytes, l);
  const dv = view(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));

  function inflate(entry: ZipEntry): Buffer {
    const start = dataStart(bytes, dv, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const damaged = new ZipProblem('partDamaged', { part: entry.name });
    let out: Buffer;
    if (entry.method === STORED) out = Buffer.from(data);
    else if (entry.method === DEFLATED) {
      try {
        // zlib stops at maxOutputLength (at least 1), so a stream longer than declared is cut off, never held.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch {
        throw damaged;
      }
    } else throw new ZipProblem('compression', { part: entry.name });
    // The real size must be the declared one, so the declared total checked above bounds what is held.
    if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc) throw damaged;
    return out;
  }

  const archive: ZipArchive = {
    entries,
    has: (name) => byName.has(name),
    read(name) {
      const entry = byName.get(name);
      if (!entry) throw new ZipProblem('partMissing', { part: name });
      return inflate(entry);
    },
    readText(name) {
      const text = archive.read(name).toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    verify() {
      for (const entry of entries) inflate(entry);
    },
  };
  return archive;
}
