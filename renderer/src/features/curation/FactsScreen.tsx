import { formatWhen } from '../../i18n/when';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSummary, SourceSummary } from '../../../../shared/model';
import type { NoteLanguage } from '../../../../shared/note-format';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { FactFilterFields } from '../facts/FactFilterFields';
import { AliasesDialog } from './AliasesDialog';
import { FactPage } from './FactPage';
import { defaultFactListQuery, listFacts, type FactListQuery, type SortColumn } from './factsList';
import { statusLabels } from './labels';

interface Props {
  openFactId: string | null;
  /** Open the fact's page with the form for its statement in this language. */
  translateTo?: NoteLanguage | null;
  onOpenFact(id: string | null): void;
  onOpenSource(id: string): void;
  requireName(): Promise<string | null>;
}

const columns: SortColumn[] = ['statement', 'status', 'source', 'period', 'updated'];

/** Every fact in a sortable, filterable table, searchable by words; a row opens the fact's page. */
export function FactsScreen({ openFactId, translateTo = null, onOpenFact, onOpenSource, requireName }: Props) {
  const [query, setQuery] = useState<FactListQuery>(defaultFactListQuery);
  const [rows, setRows] = useState<FactSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [truncated, setTruncated] = useState(false);
  const [topics, setTopics] = useState<string[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [aliasesOpen, setAliasesOpen] = useState(false);
  const { t } = useTranslation();

  // Typed words reach the query after a short pause, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.text === text ? q : { ...q, text })), 200);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    api['facts.topics']({}).then((r) => setTopics(r.topics.map((topic) => topic.topic)), () => setTopics([]));
    api['sources.list']({}).then((r) => setSources(r.sources), () => setSources([]));
  }, []);

  useEffect(() => {
    if (openFactId) return;
    let current = true;
    listFacts(query)
      .then((r) => {
        if (!current) return;
        setRows(r.facts);
        setTotal(r.total);
        setTruncated(r.truncated);
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [query, openFactId]);

  if (openFactId) {
    return <FactPage key={`${openFactId}:${translateTo ?? ""}`} factId={openFactId} translateTo={translateTo} onBack={() => onOpenFact(null)} onOpenSource={onOpenSource} requireName={requireName} />;
  }

  const set = (change: Partial<FactListQuery>) => setQuery((q) => ({ ...q, ...change }));
  const sortBy = (key: SortColumn) => set({ sort: key, descending: query.sort === key ? !query.descending : key === 'updated' });

  return (
    <main className="curation-page facts-screen" aria-label={t('facts.title')} data-testid="facts-screen">
      <div className="page-heading">
        <h1>{t('facts.title')}</h1>
        <button type="button" className="button button-small" onClick={() => setAliasesOpen(true)} data-testid="open-aliases">
          {t('aliases.open')}
        </button>
        <AliasesDialog open={aliasesOpen} onClose={() => setAliasesOpen(false)} requireName={requireName} />
        <p className="muted" aria-live="polite" data-testid="facts-count">
          {t('facts.count', { shown: rows.length, total })}
          {truncated ? t('facts.truncated', { limit: 200 }) : ''}
        </p>
      </div>
      <div className="table-filters" role="group" aria-label={t('facts.filters')}>
        <label className="field table-search">
          {t('facts.words')}
          <input
            type="search"
            value={text}
            placeholder={t('facts.wordsPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="facts-table-search"
          />
        </label>
        <FactFilterFields value={query} onChange={set} topics={topics} sources={sources} testIds />
        <label className="check">
          <input type="checkbox" data-testid="filter-corroborated" checked={query.corroborated} onChange={(e) => set({ corroborated: e.target.checked })} />
          {t('facts.corroborated')}
        </label>
        <label className="check">
          <input type="checkbox" data-testid="filter-conflict" checked={query.inConflict} onChange={(e) => set({ inConflict: e.target.checked })} />
          {t('facts.inConflict')}
        </label>
      </div>
      {error && (
        <p className="pane-error" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="facts-table" data-testid="facts-table">
          <thead>
            <tr>
              {columns.map((key) => (
                <th key={key} scope="col" aria-sort={query.sort === key ? (query.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-button" onClick={() => sortBy(key)} data-testid={`sort-${key}`}>
                    {t(`facts.columns.${key}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {query.sort === key ? (query.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id} data-testid="fact-row" data-fact-id={f.id}>
                <td className="cell-statement">
                  <button type="button" className="row-link" onClick={() => onOpenFact(f.id)}>
                    {f.statement}
                  </button>
                  {(f.corroborated || f.inConflict) && (
                    <span className="row-badges">
                      {f.corroborated && <span className="badge badge-corroborated">{t('facts.corroborated')}</span>}
                      {f.inConflict && <span className="badge badge-conflict">{t('facts.inConflict')}</span>}
                    </span>
                  )}
                </td>
                <td>
                  <span className={`badge badge-${f.status}`}>{statusLabels[f.status]}</span>
                </td>
                <td className="cell-source">{f.sources[0]?.title ?? '—'}{f.sources.length > 1 ? ` +${f.sources.length - 1}` : ''}</td>
                <td className="cell-period">{f.period ?? '—'}</td>
                <td className="cell-when">{formatWhen(f.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !error && <p className="list-empty muted">{query.text.trim() ? t('facts.noMatchWords') : t('facts.noMatch')}</p>}
      </div>
    </main>
  );
}
