/** SQL for the words a user added to the spelling dictionary (migration 0060). */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export function listSpellingWords(db: Database, language: string): string[] {
  return prepared(db, 'SELECT word FROM spelling_words WHERE language = ? ORDER BY word').pluck().all(language) as string[];
}

export function insertSpellingWord(db: Database, row: { language: string; word: string; addedBy: string; addedAt: string }): void {
  prepared(db, 'INSERT OR IGNORE INTO spelling_words (language, word, added_by, added_at) VALUES (@language, @word, @addedBy, @addedAt)').run(row);
}
