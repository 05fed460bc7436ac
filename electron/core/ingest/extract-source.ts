/**
 * From a file's bytes to a source's text and what the file says about itself. Pure: no
 * database, no network, nothing written. The format is judged by content, not the name.
 */
import type { SourceMeta } from '../../../shared/model';
import { canonicalText } from '../../../shared/stored-text';
import { extractDocx } from './docx';
import { declaredCharset, extractHtml } from './html';
import { htmlNestingDepth, maxHtmlNesting } from './html-nesting';
import { extractPdf } from './pdf';
import { markdownMeta } from './plain-text';
import { baseName, checkSourceSize, MAX_SOURCE_TEXT_LENGTH, refuseKeyed } from './refusal';
import { extensionOf, formatFromExtension, looksLikeHtml, sniffBytes } from './sniff';
import { countStrayControls, decodeText, type ChosenEncoding } from './text-encoding';
import { importWarning, mediaTypes, type ExtractedSource, type ImportWarning, type IngestFormat } from './types';

/** What each format's extractor returns; extractSource adds the original and the name checks. */
export interface Extracted {
  text: string;
  format: IngestFormat;
  encoding?: string;
  meta: Partial<SourceMeta>;
  warnings: ImportWarning[];
}

export async function extractSource(bytes: Uint8Array, fileName: string, encoding?: ChosenEncoding): Promise<ExtractedSource> {
  const name = baseName(fileName);
  checkSourceSize(bytes.length, name);
  const named = formatFromExtension(name);
  const sniffed = sniffBytes(bytes);

  let extracted: Extracted;
  if (sniffed.kind === 'unsupported') throw refuseKeyed(name, 'unsupported', { what: sniffed.what });
  else if (sniffed.kind === 'zip') extracted = await extractDocx(bytes, name);
  else if (sniffed.kind === 'pdf') extracted = await extractPdf(bytes, name);
  else extracted = await extractText(bytes, name, named, encoding);

  if (extracted.text.trim() === '') throw refuseKeyed(name, 'noText');
  if (extracted.text.length > MAX_SOURCE_TEXT_LENGTH) {
    throw refuseKeyed(name, 'textTooLong', { limit: MAX_SOURCE_TEXT_LENGTH / 1_000_000 });
  }
  const warnings = [...nameWarnings(name, named, extracted.format), ...extracted.warnings];
  // Text formats were checked as they were decoded; a PDF or Word file can still hide control characters.
  const controls = extracted.format === 'pdf' || extracted.format === 'docx' ? countStrayControls(extracted.text) : 0;
  if (controls > 0) warnings.push(importWarning('unmappedControls', { count: controls }));
  return {
    text: canonicalText(extracted.text),
    original: { bytes, mediaType: mediaTypes[extracted.format], fileName: name },
    format: extracted.format,
    ...(extracted.encoding ? { encoding: extracted.encoding } : {}),
    meta: extracted.meta,
    warnings,
  };
}

async function extractText(bytes: Uint8Array, name: string, named: IngestFormat | null, chosen?: ChosenEncoding): Promise<Extracted> {
  const charset = named === 'html' || named === null ? declaredCharset(bytes) : undefined;
  const decoded = decodeText(bytes, charset, chosen);
  if (!decoded.ok) {
    if (!('encodingName' in decoded)) throw refuseKeyed(name, decoded.reason === 'binary' ? 'binary' : 'unknownEncoding');
    throw refuseKeyed(name, decoded.reason === 'legacy-vietnamese' ? 'legacyVietnamese' : 'notChosenEncoding', { encoding: decoded.encodingName });
  }
  const { text, encoding, warnings } = decoded;
  // A Markdown file may start with HTML; only a file not named .md is judged by its first tag.
  if (named === 'html' || (named !== 'md' && looksLikeHtml(text))) {
    if (htmlNestingDepth(text) > maxHtmlNesting) {
      throw refuseKeyed(name, 'htmlTooDeep', { levels: maxHtmlNesting });
    }
    const html = extractHtml(text);
    return { ...html, format: 'html', encoding, warnings: [...warnings, ...html.warnings] };
  }
  if (named === 'md') return { text, format: 'md', encoding, meta: markdownMeta(text), warnings };
  return { text, format: 'txt', encoding, meta: {}, warnings };
}

function nameWarnings(name: string, named: IngestFormat | null, actual: IngestFormat): ImportWarning[] {
  if (named === actual) return [];
  if (named === null) {
    const ext = extensionOf(name);
    return [importWarning('unknownType', { extension: ext ? `.${ext}` : 'none', actual })];
  }
  // Markdown and plain text are both plain text: a .txt file is never "wrongly named" for either.
  if ((named === 'txt' && actual === 'md') || (named === 'md' && actual === 'txt')) return [];
  return [importWarning('misnamed', { name, named, actual })];
}
