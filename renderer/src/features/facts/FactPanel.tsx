import { memo, useEffect, useRef, useState } from 'react';
import type { FactSummary, SourceSummary } from '../../../../shared/model';
import { api } from '../../api';
import type { FactReference } from '../../editor/nodes/FactNode';
import { errorMessage } from '../../errorMessage';
import { FactCard } from './FactCard';
import { FactFilterFields, type FactFilterValues } from './FactFilterFields';

type Filters = FactFilterValues;

const noFilters: Filters = { status: '', topic: '', sourceId: '', period: '' };

/** Memoized: 50 result cards need not re-render whenever the app's save state changes. */
export const FactPanel = memo(function FactPanel({
  onInsert,
  searchRequest,
}: {
  onInsert(reference: FactReference): void;
  /** Words to search for, sent from the note's `@` menu ("Search in the fact panel"); a new object each time. */
  searchRequest?: { query: string } | null;
}) {
  const [query, setQuery] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!searchRequest) return;
    setQuery(searchRequest.query.trim());
    // Next frame: the editor, which the request came from, settles its own focus first.
    const frame = requestAnimationFrame(() => searchBox.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [searchRequest]);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [showFilters, setShowFilters] = useState(false);
  const [results, setResults] = useState<FactSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [topics, setTopics] = useState<string[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    api['facts.topics']({})
      .then((r) => setTopics(r.topics.map((t) => t.topic)))
      .catch(() => setTopics([]));
    api['sources.list']({})
      .then((r) => setSources(r.sources))
      .catch(() => setSources([]));
  }, []);

  // Search as you type, debounced so a fast typist sends one query, not one per key.
  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      api['facts.search']({
        query,
        limit: 50,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.topic ? { topic: filters.topic } : {}),
        ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
        ...(filters.period.trim() ? { period: filters.period.trim() } : {}),
      })
        .then((r) => {
          if (!current) return;
          setResults(r.results);
          setTotal(r.total);
          setError(null);
        })
        .catch((e: unknown) => current && setError(errorMessage(e)))
        .finally(() => current && setLoading(false));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, filters]);

  const activeFilters = Object.values(filters).filter(Boolean).length;
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));

  return (
    <div className="fact-panel">
      <div className="pane-header">
        <h2>Facts</h2>
        <button type="button" className="button button-small" aria-expanded={showFilters} aria-controls="fact-filters" onClick={() => setShowFilters((s) => !s)}>
          Filters{activeFilters ? ` (${activeFilters})` : ''}
        </button>
      </div>
      <div className="fact-search" role="search">
        <input
          className="text-input"
          type="search"
          placeholder="Search facts, figures, sources"
          aria-label="Search facts"
          data-testid="fact-search"
          ref={searchBox}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div id="fact-filters" className="fact-filters" hidden={!showFilters}>
        <FactFilterFields value={filters} onChange={set} topics={topics} sources={sources} />
        {activeFilters > 0 && (
          <button type="button" className="link-button" onClick={() => setFilters(noFilters)}>
            Clear filters
          </button>
        )}
      </div>
      <p className="fact-count muted" aria-live="polite">
        {error ? '' : loading ? 'Searching…' : `${total} ${total === 1 ? 'fact' : 'facts'}${query ? ` for “${query}”` : ''}`}
      </p>
      {error && (
        <p className="pane-error" role="alert">
          {error}
        </p>
      )}
      <ul className="fact-results" aria-label="Fact search results">
        {results.map((fact) => (
          <FactCard key={fact.id} fact={fact} onInsert={onInsert} />
        ))}
      </ul>
      <p className="fact-tip muted">Click, press Enter or drag a fact into the note. In the note, type @ to search.</p>
    </div>
  );
});
