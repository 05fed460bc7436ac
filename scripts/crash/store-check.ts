/**
 * What the store holds after a kill, read while the host is stopped: SQLite's own integrity
 * checks, the fact versions the harness saw committed, pack facts whole, the note's text.
 * Opened read-only through SQLite (never by copying files: sqlite.org "How To Corrupt").
 */
import Database from 'better-sqlite3';
import { noteText } from '../../shared/note-text';
import type { NoteContent } from '../../shared/note-format';

export interface CommittedVersion {
  factId: string;
  version: number;
  notes: string;
}

/**
 * A pack import the harness fired: committed if it answered 200; otherwise each of its facts is
 * there whole or not at all (a large pack is merged in slices, each fact whole in one of them;
 * importing it again finishes it).
 */
export interface PackImportAttempt {
  factIds: string[];
  versionCounts: number[];
  committed: boolean;
}

export interface StoreFindings {
  integrity: string[];
  foreignKeyViolations: number;
  missingVersions: CommittedVersion[];
  tornPacks: string[];
  missingPackFacts: string[];
  noteText: string | null;
}

export function checkStore(file: string, options: { noteId: string | null; versions: CommittedVersion[]; packs: PackImportAttempt[] }): StoreFindings {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    const versionRow = db.prepare<[string, number], { notes: string }>('SELECT notes FROM fact_versions WHERE fact_id = ? AND version = ?');
    const missingVersions = options.versions.filter((v) => versionRow.get(v.factId, v.version)?.notes !== v.notes);
    const versionCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM fact_versions WHERE fact_id = ?');
    const tornPacks: string[] = [];
    const missingPackFacts: string[] = [];
    for (const pack of options.packs) {
      const counts = pack.factIds.map((id) => versionCount.get(id)!.n);
      if (pack.committed) missingPackFacts.push(...pack.factIds.filter((_, i) => counts[i] !== pack.versionCounts[i]));
      else {
        const torn = pack.factIds.filter((_, i) => counts[i] !== 0 && counts[i] !== pack.versionCounts[i]);
        if (torn.length > 0) tornPacks.push(torn.join(', '));
      }
    }
    let text: string | null = null;
    if (options.noteId) {
      const row = db.prepare<[string], { content_json: string }>('SELECT content_json FROM notes WHERE id = ?').get(options.noteId);
      text = row ? noteText(JSON.parse(row.content_json) as NoteContent) : null;
    }
    return { integrity, foreignKeyViolations, missingVersions, tornPacks, missingPackFacts, noteText: text };
  } finally {
    db.close();
  }
}
