/** The quotes of existing facts in one source, where they stand in its text now, for the reader's highlights. */
import type { SourceWithText } from '../../../../shared/model';
import { api } from '../../api';
import type { Highlight } from './textRanges';

export async function quotesInSource(source: SourceWithText): Promise<Highlight[]> {
  const { quotes } = await api['sources.quotesIn']({ sourceId: source.id });
  // Ambiguous and orphaned quotes have no place in the text to highlight.
  return quotes.flatMap((q) => (q.start === null || q.end === null ? [] : [{ start: q.start, end: q.end, factId: q.factId, status: q.status }]));
}
