import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteContent, NoteMetadata, NoteLanguage, StoredNote, TemplateId } from '../../../../shared/note-format';
import { ApiError } from '../../../../shared/errors';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import type { SaveState } from '../statusbar/stats';
import { afterPaint, AutosaveController } from './AutosaveController';
import { autosaveDelayMs, autosaveEarlyMs } from './autosave-timing';
import { clearUnsavedDraft, draftDiffers, readUnsavedDraft, writeUnsavedDraft, type UnsavedDraft } from './unsavedDraft';

/**
 * The draft is written in a pause in typing: serializing a long note (300 KB of JSON for the
 * 500-chip benchmark note) between two keys of a burst delayed the second key (bench:editor
 * typing p95 25.6 ms against 16). A burst longer than draftMaxWaitMs gets its draft at the next
 * key, once that key is painted (the typist's longest gap), so a crash mid-burst loses at most
 * about that much.
 */
const draftDelayMs = 250;
const draftMaxWaitMs = 2000;

const lastNoteKey = 'briefing.lastNoteId';
export const sampleNoteId = 'sample-decision-note';

function describeSaveError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'conflict') {
    return 'this note was changed in another window. Your text is still here and nothing was discarded.';
  }
  return errorMessage(error);
}

/**
 * The open note: loading, autosave (debounced, plus blur/hide/close), explicit snapshots and
 * the optimistic-concurrency token (`baseUpdatedAt`). The editor's state is read at save time
 * through `editorRef`, so typing never re-renders anything here.
 */
export function useNoteSession() {
  const editorRef = useRef<LexicalEditor | null>(null);
  const noteIdRef = useRef<string | null>(null);
  const baseRef = useRef<string | null>(null);
  const metadataRef = useRef<NoteMetadata | null>(null);
  const [note, setNote] = useState<StoredNote | null>(null);
  const [metadata, setMetadata] = useState<NoteMetadata | null>(null);
  const [loadKey, setLoadKey] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [libraryKey, setLibraryKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** Unsaved edits found for the note just opened, waiting for the writer's restore or discard. */
  const [offeredDraft, setOfferedDraft] = useState<UnsavedDraft | null>(null);
  const offeredRef = useRef<UnsavedDraft | null>(null);
  const changeSeq = useRef(0);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** When the oldest change not yet in the draft was made. */
  const draftPendingSince = useRef<number | undefined>(undefined);

  /** Keeps the open note's unacknowledged state in local storage (unsavedDraft.ts). */
  const writeDraftNow = useCallback(() => {
    clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
    draftPendingSince.current = undefined;
    const id = noteIdRef.current;
    const editor = editorRef.current;
    const meta = metadataRef.current;
    // The draft on offer stays as it was until the writer chooses: new edits must not overwrite it.
    if (!id || !editor || !meta || offeredRef.current?.noteId === id) return;
    const content = editor.getEditorState().toJSON() as unknown as NoteContent;
    writeUnsavedDraft({ noteId: id, base: baseRef.current, content, metadata: meta, at: new Date().toISOString() });
  }, []);
  const draftSoon = useCallback(() => {
    changeSeq.current += 1;
    const now = performance.now();
    draftPendingSince.current ??= now;
    // Debounced: each change restarts the wait, unless the edits have waited draftMaxWaitMs already.
    if (now - draftPendingSince.current >= draftMaxWaitMs) {
      afterPaint(() => draftTimer.current !== undefined && writeDraftNow());
      return;
    }
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => draftTimer.current !== undefined && writeDraftNow(), { timeout: 1000 });
      else writeDraftNow();
    }, draftDelayMs);
  }, [writeDraftNow]);

  const controller = useMemo(
    () =>
      new AutosaveController({
        delayMs: autosaveDelayMs,
        earlyMs: autosaveEarlyMs,
        onState: setSaveState,
        describeError: describeSaveError,
        save: async (snapshot) => {
          const id = noteIdRef.current;
          const editor = editorRef.current;
          const meta = metadataRef.current;
          if (!id || !editor || !meta) return;
          const seq = changeSeq.current;
          const content = editor.getEditorState().toJSON() as unknown as NoteContent;
          // `snapshot` is the user's explicit save; whether an autosave also keeps a version is the
          // library's decision (shared/note-history.ts), made against the note's stored history.
          const saved = await api['notes.save']({ id, metadata: meta, content, baseUpdatedAt: baseRef.current, snapshot });
          if (noteIdRef.current === id) baseRef.current = saved.updatedAt;
          // Acknowledged: the local draft is no longer needed, unless the writer typed on meanwhile.
          if (noteIdRef.current === id && changeSeq.current === seq && offeredRef.current?.noteId !== id) {
            clearTimeout(draftTimer.current);
            draftTimer.current = undefined;
            draftPendingSince.current = undefined;
            clearUnsavedDraft(id);
          }
          setLibraryKey((k) => k + 1);
        },
      }),
    [],
  );

  useEffect(() => {
    const flush = () => {
      if (draftTimer.current !== undefined) writeDraftNow();
      void controller.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [controller, writeDraftNow]);

  const show = useCallback((loaded: StoredNote) => {
    noteIdRef.current = loaded.id;
    baseRef.current = loaded.updatedAt;
    metadataRef.current = loaded.metadata;
    setNote(loaded);
    setMetadata(loaded.metadata);
    setLoadKey((k) => k + 1);
    controller.reset({ kind: 'saved' });
    setError(null);
    localStorage.setItem(lastNoteKey, loaded.id);
  }, [controller]);

  /** Opens a note as stored, and offers back any edits of it the store never acknowledged. */
  const load = useCallback(
    (loaded: StoredNote) => {
      if (draftTimer.current !== undefined) writeDraftNow();
      show(loaded);
      const draft = readUnsavedDraft(loaded.id);
      if (draft && !draftDiffers(draft, loaded)) clearUnsavedDraft(loaded.id);
      const offered = draft && draftDiffers(draft, loaded) ? draft : null;
      offeredRef.current = offered;
      setOfferedDraft(offered);
    },
    [show, writeDraftNow],
  );

  /** The writer's choice: put the unsaved edits back in the editor and save them. */
  const restoreDraft = useCallback(() => {
    const draft = offeredRef.current;
    if (!draft || !note || note.id !== draft.noteId) return;
    offeredRef.current = null;
    setOfferedDraft(null);
    // Saved over the note as the store has it now (baseRef): restoring is the writer's explicit decision.
    show({ ...note, content: draft.content, metadata: draft.metadata, updatedAt: baseRef.current ?? note.updatedAt });
    changeSeq.current += 1;
    // Saved by the autosave once the editor shows the restored text (it remounts with it first).
    controller.changed();
  }, [note, show, controller]);

  const discardDraft = useCallback(() => {
    const draft = offeredRef.current;
    if (draft) clearUnsavedDraft(draft.noteId);
    offeredRef.current = null;
    setOfferedDraft(null);
  }, []);

  /** Saves what is open before anything replaces it; false if that failed and the user chose to stay. */
  const leaveCurrent = useCallback(async (): Promise<boolean> => {
    await controller.flush();
    if (!controller.hasUnsavedChanges) return true;
    return window.confirm('The open note could not be saved. Leave it anyway and lose the unsaved changes?');
  }, [controller]);

  const run = useCallback(
    async (action: () => Promise<StoredNote | null>) => {
      if (!(await leaveCurrent())) return;
      try {
        const loaded = await action();
        if (loaded) load(loaded);
        setLibraryKey((k) => k + 1);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [leaveCurrent, load],
  );

  const open = useCallback((id: string) => run(() => api['notes.get']({ id, markOpened: true })), [run]);
  const create = useCallback(
    (templateId: TemplateId, title: string, language?: NoteLanguage) =>
      run(() => api['notes.create']({ templateId, ...(title ? { title } : {}), ...(language ? { language } : {}) })),
    [run],
  );
  const duplicate = useCallback((id: string) => run(() => api['notes.duplicate']({ id })), [run]);
  const restoreVersion = useCallback(
    (version: number) => run(async () => (noteIdRef.current ? api['notes.restoreVersion']({ id: noteIdRef.current, version }) : null)),
    [run],
  );

  /** First run opens the sample note; later runs reopen the last note. */
  const openInitial = useCallback(async () => {
    const candidates = [localStorage.getItem(lastNoteKey), sampleNoteId];
    for (const id of candidates) {
      if (!id) continue;
      try {
        load(await api['notes.get']({ id, markOpened: true }));
        return;
      } catch {
        // Deleted or never existed: try the next candidate.
      }
    }
    try {
      const { notes } = await api['notes.recent']({ limit: 1 });
      if (notes[0]) load(await api['notes.get']({ id: notes[0].id, markOpened: true }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [load]);

  const close = useCallback(() => {
    noteIdRef.current = null;
    metadataRef.current = null;
    setNote(null);
    setMetadata(null);
    controller.reset({ kind: 'idle' });
    localStorage.removeItem(lastNoteKey);
  }, [controller]);

  const changeMetadata = useCallback(
    (change: Partial<NoteMetadata>) => {
      if (!metadataRef.current) return;
      metadataRef.current = { ...metadataRef.current, ...change };
      setMetadata(metadataRef.current);
      controller.changed();
      draftSoon();
    },
    [controller, draftSoon],
  );

  const contentChanged = useCallback(() => {
    controller.changed();
    draftSoon();
  }, [controller, draftSoon]);
  const saveSnapshot = useCallback(() => controller.flush(true), [controller]);
  /** Saves pending edits now (no history entry); false if the note is still unsaved afterwards. */
  const saveNow = useCallback(async () => {
    await controller.flush();
    return !controller.hasUnsavedChanges;
  }, [controller]);
  /** After a conflict: write this window's text over the other change, on the user's say-so. */
  const saveAnyway = useCallback(() => {
    baseRef.current = null;
    return controller.flush(true);
  }, [controller]);

  return {
    editorRef,
    note,
    metadata,
    loadKey,
    saveState,
    libraryKey,
    error,
    setError,
    open,
    create,
    duplicate,
    restoreVersion,
    openInitial,
    close,
    leaveCurrent,
    changeMetadata,
    contentChanged,
    saveSnapshot,
    saveNow,
    saveAnyway,
    offeredDraft,
    restoreDraft,
    discardDraft,
    refreshLibrary: () => setLibraryKey((k) => k + 1),
  };
}
