import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { storeFiles } from './store-file';
import { schemaVersionOf } from '../../../../../electron/core/db/migrations/index';
import { findSourceIdBySha256, getSourceFile } from '../../../../../electron/core/db/repositories/sources';

const tempFile = storeFiles('briefing-0030-');

describe('migration 0030 (settings and curation)', () => {
  it('upgrades a 0020 store: its sources keep their text and get no file name, the new tables start empty', () => {
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 20 });
    old.prepare(
      `INSERT INTO sources (id, title, authors, reliability, text, text_length, sha256, imported_at)
       VALUES ('s1', 'Old source', '[]', 'press', 'Some text.', 10, 'abc', '2026-01-01T00:00:00.000Z')`,
    ).run();
    old.close();
    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(30);
    expect(getSourceFile(db, 's1')).toEqual({ fileName: null, format: null });
    expect(db.prepare("SELECT text FROM sources WHERE id = 's1'").pluck().get()).toBe('Some text.');
    for (const table of ['settings', 'source_originals', 'conflict_preferences']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(findSourceIdBySha256(db, 'abc')).toBe('s1');
    db.close();
  });

  it('finds a stored text by its sha256 through the index, and never rewrites an original file', () => {
    const db = openDatabase(tempFile());
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT id, title FROM sources WHERE sha256 = ? ORDER BY imported_at, id LIMIT 1").all('x') as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX sources_by_sha256/);
    db.prepare(
      `INSERT INTO sources (id, title, authors, reliability, text, text_length, sha256, imported_at, format)
       VALUES ('s1', 'T', '[]', 'press', 'x', 1, 'h', 'now', 'pdf')`,
    ).run();
    db.prepare("INSERT INTO source_originals (source_id, media_type, bytes, sha256) VALUES ('s1', 'application/pdf', x'00ff', 'h')").run();
    expect(() => db.prepare("UPDATE source_originals SET bytes = x'00' WHERE source_id = 's1'").run()).toThrow(/kept as imported/);
    expect(() => db.prepare("UPDATE sources SET format = 'exe' WHERE id = 's1'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO source_originals (source_id, media_type, bytes, sha256) VALUES ('nowhere', 'x', x'00', 'h')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
