import { useCallback, useState, type ReactNode } from 'react';
import { ConflictsScreen } from '../conflicts/ConflictsScreen';
import { SourcesScreen } from '../sources/SourcesScreen';
import { useSourceImport } from '../sources/useSourceImport';
import { FactsScreen } from './FactsScreen';
import { useProfile } from './useProfile';
import './curation.css';

export const appViews = ['notes', 'sources', 'facts', 'conflicts'] as const;
export type AppView = (typeof appViews)[number];
const viewLabels: Record<AppView, string> = { notes: 'Notes', sources: 'Sources', facts: 'Facts', conflicts: 'Conflicts' };

/**
 * The curation side of the app: the view switcher and import button for the header, and the
 * Sources, Facts and Conflicts screens. "Notes" is the three-pane editor, which App renders.
 */
export function useCurationViews(): {
  view: AppView;
  headerActions: ReactNode;
  /** The current curation screen, or null on the Notes view. */
  screen: ReactNode;
  /** Import messages to show under the header. */
  message: ReactNode;
  /** Dialogs, the drop overlay and the hidden file input: render once. */
  overlays: ReactNode;
  openImport(): void;
  /** Switches to a view (the `@` menu's "Create a fact…" opens Sources, where facts are made). */
  showView(view: AppView): void;
} {
  const [view, setView] = useState<AppView>('notes');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [factId, setFactId] = useState<string | null>(null);
  const [importKey, setImportKey] = useState(0);
  const [imported, setImported] = useState<string | null>(null);
  const profile = useProfile();

  const onImported = useCallback((id: string, alreadyImported: boolean, title: string) => {
    setSourceId(id);
    setView('sources');
    setImportKey((k) => k + 1);
    setImported(alreadyImported ? `“${title}” was already in the library (same text); it is open below.` : `Imported “${title}”.`);
  }, []);
  const importer = useSourceImport({ onImported });

  const openSource = (id: string) => {
    setSourceId(id);
    setImported(null);
    setView('sources');
  };
  const openFact = (id: string | null) => {
    setFactId(id);
    setView('facts');
  };

  const headerActions = (
    <>
      <nav className="view-switcher" aria-label="Views">
        {appViews.map((v) => (
          <button
            key={v}
            type="button"
            className="view-tab"
            aria-current={view === v ? 'page' : undefined}
            data-testid={`view-${v}`}
            onClick={() => {
              setView(v);
              if (v === 'facts') setFactId(null);
            }}
          >
            {viewLabels[v]}
          </button>
        ))}
      </nav>
      <button type="button" className="button button-small" onClick={importer.openPicker} data-testid="import-source">
        Import source…
      </button>
    </>
  );

  let screen: ReactNode = null;
  if (view === 'sources') {
    screen = (
      <SourcesScreen
        openSourceId={sourceId}
        onOpenSource={openSource}
        onOpenFact={openFact}
        onImport={importer.openPicker}
        requireName={profile.requireName}
        refreshKey={importKey}
      />
    );
  } else if (view === 'facts') {
    screen = <FactsScreen openFactId={factId} onOpenFact={openFact} onOpenSource={openSource} requireName={profile.requireName} />;
  } else if (view === 'conflicts') {
    screen = <ConflictsScreen onOpenFact={openFact} requireName={profile.requireName} />;
  }

  const message = (
    <>
      {importer.message}
      {imported && view === 'sources' && (
        <p role="status" className="app-notice" data-testid="import-done">
          {imported}{' '}
          <button type="button" className="link-button" onClick={() => setImported(null)}>
            Dismiss
          </button>
        </p>
      )}
    </>
  );

  return {
    view,
    headerActions,
    screen: screen && <div className="curation-view">{screen}</div>,
    message,
    overlays: (
      <>
        {importer.elements}
        {profile.prompt}
      </>
    ),
    openImport: importer.openPicker,
    showView: setView,
  };
}
