export { notesHandlers } from './handlers';
export { insertNote, NotesLibrary, autosaveSnapshotEvery, type Clock } from './library';
export { upgradeNote, type RawNote } from './upgrade';
