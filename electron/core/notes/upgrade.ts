/**
 * Old notes keep opening: a stored note is brought up to the current format
 * (`noteFormatVersion` in shared/note-format.ts) each time it is read, one step per format
 * version. The stored row is only rewritten when the user next saves. A note written by a
 * newer app version is refused rather than guessed at, so saving cannot damage it.
 *
 * Format history:
 *  - 0: before the format was versioned. `metadata` held only what the user had filled in
 *       (no classification or type), and `content` was Lexical's bare root node instead of
 *       `{ root }`.
 *  - 1: shared/note-format.ts as it is now.
 */
import { noteFormatVersion, StoredNote, templateIds, type TemplateId } from '../../../shared/note-format';
import { defaultMetadata } from '../../../shared/templates';
import { keyedError } from '../../../shared/errors';

/** A note as read from storage, before it is checked against the current format. */
export interface RawNote {
  id: string;
  templateId: string;
  formatVersion: number;
  metadata: unknown;
  content: unknown;
  createdAt: string;
  updatedAt: string;
}

type Upgrade = (note: RawNote) => RawNote;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const knownTemplate = (id: string): TemplateId =>
  (templateIds as readonly string[]).includes(id) ? (id as TemplateId) : 'information';

/** upgrades[n] turns format n into format n + 1. */
const upgrades: Record<number, Upgrade> = {
  0: (note) => {
    const metadata = isObject(note.metadata) ? note.metadata : {};
    const title = typeof metadata.title === 'string' ? metadata.title : '';
    const content = isObject(note.content) && 'root' in note.content ? note.content : { root: note.content };
    return {
      ...note,
      formatVersion: 1,
      metadata: { ...defaultMetadata(knownTemplate(note.templateId), title), ...metadata },
      content,
    };
  },
};

export function refuseNewerFormat(noteId: string, formatVersion: number): void {
  if (formatVersion > noteFormatVersion) {
    throw keyedError('refused', 'api.noteNewerFormat', { id: noteId, found: formatVersion, supported: noteFormatVersion });
  }
}

export function upgradeNote(raw: RawNote): StoredNote {
  refuseNewerFormat(raw.id, raw.formatVersion);
  let note = raw;
  while (note.formatVersion < noteFormatVersion) {
    const step = upgrades[note.formatVersion];
    if (!step) throw keyedError('internal', 'api.noteUnknownFormat', { id: raw.id, format: note.formatVersion });
    note = step(note);
  }
  const parsed = StoredNote.safeParse(note);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(note)').join(', ');
    throw keyedError('internal', 'api.noteDamaged', { id: raw.id, where });
  }
  return parsed.data;
}
