import { z } from 'zod';
import { NoteContent, NoteMetadata, StoredNote, noteLanguages, templateIds } from '../note-format';
import { request } from './define';

const id = z.string().min(1).max(200);

export const NoteSummary = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.enum(templateIds),
  classification: z.string(),
  updatedAt: z.string(),
  openedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  wordCount: z.number().int(),
  citationCount: z.number().int(),
});
export type NoteSummary = z.infer<typeof NoteSummary>;

export const NoteVersionSummary = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  title: z.string(),
  wordCount: z.number().int(),
});

export const TemplateSummary = z.object({
  id: z.enum(templateIds),
  name: z.string(),
  description: z.string(),
  sections: z.array(z.string()),
});

export const notesContract = {
  'notes.templates': {
    request: request({}),
    response: z.object({ templates: z.array(TemplateSummary), classifications: z.array(z.string()) }),
  },
  'notes.list': {
    request: request({
      query: z.string().max(500).default(''),
      trash: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    response: z.object({ notes: z.array(NoteSummary) }),
  },
  'notes.recent': {
    request: request({ limit: z.number().int().min(1).max(50).default(8) }),
    response: z.object({ notes: z.array(NoteSummary) }),
  },
  'notes.create': {
    request: request({
      templateId: z.enum(templateIds),
      title: z.string().max(500).optional(),
      /** The note's language (its metadata); English when absent. */
      language: z.enum(noteLanguages).optional(),
    }),
    response: StoredNote,
  },
  /** Opening records the time for "recent notes". */
  'notes.get': {
    request: request({ id, markOpened: z.boolean().default(false) }),
    response: StoredNote,
  },
  /**
   * Autosave and explicit save. `baseUpdatedAt` is the updatedAt the editor loaded: a save on
   * top of a newer one (another window) is refused with `conflict` rather than lost.
   * `snapshot: true` is an explicit save and always adds an entry to the note's history; an
   * autosave adds one when shared/note-history.ts `versionDue` says so (the library decides).
   */
  'notes.save': {
    request: request({
      id,
      metadata: NoteMetadata,
      content: NoteContent,
      baseUpdatedAt: z.string().nullable(),
      snapshot: z.boolean().default(false),
    }),
    response: z.object({ updatedAt: z.string(), version: z.number().int().nullable() }),
  },
  'notes.rename': {
    request: request({ id, title: z.string().trim().min(1).max(500) }),
    response: NoteSummary,
  },
  'notes.duplicate': {
    request: request({ id }),
    response: StoredNote,
  },
  'notes.trash': {
    request: request({ id }),
    response: NoteSummary,
  },
  'notes.restore': {
    request: request({ id }),
    response: NoteSummary,
  },
  'notes.history': {
    request: request({ id }),
    response: z.object({ versions: z.array(NoteVersionSummary) }),
  },
  /** Makes an earlier saved version current again (the current one is kept in history first). */
  'notes.restoreVersion': {
    request: request({ id, version: z.number().int().positive() }),
    response: StoredNote,
  },
} as const;
