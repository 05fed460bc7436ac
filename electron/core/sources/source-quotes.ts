/** Every quote taken from a source and where it is now, for the source reader's highlights. */
import type { Database } from 'better-sqlite3';
import type { SourceQuote } from '../../../shared/contract/sources';
import { keyedError } from '../../../shared/errors';
import type { FactStatus } from '../../../shared/model';
import { listQuotesInSource } from '../db/repositories/evidence';
import { getSourceText } from '../db/repositories/sources';
import { anchorQuote } from '../facts/anchoring';

export function quotesInSource(db: Database, sourceId: string): { sourceId: string; quotes: SourceQuote[] } {
  const text = getSourceText(db, sourceId);
  if (text === undefined) throw keyedError('not_found', 'sourceNotFound', { id: sourceId });
  const quotes = listQuotesInSource(db, sourceId).map((row): SourceQuote => {
    const selector = { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end };
    const anchor = anchorQuote(text, selector);
    return {
      evidenceId: row.evidenceId,
      factId: row.factId,
      version: row.version,
      statement: row.statement,
      status: row.status as FactStatus,
      selector,
      anchor: anchor.state,
      start: anchor.start,
      end: anchor.end,
    };
  });
  // In reading order; quotes that cannot be placed come last.
  const place = (q: SourceQuote) => q.start ?? Number.MAX_SAFE_INTEGER;
  quotes.sort((a, b) => place(a) - place(b));
  return { sourceId, quotes };
}
