/**
 * The DOCX package: docx's public `Packer` output, re-read through the guarded reader, the
 * parts we add to edited (provenance, core dates), and zipped again deterministically
 * (core/ooxml). No private API of docx: a docx upgrade that changes its packer cannot break
 * this silently.
 */
import { Packer, type Document } from 'docx';
import { openZip, type PackageParts } from '../ooxml';

export type { PackageParts } from '../ooxml';

const ownOutput = { maxEntries: 0xffff, maxTotalBytes: 0xffffffff, maxEntryBytes: 0xffffffff, maxRatio: Number.POSITIVE_INFINITY };

export async function compileParts(doc: Document): Promise<PackageParts> {
  // Our own output, not a user's file: only ZIP's own limits apply (a long, repetitive note deflates far beyond a user file's ratio).
  const zip = openZip(await Packer.toBuffer(doc), ownOutput);
  const parts: PackageParts = new Map();
  if (!zip.has('[Content_Types].xml')) throw new Error('docx packed no [Content_Types].xml part');
  // [Content_Types].xml first, as Word writes it.
  for (const name of ['[Content_Types].xml', ...zip.entries.map((e) => e.name).filter((n) => n !== '[Content_Types].xml')]) {
    parts.set(name, zip.read(name));
  }
  return parts;
}

/** A text part to edit; the packer always writes these, so a missing one is a bug here. */
export function textPart(parts: PackageParts, path: string): string {
  const data = parts.get(path);
  if (data === undefined) throw new Error(`The DOCX package has no part ${path}`);
  return typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}
