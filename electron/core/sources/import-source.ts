/**
 * `sources.import`: stores an extracted text with the metadata the user confirmed. One
 * transaction; a text already stored (same sha256) is not stored twice.
 */
import type { Database } from 'better-sqlite3';
import type { SourcesImportRequest, SourcesImportResponse } from '../../../shared/contract/sources';
import { ApiError } from '../../../shared/errors';
import type { SourceMeta } from '../../../shared/model';
import { findSourceIdBySha256 } from '../db/repositories/sources';
import { baseName } from '../ingest/refusal';
import { importSourceFile } from './source-import';
import { getSource, isoNow, sha256Of, type SourceStoreOptions } from './source-store';

const mediaTypes: Record<SourcesImportRequest['format'], string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

// C0 and C1 controls (a title from a PDF can carry them) and the bidi overrides and isolates
// that can make a title display as something other than what it says (Trojan Source, CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafeCharacters = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A metadata string as it will be shown: no controls or bidi overrides, spaces collapsed; empty = unknown. */
export function cleanMetaString(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace(unsafeCharacters, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** "Monthly report.v2.pdf" → "Monthly report.v2"; a name that is all extension keeps its name. */
export function titleFromFileName(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || name;
}

/** The metadata to store: what was given, cleaned; everything else unknown. */
export function completeMeta(fileName: string, meta: Partial<SourceMeta>): SourceMeta {
  return {
    title: cleanMetaString(meta.title) ?? cleanMetaString(titleFromFileName(fileName)) ?? 'Untitled source',
    publisher: cleanMetaString(meta.publisher),
    authors: (meta.authors ?? []).map(cleanMetaString).filter((a): a is string => a !== null),
    published: meta.published ?? null,
    url: cleanMetaString(meta.url),
    accessed: meta.accessed ?? null,
    language: cleanMetaString(meta.language),
    reliability: meta.reliability ?? 'unknown',
  };
}

/** The source already holding exactly this text, if any. */
export function findSourceWithText(db: Database, text: string): { id: string; title: string } | null {
  const id = findSourceIdBySha256(db, sha256Of(text));
  return id ? { id, title: getSource(db, id).title } : null;
}

export function importSourceText(db: Database, request: SourcesImportRequest, options: SourceStoreOptions = {}): SourcesImportResponse {
  if (request.text.trim() === '') throw new ApiError('refused', `“${baseName(request.fileName)}” cannot be imported: there is no readable text in it.`);
  const meta = completeMeta(request.fileName, request.meta);
  const sha256 = sha256Of(request.text);
  return db.transaction((): SourcesImportResponse => {
    const existing = findSourceIdBySha256(db, sha256);
    if (existing) return { source: withoutText(getSource(db, existing)), alreadyImported: true };
    // The text is stored verbatim (quotes are anchored in exactly these characters), with the
    // file's name, format and original bytes when they differ from the text.
    const source = importSourceFile(
      db,
      {
        fileName: request.fileName,
        text: request.text,
        meta,
        format: request.format,
        original: request.originalBase64 ? { base64: request.originalBase64, mediaType: mediaTypes[request.format] } : undefined,
      },
      { now: options.now ?? isoNow },
    );
    return { source, alreadyImported: false };
  })();
}

function withoutText<T extends { text: string }>(source: T): Omit<T, 'text'> {
  const { text: _text, ...summary } = source;
  void _text;
  return summary;
}
