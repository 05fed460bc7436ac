import type { NoteSummary } from '../../../../shared/contract/notes';
import { Icon } from './icons';

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

const templateNames: Record<NoteSummary['templateId'], string> = { decision: 'Decision', information: 'Information', meeting: 'Meeting' };

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: date.getFullYear() === today.getFullYear() ? undefined : 'numeric' });
}

export function NoteListItem({ note, testId, current, inTrash, onOpen, onRename, onDuplicate, onTrash, onRestore }: Props) {
  const title = note.title || 'Untitled note';
  return (
    <li className={`note-item${current ? ' current' : ''}`} data-testid={testId} data-note-id={note.id}>
      <button type="button" className="note-open" aria-current={current ? 'true' : undefined} onClick={onOpen} disabled={inTrash}>
        <span className="note-title">{title}</span>
        <span className="note-meta">
          {templateNames[note.templateId]} · {formatWhen(note.updatedAt)} · {note.wordCount} words
        </span>
      </button>
      <span className="note-actions">
        {inTrash ? (
          <button type="button" className="button button-small" onClick={onRestore} aria-label={`Restore ${title}`}>
            Restore
          </button>
        ) : (
          <>
            <button type="button" className="icon-button" onClick={onRename} aria-label={`Rename ${title}`} title="Rename">
              <Icon name="rename" />
            </button>
            <button type="button" className="icon-button" onClick={onDuplicate} aria-label={`Duplicate ${title}`} title="Duplicate">
              <Icon name="duplicate" />
            </button>
            <button type="button" className="icon-button" onClick={onTrash} aria-label={`Move ${title} to trash`} title="Move to trash">
              <Icon name="trash" />
            </button>
          </>
        )}
      </span>
    </li>
  );
}
