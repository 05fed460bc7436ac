/**
 * A Word document's text (mammoth's raw text: one paragraph per line, a blank line between)
 * and its title from docProps/core.xml. The ZIP is checked first (see zip.ts), so mammoth
 * only ever inflates parts whose real sizes are known to be within limits.
 */
import type Mammoth from 'mammoth';
import type { SourceMeta } from '../../../shared/model';
import type { Extracted } from './extract-source';
import { cleanLanguage, cleanTitle, decodeXmlEntities, known } from './meta';
import { refuse } from './refusal';
import { normalizeLineEndings } from './text-encoding';
import { inflateEntry, readZipDirectory, ZipProblem, type ZipEntry } from './zip';

export async function extractDocx(bytes: Uint8Array, name: string): Promise<Extracted> {
  let entries: ZipEntry[];
  let coreXml: string | undefined;
  try {
    entries = readZipDirectory(bytes);
    if (!entries.some((e) => e.name === 'word/document.xml')) {
      throw refuse(name, 'it is a ZIP archive, not a Word document (.docx). Briefing Studio imports .txt, .md, .html, .docx and .pdf files.');
    }
    for (const entry of entries) {
      const content = inflateEntry(bytes, entry);
      if (entry.name === 'docProps/core.xml') coreXml = content.toString('utf8');
    }
  } catch (error) {
    if (error instanceof ZipProblem) throw refuse(name, `it looks like a Word document, but ${error.message}`);
    throw error;
  }

  let raw: string;
  try {
    // Loaded on first use, so commands that never read a Word file do not pay for it.
    const { default: mammoth } = (await import('mammoth')) as { default: typeof Mammoth };
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    throw refuse(name, 'it looks like a Word document, but Word’s text inside it could not be read (the file may be damaged). Open it in Word, save it again and retry.');
  }
  return { text: normalizeLineEndings(raw).trim(), format: 'docx', meta: coreXml ? coreMeta(coreXml) : {}, warnings: [] };
}

/**
 * Title and language only: the author and dates in core.xml describe who saved the file and
 * when (often an account name such as "Administrator"), not who wrote the source.
 */
function coreMeta(xml: string): Partial<SourceMeta> {
  const element = (local: string) => {
    const match = xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`));
    return match ? decodeXmlEntities(match[1]!) : undefined;
  };
  return known({ title: cleanTitle(element('title')), language: cleanLanguage(element('language')) });
}
