/** SQL for sources: stored texts and their metadata. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  authors: string;
  published: string | null;
  url: string | null;
  accessed: string | null;
  language: string | null;
  reliability: string;
  sha256: string;
  importedAt: string;
  textLength: number;
  factCount: number;
}

const summaryColumns = `
  s.id, s.title, s.publisher, s.authors, s.published, s.url, s.accessed, s.language, s.reliability,
  s.sha256, s.imported_at AS importedAt, s.text_length AS textLength,
  (SELECT count(DISTINCT e.fact_id) FROM evidence e WHERE e.source_id = s.id) AS factCount`;

export interface NewSourceRow {
  id: string;
  title: string;
  publisher: string | null;
  authors: string;
  published: string | null;
  url: string | null;
  accessed: string | null;
  language: string | null;
  reliability: string;
  text: string;
  textLength: number;
  sha256: string;
  importedAt: string;
}

export function insertSource(db: Database, row: NewSourceRow): void {
  prepared(db, 
    `INSERT INTO sources (id, title, publisher, authors, published, url, accessed, language, reliability, text, text_length, sha256, imported_at)
     VALUES (@id, @title, @publisher, @authors, @published, @url, @accessed, @language, @reliability, @text, @textLength, @sha256, @importedAt)`,
  ).run(row);
}

export function sourceExists(db: Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM sources WHERE id = ?').pluck().get(id) !== undefined;
}

export function listSourceRows(db: Database): SourceRow[] {
  return prepared(db, `SELECT ${summaryColumns} FROM sources s ORDER BY s.published DESC NULLS LAST, s.title, s.id`).all() as SourceRow[];
}

export function getSourceRow(db: Database, id: string): (SourceRow & { text: string }) | undefined {
  return prepared(db, `SELECT ${summaryColumns}, s.text FROM sources s WHERE s.id = ?`).get(id) as (SourceRow & { text: string }) | undefined;
}

export function getSourceText(db: Database, id: string): string | undefined {
  return prepared(db, 'SELECT text FROM sources WHERE id = ?').pluck().get(id) as string | undefined;
}

export function getSourceTitle(db: Database, id: string): string | undefined {
  return prepared(db, 'SELECT title FROM sources WHERE id = ?').pluck().get(id) as string | undefined;
}
