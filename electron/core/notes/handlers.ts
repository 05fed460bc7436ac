/** The notes slice of the contract, answered by the notes library. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/api';
import type { notesContract } from '../../../shared/contract/notes';
import { classificationMarkings } from '../../../shared/note-format';
import { noteTemplates } from '../../../shared/templates';
import { NotesLibrary, type Clock } from './library';

export function notesHandlers(db: Database, clock?: Clock): HandlersFor<typeof notesContract> {
  const notes = new NotesLibrary(db, clock);
  return {
    'notes.templates': () => ({
      templates: Object.values(noteTemplates).map(({ id, name, description, sections }) => ({ id, name, description, sections: [...sections] })),
      classifications: [...classificationMarkings],
    }),
    'notes.list': (r) => ({ notes: notes.list(r) }),
    'notes.recent': (r) => ({ notes: notes.recent(r.limit) }),
    'notes.create': (r) => notes.create(r.templateId, r.title, r.language),
    'notes.get': (r) => notes.get(r.id, r.markOpened),
    'notes.save': (r) => notes.save(r),
    'notes.rename': (r) => notes.rename(r.id, r.title),
    'notes.duplicate': (r) => notes.duplicate(r.id),
    'notes.trash': (r) => notes.trash(r.id),
    'notes.restore': (r) => notes.restore(r.id),
    'notes.history': (r) => ({ versions: notes.history(r.id) }),
    'notes.restoreVersion': (r) => notes.restoreVersion(r.id, r.version),
  };
}
