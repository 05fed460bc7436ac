/** Importing and reading sources. A source's text is stored byte for byte and never altered. */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { SourceMeta, type SourceSummary, type SourceWithText } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import { getSourceRow, getSourceSummaryRow, insertSource, listSourceRows, sourceExists, type SourceRow } from '../db/repositories/sources';

export interface ImportSourceInput {
  /** Explicit id (the starter build needs stable ids); generated when absent. */
  id?: string;
  meta: SourceMeta;
  text: string;
  fileName?: string | null;
  format?: string | null;
}

export interface SourceStoreOptions {
  now?: () => string;
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function importSource(db: Database, input: ImportSourceInput, options: SourceStoreOptions = {}): SourceSummary {
  const meta = SourceMeta.parse(input.meta);
  if (input.text.length === 0) throw new ApiError('invalid_request', 'A source needs its text.');
  const id = input.id ?? `s_${randomBytes(8).toString('hex')}`;
  if (sourceExists(db, id)) throw new ApiError('conflict', `A source with id ${id} already exists.`);
  insertSource(db, {
    id,
    ...meta,
    authors: JSON.stringify(meta.authors),
    text: input.text,
    textLength: input.text.length,
    sha256: sha256Of(input.text),
    importedAt: (options.now ?? isoNow)(),
    fileName: input.fileName ?? null,
    format: input.format ?? null,
  });
  return getSourceSummary(db, id);
}

/** A source without its text (which may be tens of megabytes). */
export function getSourceSummary(db: Database, id: string): SourceSummary {
  const row = getSourceSummaryRow(db, id);
  if (!row) throw new ApiError('not_found', `No source with id ${id}.`);
  return toSourceSummary(row);
}

export function listSources(db: Database): SourceSummary[] {
  return listSourceRows(db).map(toSourceSummary);
}

export function getSource(db: Database, id: string): SourceWithText {
  const row = getSourceRow(db, id);
  if (!row) throw new ApiError('not_found', `No source with id ${id}.`);
  return { ...toSourceSummary(row), text: row.text };
}

function toSourceSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    authors: JSON.parse(row.authors) as string[],
    published: row.published,
    url: row.url,
    accessed: row.accessed,
    language: row.language,
    reliability: row.reliability as SourceSummary['reliability'],
    sha256: row.sha256,
    importedAt: row.importedAt,
    textLength: row.textLength,
    factCount: row.factCount,
  };
}

export const isoNow = () => new Date().toISOString();
