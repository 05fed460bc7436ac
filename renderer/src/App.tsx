import { useCallback, useEffect, useState } from 'react';
import type { FactSummary } from '../../shared/model';
import type { ResponseOf } from '../../shared/api';
import { classificationMarkings } from '../../shared/note-format';
import { api, onMenuCommand } from './api';
import { ATTACH_FACT_COMMAND, INSERT_FACT_COMMAND } from './editor/plugins/InsertFactPlugin';
import { NoteLanguageContext } from './editor/FactsContext';
import type { FactReference } from './editor/nodes/FactNode';
import { errorMessage } from './errorMessage';
import { useCurationViews } from './features/curation/useCurationViews';
import { FactPanel } from './features/facts/FactPanel';
import { onFactSearchRequest } from './editor/plugins/FactTypeaheadPlugin/factSearchRequests';
import { ExportControls } from './features/export/ExportControls';
import { HistoryDialog } from './features/history/HistoryDialog';
import { NewNoteDialog } from './features/library/NewNoteDialog';
import { NotesLibrary } from './features/library/NotesLibrary';
import { NoteView, type NoteStats } from './features/notes/NoteView';
import { useNoteSession } from './features/notes/useNoteSession';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { usePreferences } from './features/settings/usePreferences';
import { AboutDialog } from './features/shell/AboutDialog';
import { AppHeader } from './features/shell/AppHeader';
import { useLayout } from './features/shell/useLayout';
import { useWindowShortcuts } from './features/shell/useWindowShortcuts';
import { Workspace } from './features/shell/Workspace';
import { StatusBar } from './features/statusbar/StatusBar';
import { createStatsStore } from './features/statusbar/statsStore';
import { showFactInNote } from './features/export/showInNote';
import { useTranslation } from 'react-i18next';
import { chosenUiLanguage, setUiLanguage } from './i18n';
import { formatWhen } from './i18n/when';

type Info = ResponseOf<'app.info'>;
type Templates = ResponseOf<'notes.templates'>;

export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [startupDone, setStartupDone] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [templates, setTemplates] = useState<Templates>({ templates: [], classifications: [...classificationMarkings] });
  const [layout, setLayout] = useLayout();
  const [dialog, setDialog] = useState<'about' | 'new' | 'history' | 'settings' | null>(null);
  const [settingsSection, setSettingsSection] = useState<'department' | undefined>(undefined);
  const [statsStore] = useState(createStatsStore);
  const session = useNoteSession();
  const { openInitial, saveSnapshot, editorRef } = session;
  const curation = useCurationViews();
  const preferences = usePreferences();
  const { openImport, showView } = curation;
  const [panelSearch, setPanelSearch] = useState<{ query: string } | null>(null);
  const { t } = useTranslation();
  const uiLanguage = preferences.preferences.uiLanguage;

  // The chosen language applies at once, without a restart ('' follows the system).
  useEffect(() => {
    void setUiLanguage(chosenUiLanguage(uiLanguage));
  }, [uiLanguage]);

  // The note the user waits for is asked first, beside the rest, not after it: each answer
  // waits its turn at the back end, so a chain of calls would put three turns before the note.
  useEffect(() => {
    const note = openInitial();
    const rest = [
      api['app.info']({})
        .then(setInfo)
        .catch((e: unknown) => setFatal(errorMessage(e))),
      api['notes.templates']({})
        .then(setTemplates)
        .catch(() => undefined),
    ];
    void Promise.all([note, ...rest]).finally(() => setStartupDone(true));
  }, [openInitial]);

  useWindowShortcuts(saveSnapshot);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'note.new') setDialog('new');
        else if (command === 'note.save') void saveSnapshot();
        else if (command === 'help.about') setDialog('about');
        else if (command === 'app.settings') setDialog('settings');
        else if (command === 'source.import') openImport();
        else if (command === 'edit.find') window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true }));
      }),
    [saveSnapshot, openImport],
  );

  // The `@` menu's "Search in the fact panel" / "Create a fact…": the words go to the panel (opened if closed).
  useEffect(
    () =>
      onFactSearchRequest((request) => {
        if (!layout.factsOpen) setLayout({ factsOpen: true });
        setPanelSearch({ query: request.query });
        if (request.createFact) showView('sources');
      }),
    [layout.factsOpen, setLayout, showView],
  );

  const insertFact = useCallback(
    (reference: FactReference) => {
      const editor = editorRef.current;
      if (!editor) return;
      editor.dispatchCommand(INSERT_FACT_COMMAND, reference);
      editor.focus();
    },
    [editorRef],
  );

  const attachFact = useCallback(
    (fact: FactSummary) => {
      const editor = editorRef.current;
      if (!editor) return false;
      const attached = editor.dispatchCommand(ATTACH_FACT_COMMAND, { factId: fact.id, factVersion: fact.version });
      if (attached) editor.focus();
      return attached;
    },
    [editorRef],
  );

  // Stable callbacks, so the note (memoized) does not re-render when only the save state changes.
  const toggleMetadata = useCallback(() => setLayout({ metadataOpen: !layout.metadataOpen }), [setLayout, layout.metadataOpen]);
  const showHistory = useCallback(() => setDialog('history'), []);
  const saveVersion = useCallback(() => void saveSnapshot(), [saveSnapshot]);
  const onStats = useCallback((change: Partial<NoteStats>) => statsStore.set(change), [statsStore]);
  const { note, metadata } = session;
  const ready = startupDone && info !== null;

  return (
    <NoteLanguageContext.Provider value={metadata?.language ?? 'en'}>
    <div className="app" data-ready={ready ? 'true' : 'false'}>
      <AppHeader
        title={metadata && curation.view === 'notes' ? metadata.title : null}
        classification={curation.view === 'notes' ? metadata?.classification : undefined}
        layout={layout}
        onLayout={setLayout}
        onSettings={() => setDialog('settings')}
        actions={
          <>
            {curation.headerActions}
            <ExportControls
              noteId={note?.id ?? null}
              saveNote={session.saveNow}
              editorRef={editorRef}
              onAddTranslation={(factId) => curation.translateFact(factId, metadata?.language ?? 'en')}
            />
          </>
        }
      />
      {curation.message}
      {info?.readOnly && (
        <p role="status" className="read-only-notice" data-testid="read-only-notice">
          {info.readOnlyWording ? t(`errors.${info.readOnlyWording.key}`, info.readOnlyWording.params) : info.readOnly}
        </p>
      )}
      {(fatal || session.error) && (
        <p role="alert" className="app-error">
          {fatal ?? session.error}
          {!fatal && (
            <button type="button" className="link-button" onClick={() => session.setError(null)}>
              {t('common.dismiss')}
            </button>
          )}
        </p>
      )}
      {session.saveState.kind === 'failed' && (
        <div role="alert" className="save-failed" data-testid="save-failed">
          <strong>{t('app.saveFailed')}</strong> {session.saveState.message}
          <button type="button" className="button button-small" onClick={() => void saveSnapshot()}>
            {t('app.tryAgain')}
          </button>
          <button type="button" className="button button-small" onClick={() => void session.saveAnyway()}>
            {t('app.keepMine')}
          </button>
        </div>
      )}
      {session.offeredDraft && note?.id === session.offeredDraft.noteId && (
        <div role="alert" className="save-failed draft-offer" data-testid="draft-offer">
          <strong>{t('app.draftFound')}</strong>{' '}
          {t('app.draftFoundDetail', { time: formatWhen(session.offeredDraft.at) })}
          {session.offeredDraft.base !== note.updatedAt && ` ${t('app.draftStoreMoved')}`}
          <button type="button" className="button button-small button-primary" data-testid="draft-restore" onClick={session.restoreDraft}>
            {t('app.draftRestore')}
          </button>
          <button type="button" className="button button-small" data-testid="draft-discard" onClick={session.discardDraft}>
            {t('app.draftDiscard')}
          </button>
        </div>
      )}
      {/* Kept mounted (hidden) on the curation views so the open note and its autosave are untouched. */}
      <div className="notes-view" style={{ display: curation.view === 'notes' ? 'contents' : 'none' }}>
      <Workspace
        layout={layout}
        onLayout={setLayout}
        library={
          <NotesLibrary
            currentId={note?.id ?? null}
            refreshKey={session.libraryKey}
            onOpen={(id) => void session.open(id)}
            onNew={() => setDialog('new')}
            onRename={async (summary, title) => {
              // The open note is renamed through its own save, so its concurrency token stays valid.
              if (summary.id === note?.id) session.changeMetadata({ title });
              else await api['notes.rename']({ id: summary.id, title });
            }}
            onDuplicate={(summary) => session.duplicate(summary.id)}
            onTrash={async (summary) => {
              if (summary.id === note?.id) {
                if (!(await session.leaveCurrent())) return;
                session.close();
              }
              await api['notes.trash']({ id: summary.id });
            }}
            onRestore={async (summary) => {
              await api['notes.restore']({ id: summary.id });
            }}
          />
        }
        editor={
          note && metadata ? (
            <NoteView
              note={note}
              loadKey={session.loadKey}
              metadata={metadata}
              classifications={templates.classifications}
              editorRef={editorRef}
              metadataOpen={layout.metadataOpen}
              onToggleMetadata={toggleMetadata}
              onMetadata={session.changeMetadata}
              onContentChange={session.contentChanged}
              onStats={onStats}
              onShowHistory={showHistory}
              onSave={saveVersion}
              smartQuotes={preferences.preferences.smartQuotes}
            />
          ) : (
            <div className="empty-state">
              <h2>{t('app.noNote')}</h2>
              <p className="muted">{t('app.noNoteHint')}</p>
              <button type="button" className="button button-primary" onClick={() => setDialog('new')}>
                {t('library.newNote')}
              </button>
            </div>
          )
        }
        facts={<FactPanel onInsert={insertFact} onAttach={attachFact} language={metadata?.language ?? 'en'} searchRequest={panelSearch} />}
      />
      </div>
      {curation.screen}
      <StatusBar
        hasNote={note !== null}
        stats={statsStore}
        saveState={session.saveState}
        version={info?.version ?? null}
        onAbout={() => setDialog('about')}
        onDepartment={() => {
          setSettingsSection('department');
          setDialog('settings');
        }}
        onShowFinding={(finding) => showFactInNote(editorRef.current, finding.factId, finding.factVersion)}
        onReturnToEditor={() => editorRef.current?.focus()}
      />
      {curation.overlays}
      <SettingsDialog
        open={dialog === 'settings'}
        preferences={preferences.preferences}
        error={preferences.error}
        onChange={(change) => void preferences.change(change)}
        onClose={() => {
          setDialog(null);
          setSettingsSection(undefined);
        }}
        section={settingsSection}
      />
      {info && <AboutDialog info={info} open={dialog === 'about'} onClose={() => setDialog(null)} />}
      <NewNoteDialog
        open={dialog === 'new'}
        templates={templates.templates}
        onClose={() => setDialog(null)}
        onCreate={(templateId, title, language) => {
          setDialog(null);
          void session.create(templateId, title, language);
        }}
      />
      <HistoryDialog
        noteId={note?.id ?? null}
        open={dialog === 'history'}
        onClose={() => setDialog(null)}
        onRestore={async (version) => {
          setDialog(null);
          await session.restoreVersion(version);
        }}
      />
    </div>
    </NoteLanguageContext.Provider>
  );
}
