import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../../shared/api';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { formatWhen } from '../../i18n/when';
import { Dialog } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
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
    <Dialog title={t('history.title')} open={open} onClose={onClose} testId="history-dialog">
      {error && <p role="alert" className="pane-error">{error}</p>}
      {versions === null && !error && <p className="muted">{t('common.loading')}</p>}
      {versions?.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {versions && versions.length > 0 && (
        <ul className="history-list">
          {versions.map((v) => (
            <li key={v.version} data-testid="history-item">
              <span className="history-when">
                {t('history.version', { version: v.version })} · {formatWhen(v.savedAt, 'listed')}
              </span>
              <span className="muted">
                {v.title || t('header.untitled')} · {t('library.words', { count: v.wordCount })}
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  onRestore(v.version).catch((e: unknown) => setError(errorMessage(e)));
                }}
              >
                {t('library.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
