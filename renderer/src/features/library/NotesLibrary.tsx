import { useEffect, useState } from 'react';
import type { NoteSummary } from '../../../../shared/contract/notes';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { NoteListItem } from './NoteListItem';
import { RenameDialog } from './RenameDialog';
import { useTranslation } from 'react-i18next';

interface Props {
  currentId: string | null;
  /** Bumped by the app after a save, create or restore so the list shows fresh titles and counts. */
  refreshKey: number;
  onOpen(id: string): void;
  onNew(): void;
  onRename(note: NoteSummary, title: string): Promise<void>;
  onDuplicate(note: NoteSummary): Promise<void>;
  onTrash(note: NoteSummary): Promise<void>;
  onRestore(note: NoteSummary): Promise<void>;
}

export function NotesLibrary({ currentId, refreshKey, onOpen, onNew, onRename, onDuplicate, onTrash, onRestore }: Props) {
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [recent, setRecent] = useState<NoteSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<NoteSummary | null>(null);
  const [tick, setTick] = useState(0);
  const { t } = useTranslation();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      Promise.all([api['notes.list']({ query, trash: showTrash }), showTrash || query ? null : api['notes.recent']({ limit: 5 })])
        .then(([list, recentNotes]) => {
          if (!current) return;
          setNotes(list.notes);
          setRecent(recentNotes?.notes.filter((n) => n.openedAt) ?? []);
          setError(null);
        })
        .catch((e: unknown) => current && setError(errorMessage(e)));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, showTrash, refreshKey, tick]);

  const act = (action: () => Promise<void>) => () => {
    action()
      .then(() => setTick((n) => n + 1))
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  const item = (testId: string) => (note: NoteSummary) => (
    <NoteListItem
      key={note.id}
      testId={testId}
      note={note}
      current={note.id === currentId}
      inTrash={showTrash}
      onOpen={() => onOpen(note.id)}
      onRename={() => setRenaming(note)}
      onDuplicate={act(() => onDuplicate(note))}
      onTrash={act(() => onTrash(note))}
      onRestore={act(() => onRestore(note))}
    />
  );

  return (
    <div className="library">
      <div className="pane-header">
        <h2 id="library-heading">{showTrash ? t('library.trash') : t('library.notes')}</h2>
        {!showTrash && (
          <button type="button" className="button button-small button-primary" data-testid="new-note" onClick={onNew}>
            {t('library.newNoteButton')}
          </button>
        )}
      </div>
      <div className="library-search">
        <input
          className="text-input"
          type="search"
          placeholder={showTrash ? t('library.searchTrash') : t('library.search')}
          aria-label={showTrash ? t('library.searchTrashLabel') : t('library.searchLabel')}
          value={query}
          data-testid="note-search"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {error && (
        <p className="pane-error" role="alert">
          {error}
        </p>
      )}
      <div className="library-lists">
        {recent.length > 0 && (
          <section aria-labelledby="recent-heading">
            <h3 id="recent-heading" className="list-heading">
              {t('library.recent')}
            </h3>
            <ul className="note-list">{recent.map(item('recent-note-item'))}</ul>
          </section>
        )}
        <section aria-labelledby="all-heading">
          <h3 id="all-heading" className="list-heading">
            {showTrash ? t('library.deleted') : query ? t('library.matching') : t('library.all')}
          </h3>
          {notes.length === 0 && !error ? (
            <p className="muted list-empty">{showTrash ? t('library.trashEmpty') : query ? t('library.noMatch') : t('library.empty')}</p>
          ) : (
            <ul className="note-list" data-testid={showTrash ? 'trash-list' : 'note-list'}>
              {notes.map(item('note-item'))}
            </ul>
          )}
        </section>
      </div>
      <div className="library-footer">
        <button type="button" className="link-button" aria-pressed={showTrash} data-testid="show-trash" onClick={() => setShowTrash((s) => !s)}>
          {showTrash ? t('library.backToNotes') : t('library.trash')}
        </button>
      </div>
      <RenameDialog
        current={renaming ? renaming.title : null}
        onClose={() => setRenaming(null)}
        onRename={(title) => {
          const note = renaming;
          setRenaming(null);
          if (note) act(() => onRename(note, title))();
        }}
      />
    </div>
  );
}
