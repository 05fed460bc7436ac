/**
 * The quotes of existing facts in one source, for highlighting in the reader.
 * TODO(sources.quotesIn): replace the body with one `sources.quotesIn` call once it is in
 * shared/api.ts (branch `packs`); this fallback reads up to 200 facts one by one. With it:
 *   const { quotes } = await api['sources.quotesIn']({ sourceId: source.id });
 *   return quotes.flatMap((q) => (q.start === null || q.end === null ? [] : [{ start: q.start, end: q.end, factId: q.factId, status: q.status }]));
 */
import type { SourceWithText } from '../../../../shared/model';
import { api } from '../../api';
import type { Highlight } from './textRanges';

export async function quotesInSource(source: SourceWithText): Promise<Highlight[]> {
  const { results } = await api['facts.search']({ query: '', sourceId: source.id, limit: 200 });
  const details = await Promise.all(results.map((fact) => api['facts.get']({ id: fact.id })));
  return details.flatMap((fact) =>
    fact.evidence
      .filter((e) => e.sourceId === source.id && (e.anchor === 'anchored' || e.anchor === 'relocated'))
      .map((e) => {
        // A relocated quote is no longer at its recorded offsets; the store found it once, so indexOf finds the same place.
        const start = e.anchor === 'anchored' ? e.selector.start : source.text.indexOf(e.selector.exact);
        return { start, end: start + e.selector.exact.length, factId: fact.id, status: fact.status };
      })
      .filter((h) => h.start >= 0),
  );
}
