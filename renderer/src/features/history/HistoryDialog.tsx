import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../../shared/api';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { formatWhen } from '../library/NoteListItem';
import { Dialog } from '../shell/Dialog';

type Version = ResponseOf<'notes.history'>['versions'][number];

interface Props {
  noteId: string | null;
  open: boolean;
  onClose(): void;
  onRestore(version: number): Promise<void>;
}

/** Saved versions of the open note (explicit saves and periodic autosave snapshots). */
export function HistoryDialog({ noteId, open, onClose, onRestore }: Props) {
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || !noteId) return;
    let current = true;
    setVersions(null);
    api['notes.history']({ id: noteId })
      .then((r) => current && setVersions([...r.versions].sort((a, b) => b.version - a.version)))
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [open, noteId]);
  return (
    <Dialog title="Version history" open={open} onClose={onClose} testId="history-dialog">
      {error && <p role="alert" className="pane-error">{error}</p>}
      {versions === null && !error && <p className="muted">Loading…</p>}
      {versions?.length === 0 && <p className="muted">No saved versions yet. Press Ctrl+S to keep a version.</p>}
      {versions && versions.length > 0 && (
        <ul className="history-list">
          {versions.map((v) => (
            <li key={v.version} data-testid="history-item">
              <span className="history-when">
                Version {v.version} · {formatWhen(v.savedAt)}
              </span>
              <span className="muted">
                {v.title || 'Untitled'} · {v.wordCount} words
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  onRestore(v.version).catch((e: unknown) => setError(errorMessage(e)));
                }}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
