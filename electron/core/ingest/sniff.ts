/**
 * What a file really is, judged by its first bytes rather than its name: a file called
 * .txt that holds a Word document is imported as one (with a warning), and an image or a
 * program is refused whatever it is called.
 */
import type { IngestFormat } from './types';

/** A kind of file people pick by mistake; the catalogues name it (`errors.import.unsupported`). */
export type UnsupportedKind = 'oldOffice' | 'png' | 'jpeg' | 'gif' | 'rtf' | 'gzip' | 'sevenZip' | 'rar' | 'program';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'pdf' }
  | { kind: 'text' }
  | { kind: 'unsupported'; what: UnsupportedKind };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The raster images a browser draws as plain pictures (print shows a profile's header images). */
export type RasterImageType = 'image/png' | 'image/jpeg' | 'image/gif';

/** Common files people pick by mistake, known by their first bytes, so the refusal can say what the file is. */
const knownBinaries: { signature: number[]; what: UnsupportedKind; image?: RasterImageType }[] = [
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'oldOffice' },
  { signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'png', image: 'image/png' },
  { signature: [0xff, 0xd8, 0xff], what: 'jpeg', image: 'image/jpeg' },
  { signature: ascii('GIF8'), what: 'gif', image: 'image/gif' },
  { signature: ascii('{\\rtf'), what: 'rtf' },
  { signature: [0x1f, 0x8b], what: 'gzip' },
  { signature: ascii('7z'), what: 'sevenZip' },
  { signature: ascii('Rar!'), what: 'rar' },
  { signature: ascii('MZ'), what: 'program' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], what: 'program' },
];

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  // The PDF header may follow a little junk (PDF 1.7 annex H: within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  for (const known of knownBinaries) if (startsWith(bytes, known.signature)) return { kind: 'unsupported', what: known.what };
  return { kind: 'text' };
}

/** The raster image type a file's first bytes declare, or null when they declare none. */
export function rasterImageType(bytes: Uint8Array): RasterImageType | null {
  return knownBinaries.find((known) => known.image && startsWith(bytes, known.signature))?.image ?? null;
}

/** An HTML document announces itself in its first tag; looser guesses would turn plain text with a `<` into a web page. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '').toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || start.startsWith('<body');
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The format a file's name promises, if it is one we know. */
export function formatFromExtension(fileName: string): IngestFormat | null {
  switch (extensionOf(fileName)) {
    case 'txt':
    case 'text':
      return 'txt';
    case 'md':
    case 'markdown':
      return 'md';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    default:
      return null;
  }
}
