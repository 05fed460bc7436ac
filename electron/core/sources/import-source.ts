/**
 * The one way a source enters the store, whoever brings it: `sources.import` and
 * `sources.importFile` (the import screen, the CLI), a fact pack, the starter build. Here,
 * once each: the metadata is cleaned, the text is checked and hashed (SHA-256), and, in one
 * immediate transaction, a text already stored is found (nothing is stored twice) or the
 * source is written with its original file.
 *
 * The text is stored verbatim, control characters included: quotes are offsets into it and
 * its sha256 must stay true. Only the metadata is cleaned (shared/clean-text.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { cleanLine, cleanOptional } from '../../../shared/clean-text';
import type { SourceFormat, SourcesImportResponse } from '../../../shared/contract/sources';
import { keyedError } from '../../../shared/errors';
import { SourceMeta } from '../../../shared/model';
import { findSourceIdBySha256, insertSource, insertSourceOriginal, sourceExists } from '../db/repositories/sources';
import { learnAliasesFromSource } from '../facts/aliases';
import { baseName } from '../ingest/refusal';
import { getSourceSummary, isoNow, sha256Of } from './source-store';

export interface SourceImport {
  /** The id to use when it is free (the starter build's stable ids, a pack's ids); a new one otherwise. */
  id?: string;
  /** The file it came from: recorded, and its name is the title when none is given. Absent for packs and seeds. */
  fileName?: string | null;
  /** The text quotes will be anchored in, exactly. */
  text: string;
  /** What is known; missing fields are stored as unknown. */
  meta: Partial<SourceMeta>;
  format?: SourceFormat | null;
  /** The original file, when its bytes differ from the UTF-8 text. */
  originalBase64?: string;
}

export interface SourceImportOptions {
  now?: () => string;
}

const mediaTypes: Record<SourceFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Half of a surrogate pair cannot be stored as UTF-8; SQLite would replace it and the sha256 would lie. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function importSource(db: Database, input: SourceImport, options: SourceImportOptions = {}): SourcesImportResponse {
  const name = input.fileName ? cleanOptional(baseName(input.fileName)) : null;
  const what = { name: name ?? 'none' };
  if (input.text.trim() === '') throw keyedError('refused', 'api.sourceNoText', what);
  if (loneSurrogate.test(input.text)) {
    throw keyedError('invalid_request', 'api.sourceBrokenCharacters', what, [
      { path: 'text', message: 'unpaired surrogate' },
    ]);
  }
  const meta = cleanMeta(input.meta, name);
  const sha256 = sha256Of(input.text);
  const original = input.originalBase64 !== undefined && input.format ? Buffer.from(input.originalBase64, 'base64') : null;
  const at = (options.now ?? isoNow)();

  return db.transaction((): SourcesImportResponse => {
    const existing = findSourceIdBySha256(db, sha256);
    if (existing) return { source: getSourceSummary(db, existing), alreadyImported: true };
    const id = input.id !== undefined && !sourceExists(db, input.id) ? input.id : `s_${randomBytes(8).toString('hex')}`;
    insertSource(db, {
      id,
      ...meta,
      authors: JSON.stringify(meta.authors),
      text: input.text,
      textLength: input.text.length,
      sha256,
      importedAt: at,
      fileName: name,
      format: input.format ?? null,
    });
    if (original && input.format) {
      insertSourceOriginal(db, { sourceId: id, mediaType: mediaTypes[input.format], bytes: original, sha256: createHash('sha256').update(original).digest('hex') });
    }
    // "foreign direct investment (FDI)": search learns the source's own abbreviations with it.
    learnAliasesFromSource(db, id, input.text, at);
    return { source: getSourceSummary(db, id), alreadyImported: false };
  }).immediate();
}

/** The source already holding exactly this text, if any (the import form says so before anything is stored). */
export function findSourceWithText(db: Database, text: string): { id: string; title: string } | null {
  const id = findSourceIdBySha256(db, sha256Of(text));
  return id ? { id, title: getSourceSummary(db, id).title } : null;
}

/** "Monthly report.v2.pdf" → "Monthly report.v2"; a name that is all extension keeps its name. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName;
}

/** The metadata to store: what was given, cleaned; the title falls back to the file's name; everything else unknown. */
export function cleanMeta(meta: Partial<SourceMeta>, fileName: string | null): SourceMeta {
  const title = cleanOptional(meta.title) ?? (fileName ? (cleanOptional(titleFromFileName(fileName)) ?? 'Untitled source') : null);
  if (title === null) {
    throw keyedError('invalid_request', 'sourceTitleNeeded', {}, [{ path: 'meta.title', message: 'required' }]);
  }
  return SourceMeta.parse({
    title,
    originalTitle: cleanOptional(meta.originalTitle),
    publisher: cleanOptional(meta.publisher),
    authors: (meta.authors ?? []).map(cleanLine).filter((a) => a.length > 0),
    published: meta.published ?? null,
    url: cleanOptional(meta.url),
    accessed: meta.accessed ?? null,
    language: cleanOptional(meta.language),
    reliability: meta.reliability ?? 'unknown',
  });
}
