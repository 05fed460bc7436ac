/**
 * The DOCX package: the parts the docx package compiles, edited as text where we add to them
 * (provenance, core dates), then zipped once with Node's native zlib. Letting `Packer` zip
 * and then unzipping to edit compressed the whole document twice in JavaScript, most of the
 * time of a cold command-line export; a general zip library (adm-zip) still spent more time on
 * its JavaScript CRC-32 and buffer copies than zlib spent compressing.
 */
import { Packer, type Document } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';

/** Package parts by path, in the order they are zipped ([Content_Types].xml first, as Word writes it). */
export type PackageParts = Map<string, string | Uint8Array>;

/**
 * `Packer.compiler` is private in docx's typings but is what every `Packer.pack` call runs;
 * the docx version is pinned exactly, and the export tests open the result in LibreOffice and
 * python-docx, so a change here cannot pass unnoticed.
 */
interface DocxCompiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly { path: string; data: string }[]): Map<string, string | Uint8Array | ArrayBuffer>;
}

export function compileParts(doc: Document): PackageParts {
  const compiled = (Packer as unknown as { compiler: DocxCompiler }).compiler.compile(doc);
  const parts: PackageParts = new Map();
  const types = compiled.get('[Content_Types].xml');
  if (typeof types !== 'string') throw new Error('docx compiled no [Content_Types].xml part');
  parts.set('[Content_Types].xml', types);
  for (const [path, data] of compiled) {
    if (path !== '[Content_Types].xml') parts.set(path, data instanceof ArrayBuffer ? new Uint8Array(data) : data);
  }
  return parts;
}

/** A text part to edit; the compiler always writes these, so a missing one is a bug here. */
export function textPart(parts: PackageParts, path: string): string {
  const data = parts.get(path);
  if (typeof data !== 'string') throw new Error(`The DOCX package has no text part ${path}`);
  return data;
}

/** 1980-01-01 00:00, the earliest DOS date, as Word itself stamps its parts: same input, same bytes. */
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

/**
 * The parts as a ZIP file (PKWARE APPNOTE 6.3, no ZIP64: a briefing note is nowhere near 4 GB
 * or 65,535 parts), in the order given, each deflated unless that would not make it smaller.
 */
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
