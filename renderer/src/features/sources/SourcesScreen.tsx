import { useCallback, useEffect, useState } from 'react';
import type { FactDetail, QuoteSelector, SourceSummary, SourceWithText } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { useTranslation } from 'react-i18next';
import { EditSourceDialog } from './EditSourceDialog';
import { NewFactDialog } from './NewFactDialog';
import { SourceReader } from './SourceReader';
import { dateLabel, factCountLabel, publisherLabel } from './sourceLabels';
import { quotesInSource } from './sourceQuotes';
import type { Highlight } from './textRanges';

interface Props {
  /** The source to show (e.g. the one just imported). */
  openSourceId: string | null;
  onOpenSource(id: string): void;
  onOpenFact(id: string): void;
  onImport(): void;
  requireName(): Promise<string | null>;
  /** Changes when a source was imported, so the list reloads. */
  refreshKey: number;
}

/** The sources library and the reader: read a source, see what is already quoted, quote a new passage. */
export function SourcesScreen({ openSourceId, onOpenSource, onOpenFact, onImport, requireName, refreshKey }: Props) {
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [source, setSource] = useState<SourceWithText | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [selector, setSelector] = useState<QuoteSelector | null>(null);
  const [created, setCreated] = useState<FactDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [editing, setEditing] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    api['sources.list']({})
      .then((r) => setSources(r.sources))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [refreshKey, reloadKey]);

  const currentId = openSourceId ?? sources[0]?.id ?? null;
  useEffect(() => {
    if (!currentId) return setSource(null);
    let current = true;
    api['sources.get']({ id: currentId })
      .then(async (loaded) => {
        if (!current) return;
        setSource(loaded);
        setHighlights(await quotesInSource(loaded));
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [currentId, reloadKey]);

  useEffect(() => setCreated(null), [currentId]);

  const verify = useCallback(async (fact: FactDetail) => {
    const by = await requireName();
    if (!by) return;
    try {
      setCreated(await api['facts.verify']({ id: fact.id, by }));
      setReloadKey((k) => k + 1);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [requireName]);

  return (
    <div className="curation-screen sources-screen" data-testid="sources-screen">
      <nav className="curation-sidebar" aria-label="Sources">
        <div className="pane-header">
          <h2>Sources</h2>
          <button type="button" className="button button-small" onClick={onImport}>
            Import…
          </button>
        </div>
        <ul className="source-list" data-testid="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={`source-item ${s.id === currentId ? 'current' : ''}`}
                aria-current={s.id === currentId ? 'true' : undefined}
                data-testid="source-item"
                data-source-id={s.id}
                onClick={() => onOpenSource(s.id)}
              >
                <span className="source-item-title">{s.title}</span>
                <span className="source-item-meta">
                  {publisherLabel(s)} · {dateLabel(s)} · {factCountLabel(s.factCount)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {sources.length === 0 && <p className="list-empty muted">No sources yet. Import a document to start.</p>}
      </nav>
      <main className="curation-main" aria-label="Source reader" data-testid="source-reader">
        {error && (
          <p className="pane-error" role="alert">
            {error}{' '}
            <button type="button" className="link-button" onClick={() => setError(null)}>
              Dismiss
            </button>
          </p>
        )}
        {source ? (
          <>
            <header className="reader-header">
              <h1 data-testid="source-title">{source.title}</h1>
              <button
                type="button"
                className="button button-small"
                aria-label={t('sourceEdit.editDetailsOf', { title: source.title })}
                data-testid="edit-source-details"
                onClick={() => setEditing(true)}
              >
                {t('sourceEdit.editDetails')}
              </button>
              <p className="muted">
                {publisherLabel(source)} · {dateLabel(source)}
                {source.authors.length > 0 && ` · ${source.authors.join(', ')}`} · {factCountLabel(source.factCount)} · reliability {source.reliability}
                {source.url && (
                  <>
                    {' · '}
                    <span className="reader-url">{source.url}</span>
                  </>
                )}
              </p>
            </header>
            {created && (
              <div className="notice" role="status" data-testid="fact-created">
                <span>
                  Fact <strong>{created.id}</strong> is <strong data-testid="created-status">{created.status}</strong>: {created.statement}
                </span>
                {created.status === 'unverified' && (
                  <button type="button" className="button button-small button-primary" onClick={() => void verify(created)} data-testid="verify-created">
                    Verify
                  </button>
                )}
                <button type="button" className="button button-small" onClick={() => onOpenFact(created.id)}>
                  Open fact page
                </button>
              </div>
            )}
            <SourceReader source={source} highlights={highlights} actionLabel="New fact from selection" onSelectPassage={setSelector} />
            <EditSourceDialog
              sourceId={editing ? source.id : null}
              onClose={() => setEditing(false)}
              onSaved={() => setReloadKey((k) => k + 1)}
            />
            <NewFactDialog
              source={source}
              selector={selector}
              requireName={requireName}
              onClose={() => setSelector(null)}
              onCreated={(fact) => {
                setSelector(null);
                setCreated(fact);
                setReloadKey((k) => k + 1);
              }}
            />
          </>
        ) : (
          <div className="empty-state">
            <h2>No source open</h2>
            <p className="muted">Import a .txt, .md, .html, .docx or .pdf file, or drop it onto the window.</p>
            <button type="button" className="button button-primary" onClick={onImport}>
              Import source…
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
