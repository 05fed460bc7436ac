/**
 * The open note's edits the back end has not acknowledged, kept in the renderer's own durable
 * storage (issue 12, item 6: "text typed while the back end was down was lost on reload").
 * One draft per note, with the version it was edited from; written shortly after each change
 * and at once when the page goes away, cleared when a save of that text is acknowledged, and
 * offered back (never applied silently) when the note opens again.
 */
import type { NoteContent, NoteMetadata } from '../../../../shared/note-format';

export interface UnsavedDraft {
  noteId: string;
  /** The stored note's `updatedAt` the edits were made on (the save's concurrency token). */
  base: string | null;
  content: NoteContent;
  metadata: NoteMetadata;
  /** When the draft was written (ISO). */
  at: string;
}

const prefix = 'briefing.unsavedDraft.';

export function writeUnsavedDraft(draft: UnsavedDraft): void {
  try {
    localStorage.setItem(prefix + draft.noteId, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the autosave still runs; nothing else to fall back on.
  }
}

export function readUnsavedDraft(noteId: string): UnsavedDraft | null {
  try {
    const raw = localStorage.getItem(prefix + noteId);
    if (!raw) return null;
    const draft = JSON.parse(raw) as UnsavedDraft;
    return draft.noteId === noteId && typeof draft.content === 'object' && typeof draft.metadata === 'object' ? draft : null;
  } catch {
    return null;
  }
}

export function clearUnsavedDraft(noteId: string): void {
  localStorage.removeItem(prefix + noteId);
}

/** Whether the draft holds anything the stored note does not (an identical one is simply cleared). */
export function draftDiffers(draft: UnsavedDraft, stored: { content: unknown; metadata: unknown }): boolean {
  return JSON.stringify(draft.content) !== JSON.stringify(stored.content) || JSON.stringify(draft.metadata) !== JSON.stringify(stored.metadata);
}
