/**
 * The DOCX package: the parts the docx package compiles, edited as text where we add to them
 * (provenance, core dates), then zipped once with Node's native zlib. Letting `Packer` zip
 * and then unzipping to edit would compress the whole document twice in JavaScript, most of
 * the time of a cold command-line export.
 */
import AdmZip from 'adm-zip';
import { Packer, type Document } from 'docx';

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

/** Every part deflated (Word and LibreOffice read nothing else), in the order given. */
export function zipParts(parts: PackageParts): Buffer {
  const zip = new AdmZip(undefined, { noSort: true });
  for (const [path, data] of parts) zip.addFile(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return zip.toBuffer();
}
