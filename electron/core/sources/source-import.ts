/**
 * Importing a source from a file the ingest layer has turned into text. The text is stored
 * exactly as given, control characters included (quotes are offsets into it and its sha256
 * must stay true); only the metadata is cleaned. One transaction: a failure leaves nothing.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { cleanLine } from '../../../shared/clean-text';
import type { SourceImportRequest } from '../../../shared/contract/sources';
import { ApiError } from '../../../shared/errors';
import type { SourceSummary } from '../../../shared/model';
import { findSourceBySha256, insertSourceOriginal } from '../db/repositories/sources';
import { cleanSourceMeta } from './source-meta';
import { importSource, sha256Of, type SourceStoreOptions } from './source-store';

/** Half of a surrogate pair cannot be stored as UTF-8; SQLite would replace it and the sha256 would lie. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function importSourceFile(db: Database, request: SourceImportRequest, options: SourceStoreOptions = {}): SourceSummary {
  if (request.text.length === 0) throw new ApiError('invalid_request', `${request.fileName} has no text to import.`, [{ path: 'text', message: 'empty' }]);
  if (loneSurrogate.test(request.text)) {
    throw new ApiError('invalid_request', `The text of ${request.fileName} has broken characters (unpaired UTF-16 surrogates) and cannot be stored exactly.`, [
      { path: 'text', message: 'unpaired surrogate' },
    ]);
  }
  const meta = cleanSourceMeta(request.meta);
  const original = request.original && originalBytes(request.original.base64);
  const sha256 = sha256Of(request.text);
  return db.transaction(() => {
    const existing = findSourceBySha256(db, sha256);
    if (existing) throw new ApiError('conflict', `This source is already in the store as "${existing.title}"`);
    const summary = importSource(db, { meta, text: request.text, fileName: cleanLine(request.fileName) || null, format: request.format }, options);
    if (original && request.original) {
      insertSourceOriginal(db, {
        sourceId: summary.id,
        mediaType: cleanLine(request.original.mediaType),
        bytes: original,
        sha256: createHash('sha256').update(original).digest('hex'),
      });
    }
    return summary;
  })();
}

function originalBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  // Node decodes leniently; re-encoding tells a well-formed base64 text from a damaged one.
  if (bytes.toString('base64') !== base64) {
    throw new ApiError('invalid_request', 'The original file was not sent as valid base64; nothing was imported.', [{ path: 'original.base64', message: 'not base64' }]);
  }
  return bytes;
}
