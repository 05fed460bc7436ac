/** Reading sources (import-source.ts stores them). A source's text is stored byte for byte and never altered. */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SourceSummary, SourceWithText } from '../../../shared/model';
import { keyedError } from '../../../shared/errors';
import { listEvidence } from '../db/repositories/evidence';
import { getSourceRow, getSourceSummaryRow, listSourceRows, type SourceRow } from '../db/repositories/sources';

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A source without its text (which may be tens of megabytes). */
export function getSourceSummary(db: Database, id: string): SourceSummary {
  const row = getSourceSummaryRow(db, id);
  if (!row) throw keyedError('not_found', 'sourceNotFound', { id });
  return toSourceSummary(row);
}

export function listSources(db: Database): SourceSummary[] {
  return listSourceRows(db).map(toSourceSummary);
}

export function getSource(db: Database, id: string): SourceWithText {
  const row = getSourceRow(db, id);
  if (!row) throw keyedError('not_found', 'sourceNotFound', { id });
  return { ...toSourceSummary(row), text: row.text };
}

function toSourceSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    ...(row.originalTitle ? { originalTitle: row.originalTitle } : {}),
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

/** The sources the given facts quote, each once, in the order the facts are given (for the pre-export check). */
export function sourcesQuotedBy(db: Database, factIds: readonly string[]): SourceSummary[] {
  const seen = new Set<string>();
  const out: SourceSummary[] = [];
  for (const factId of new Set(factIds)) {
    for (const quote of listEvidence(db, factId)) {
      if (seen.has(quote.sourceId)) continue;
      seen.add(quote.sourceId);
      const row = getSourceSummaryRow(db, quote.sourceId);
      if (row) out.push(toSourceSummary(row));
    }
  }
  return out;
}
