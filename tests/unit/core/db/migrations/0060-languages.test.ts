import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { storeFiles } from './store-file';

const tempFile = storeFiles('briefing-0060-');

describe('migration 0060 (languages)', () => {
  it('reads every fact written before it as English with no translations, and keeps versions immutable', () => {
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 40 });
    old.exec(`
      INSERT INTO sources (id, title, authors, reliability, text, text_length, sha256, imported_at)
        VALUES ('s1', 'Old source', '[]', 'press', 'Some text.', 10, 'abc', '2026-01-01T00:00:00.000Z');
      INSERT INTO facts (id, current_version, status, created_at, updated_at) VALUES ('f1', 1, 'unverified', 'x', 'x');
      INSERT INTO fact_versions (fact_id, version, statement, reason, created_at, created_by) VALUES ('f1', 1, 'FDI rose.', 'created', 'x', 'a');
    `);
    old.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT language, translations FROM fact_versions WHERE fact_id = 'f1'").get()).toEqual({ language: 'en', translations: '{}' });
    expect(db.prepare("SELECT original_title FROM sources WHERE id = 's1'").pluck().get()).toBeNull();
    expect(() => db.prepare(`UPDATE fact_versions SET translations = '{"vi":"x"}' WHERE fact_id = 'f1'`).run()).toThrow(/immutable/);
    expect(() =>
      db.prepare(`INSERT INTO fact_versions (fact_id, version, statement, reason, created_at, created_by, translations) VALUES ('f1', 2, 's', 'r', 'x', 'a', '[1]')`).run(),
    ).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM spelling_words').pluck().get()).toBe(0);
    db.close();
  });
});
