/**
 * The notes library: create from a template, open, save (with conflict refusal and
 * history), rename, duplicate, trash and restore, search by title, recent notes.
 *
 * History: when a save adds a version is shared/note-history.ts's `versionDue` (an explicit
 * save always; an autosave when the newest version is five minutes old or there is none), so a
 * day of autosaving still leaves restorable points without one version per keystroke pause.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { NoteSummary } from '../../../shared/contract/notes';
import { noteFormatVersion, NoteMetadata, type NoteContent, type NoteLanguage, type StoredNote, type TemplateId } from '../../../shared/note-format';
import { autosaveVersionEveryMs, versionDue } from '../../../shared/note-history';
import { searchKey } from '../../../shared/note-text';
import { buildTemplateContent, defaultMetadata } from '../../../shared/templates';
import { keyedError } from '../../../shared/errors';
import * as repo from '../db/repositories/notes';
import type { NoteBody, NoteRow, NoteVersionRow } from '../db/repositories/notes';
import { cleanNoteContent, cleanNoteMetadata, cleanNoteTitle } from './clean';
import { checkNoteContent, noteStats } from './content';
import { refuseNewerFormat, upgradeNote } from './upgrade';

export type Clock = () => Date;

export const autosaveSnapshotEvery = autosaveVersionEveryMs;

export function noteSummary(row: NoteRow): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    templateId: row.template_id as TemplateId,
    classification: row.classification,
    updatedAt: row.updated_at,
    openedAt: row.opened_at,
    deletedAt: row.deleted_at,
    wordCount: row.word_count,
    citationCount: row.citation_count,
  };
}

function bodyOf(metadata: NoteMetadata, content: NoteContent): NoteBody {
  const stats = noteStats(content);
  return {
    title: metadata.title,
    titleKey: searchKey(metadata.title),
    classification: metadata.classification,
    metadataJson: JSON.stringify(metadata),
    contentJson: JSON.stringify(content),
    formatVersion: noteFormatVersion,
    wordCount: stats.wordCount,
    citationCount: stats.citationCount,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function storedNoteOf(row: NoteRow): StoredNote {
  return upgradeNote({
    id: row.id,
    templateId: row.template_id,
    formatVersion: row.format_version,
    metadata: parseJson(row.metadata_json),
    content: parseJson(row.content_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/**
 * Stores a complete note as given (the starter store's sample note, imports). Its id must
 * be new; counts and the search key are computed here like for any save.
 */
export function insertNote(db: Database, note: StoredNote, openedAt: string | null = null): StoredNote {
  refuseNewerFormat(note.id, note.formatVersion);
  const content = cleanNoteContent(checkNoteContent(note.content));
  const metadata = cleanNoteMetadata(NoteMetadata.parse(note.metadata));
  // IMMEDIATE: the existence check and the insert hold the write lock together.
  db.transaction(() => {
    if (repo.noteExists(db, note.id)) throw keyedError('conflict', 'api.noteExists', { id: note.id });
    repo.insertNoteRow(db, {
      ...bodyOf(metadata, content),
      id: note.id,
      templateId: note.templateId,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
      openedAt,
    });
  }).immediate();
  return { ...note, metadata, content };
}

export class NotesLibrary {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /**
   * Timestamps double as the conflict token (`baseUpdatedAt`), so each write must move a
   * note's time forward even if the clock has not (two saves in one millisecond, clock steps).
   */
  private nextTime(after?: string): string {
    const now = this.clock().getTime();
    const floor = after === undefined ? Number.NEGATIVE_INFINITY : Date.parse(after) + 1;
    return new Date(Math.max(now, floor)).toISOString();
  }

  private row(id: string): NoteRow {
    const row = repo.findNoteRow(this.db, id);
    if (!row) throw keyedError('not_found', 'noteNotFound', { id });
    return row;
  }

  list(query: { query: string; trash: boolean; limit: number }): NoteSummary[] {
    return repo.listNoteRows(this.db, { trash: query.trash, titleKey: searchKey(query.query), limit: query.limit }).map(noteSummary);
  }

  recent(limit: number): NoteSummary[] {
    return repo.recentNoteRows(this.db, limit).map(noteSummary);
  }

  create(templateId: TemplateId, title?: string, language: NoteLanguage = 'en'): StoredNote {
    const now = this.nextTime();
    const given = title === undefined ? undefined : cleanNoteTitle(title);
    const metadata = given ? defaultMetadata(templateId, given) : defaultMetadata(templateId);
    const note: StoredNote = {
      id: randomUUID(),
      formatVersion: noteFormatVersion,
      templateId,
      metadata: { ...metadata, language },
      content: buildTemplateContent(templateId),
      createdAt: now,
      updatedAt: now,
    };
    return insertNote(this.db, note);
  }

  get(id: string, markOpened: boolean): StoredNote {
    const row = this.row(id);
    const note = storedNoteOf(row);
    // A read-only store still opens notes; only the "recently opened" order is not kept.
    if (markOpened && !this.db.readonly) this.db.transaction(() => repo.setNoteOpenedAt(this.db, id, this.nextTime())).immediate();
    return note;
  }

  save(request: {
    id: string;
    metadata: NoteMetadata;
    content: NoteContent;
    baseUpdatedAt: string | null;
    snapshot: boolean;
  }): { updatedAt: string; version: number | null } {
    const content = cleanNoteContent(checkNoteContent(request.content));
    const body = bodyOf(cleanNoteMetadata(request.metadata), content);
    // IMMEDIATE: take the write lock before reading updated_at, so the CLI or a second app
    // instance cannot slip a save in between the conflict check and the write.
    return this.db
      .transaction(() => {
        const row = this.row(request.id);
        refuseNewerFormat(row.id, row.format_version);
        if (request.baseUpdatedAt !== null && request.baseUpdatedAt !== row.updated_at) {
          throw keyedError('conflict', 'api.noteSavedElsewhere', { title: row.title, at: row.updated_at });
        }
        const updatedAt = this.nextTime(row.updated_at);
        repo.updateNoteBody(this.db, row.id, body, updatedAt);
        const newest = repo.latestVersionRow(this.db, row.id);
        const version = versionDue(request.snapshot, newest?.saved_at ?? null, updatedAt) ? repo.insertVersionRow(this.db, row.id, updatedAt, body) : null;
        return { updatedAt, version };
      })
      .immediate();
  }

  rename(id: string, given: string): NoteSummary {
    const title = cleanNoteTitle(given);
    if (title === '') throw keyedError('invalid_request', 'titleInvisible', {}, [{ path: 'title', message: 'no visible characters' }]);
    return this.db
      .transaction(() => {
        const row = this.row(id);
        repo.renameNoteRow(this.db, id, title, searchKey(title), this.nextTime(row.updated_at));
        return noteSummary(this.row(id));
      })
      .immediate();
  }

  duplicate(id: string): StoredNote {
    const original = storedNoteOf(this.row(id));
    const now = this.nextTime();
    const copy: StoredNote = {
      ...original,
      id: randomUUID(),
      // Cut by characters, not UTF-16 units, so an emoji at the limit is not split in half.
      metadata: { ...original.metadata, title: Array.from(`Copy of ${original.metadata.title}`).slice(0, 500).join('').slice(0, 500).replace(/[\uD800-\uDBFF]$/, '') },
      createdAt: now,
      updatedAt: now,
    };
    return insertNote(this.db, copy);
  }

  trash(id: string): NoteSummary {
    return this.setDeletedAt(id, this.nextTime());
  }

  restore(id: string): NoteSummary {
    return this.setDeletedAt(id, null);
  }

  private setDeletedAt(id: string, deletedAt: string | null): NoteSummary {
    return this.db
      .transaction(() => {
        this.row(id);
        repo.setNoteDeletedAt(this.db, id, deletedAt);
        return noteSummary(this.row(id));
      })
      .immediate();
  }

  history(id: string): { version: number; savedAt: string; title: string; wordCount: number }[] {
    this.row(id);
    return repo.listVersionRows(this.db, id).map((v) => ({ version: v.version, savedAt: v.saved_at, title: v.title, wordCount: v.word_count }));
  }

  /** The current note goes into history first (unless it is already its newest version). */
  restoreVersion(id: string, version: number): StoredNote {
    return this.db
      .transaction(() => {
        const row = this.row(id);
        refuseNewerFormat(row.id, row.format_version);
        const old = repo.findVersionRow(this.db, id, version);
        if (!old) throw keyedError('not_found', 'api.noteVersionMissing', { id, version });
        const restored = versionAsNote(row, old);
        const now = this.nextTime(row.updated_at);
        if (!sameAsLatestVersion(this.db, row)) {
          repo.insertVersionRow(this.db, id, now, {
            title: row.title,
            metadataJson: row.metadata_json,
            contentJson: row.content_json,
            formatVersion: row.format_version,
            wordCount: row.word_count,
          });
        }
        repo.updateNoteBody(this.db, id, bodyOf(restored.metadata, restored.content), now);
        return storedNoteOf(this.row(id));
      })
      .immediate();
  }
}

function versionAsNote(row: NoteRow, version: NoteVersionRow): StoredNote {
  return upgradeNote({
    id: row.id,
    templateId: row.template_id,
    formatVersion: version.format_version,
    metadata: parseJson(version.metadata_json),
    content: parseJson(version.content_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function sameAsLatestVersion(db: Database, row: NoteRow): boolean {
  const latest = repo.latestVersionRow(db, row.id);
  return latest !== undefined && latest.metadata_json === row.metadata_json && latest.content_json === row.content_json;
}
