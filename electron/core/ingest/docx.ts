/**
 * A Word document's text (mammoth's raw text: one paragraph per line, a blank line between)
 * and its title from docProps/core.xml. The ZIP is checked first (core/ooxml), so mammoth
 * only ever inflates parts whose real sizes are known to be within limits, and no XML part
 * is larger than mammoth can turn into a tree inside the importer thread's heap (isolated.ts).
 */
import type Mammoth from 'mammoth';
import type { SourceMeta } from '../../../shared/model';
import type { Extracted } from './extract-source';
import { childElement, openZip, OoxmlProblem, parseXml, type ZipEntry } from '../ooxml';
import { cleanLanguage, cleanTitle, known } from './meta';
import { refuseKeyed, refuseWrapping } from './refusal';
import { normalizeLineEndings } from './text-encoding';

const dc = 'http://purl.org/dc/elements/1.1/';

/**
 * The most XML one part (word/document.xml, styles, footnotes…) may unpack to. mammoth's tree
 * takes about 60 times the XML's size, and the XML of a 500-page report is 3 to 5 MB; a part
 * of 200 MB once took the whole app down (issue #13). Inflating is capped at the declared
 * size (core/ooxml), so a part that lies about it is cut off while it unpacks.
 */
export const MAX_XML_PART_BYTES = 8 * 1024 * 1024;

function checkXmlPartSizes(entries: readonly ZipEntry[], name: string): void {
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name) || entry.uncompressedSize <= MAX_XML_PART_BYTES) continue;
    const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
    throw refuseKeyed(name, 'xmlPartTooLarge', { part: entry.name, mb: mb(entry.uncompressedSize), limit: mb(MAX_XML_PART_BYTES) });
  }
}

export async function extractDocx(bytes: Uint8Array, name: string): Promise<Extracted> {
  let meta: Partial<SourceMeta> = {};
  try {
    const zip = openZip(bytes);
    if (!zip.has('word/document.xml')) {
      throw refuseKeyed(name, 'zipNotWord');
    }
    // No XML part larger than mammoth can turn into a tree inside the importer thread's heap.
    checkXmlPartSizes(zip.entries, name);
    // Every part is unpacked once under the limits, so mammoth only reads parts of known, bounded size.
    zip.verify();
    if (zip.has('docProps/core.xml')) meta = coreMeta(zip.readText('docProps/core.xml'));
  } catch (error) {
    if (error instanceof OoxmlProblem) throw refuseWrapping(name, 'brokenWord', error);
    throw error;
  }

  let raw: string;
  try {
    // Loaded on first use, so commands that never read a Word file do not pay for it.
    const { default: mammoth } = (await import('mammoth')) as { default: typeof Mammoth };
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    throw refuseKeyed(name, 'wordUnreadable');
  }
  return { text: normalizeLineEndings(raw).trim(), format: 'docx', meta, warnings: [] };
}

/**
 * Title and language only: the author and dates in core.xml describe who saved the file and
 * when (often an account name such as "Administrator"), not who wrote the source.
 */
function coreMeta(xml: string): Partial<SourceMeta> {
  const root = parseXml(xml, 'docProps/core.xml').documentElement!;
  const element = (namespace: string, local: string) => childElement(root, namespace, local)?.textContent ?? undefined;
  return known({ title: cleanTitle(element(dc, 'title')), language: cleanLanguage(element(dc, 'language')) });
}
