/**
 * Writing a ZIP package deterministically: the parts in the order given, every date the
 * earliest DOS date (as Word stamps its parts), Node's native zlib, so the same parts always
 * give the same bytes. No ZIP64: a briefing note is nowhere near 4 GB or 65,535 parts.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** Package parts by path, in the order they are zipped ([Content_Types].xml first, as Word writes it). */
export type PackageParts = Map<string, string | Uint8Array>;

/** 1980-01-01 00:00, the earliest DOS date: same input, same bytes. */
const dosDate = (0 << 9) | (1 << 5) | 1;
const dosTime = 0;
/** Bit 11: names are UTF-8. */
const utf8Names = 0x0800;
const deflated = 8;
const stored = 0;

/**
 * The fields a local header and its central directory entry share, in the same order: version
 * needed, flags, method, time, date, CRC-32, sizes, name length.
 */
function writeSharedFields(header: Buffer, at: number, e: { method: number; crc: number; packed: number; size: number; nameLength: number }): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(utf8Names, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt16LE(dosTime, at + 6);
  header.writeUInt16LE(dosDate, at + 8);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(e.packed, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.nameLength, at + 22);
}

/** The parts as a ZIP file (PKWARE APPNOTE 6.3), each deflated unless that would not make it smaller. */
export function zipParts(parts: PackageParts): Buffer {
  if (parts.size > 0xffff) throw new Error('Too many parts for a ZIP file without ZIP64.');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const name = Buffer.from(path, 'utf8');
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const packed = deflateRawSync(raw);
    const method = packed.length < raw.length ? deflated : stored;
    const body = method === deflated ? packed : raw;
    const crc = crc32(raw);
    if (offset + body.length > 0xffffffff) throw new Error('The document is too large for a ZIP file without ZIP64.');

    const shared = { method, crc, packed: body.length, size: raw.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4, shared);
    // Extra field length (28): zero.
    chunks.push(local, name, body);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    writeSharedFields(entry, 6, shared);
    // Extra and comment lengths, disk number, internal and external attributes: all zero.
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
