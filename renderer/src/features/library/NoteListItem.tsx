import type { NoteSummary } from '../../../../shared/contract/notes';
import { Icon } from './icons';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../i18n/when';

interface Props {
  note: NoteSummary;
  /** `note-item` in the main list; the recent list uses its own id so tests can count notes. */
  testId: string;
  current: boolean;
  inTrash: boolean;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onTrash(): void;
  onRestore(): void;
}

export function NoteListItem({ note, testId, current, inTrash, onOpen, onRename, onDuplicate, onTrash, onRestore }: Props) {
  const { t } = useTranslation();
  const title = note.title || t('header.untitled');
  return (
    <li className={`note-item${current ? ' current' : ''}`} data-testid={testId} data-note-id={note.id}>
      <button type="button" className="note-open" aria-current={current ? 'true' : undefined} onClick={onOpen} disabled={inTrash}>
        <span className="note-title">{title}</span>
        <span className="note-meta">
          {t(`templates.${note.templateId}.short`)} · {formatWhen(note.updatedAt, 'listed')} · {t('library.words', { count: note.wordCount })}
        </span>
      </button>
      <span className="note-actions">
        {inTrash ? (
          <button type="button" className="button button-small" onClick={onRestore} aria-label={t('library.restoreNamed', { title })}>
            {t('library.restore')}
          </button>
        ) : (
          <>
            <button type="button" className="icon-button" onClick={onRename} aria-label={t('library.renameNamed', { title })} title={t('library.rename')}>
              <Icon name="rename" />
            </button>
            <button type="button" className="icon-button" onClick={onDuplicate} aria-label={t('library.duplicateNamed', { title })} title={t('library.duplicate')}>
              <Icon name="duplicate" />
            </button>
            <button type="button" className="icon-button" onClick={onTrash} aria-label={t('library.trashNamed', { title })} title={t('library.trashAction')}>
              <Icon name="trash" />
            </button>
          </>
        )}
      </span>
    </li>
  );
}
