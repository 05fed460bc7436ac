import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { storeFiles } from './store-file';

const tempFile = storeFiles('briefing-0085-');

const change = (field: string) =>
  `INSERT INTO source_metadata_changes (source_id, field, old_value, new_value, changed_by, changed_at) VALUES ('s1', '${field}', 'null', '"x"', 'An', 'x')`;

describe('migration 0085 (original title changes)', () => {
  it('keeps every recorded change, accepts an original title, and still refuses other fields, updates and deletes', () => {
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 80 });
    old.exec(`
      INSERT INTO sources (id, title, authors, reliability, text, text_length, sha256, imported_at)
        VALUES ('s1', 'Old source', '[]', 'press', 'Some text.', 10, 'abc', '2026-01-01T00:00:00.000Z');
      ${change('publisher')};
    `);
    expect(() => old.exec(change('originalTitle'))).toThrow(/CHECK/);
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT id, field, changed_by AS by FROM source_metadata_changes').all()).toEqual([{ id: 1, field: 'publisher', by: 'An' }]);
    db.exec(change('originalTitle'));
    expect(() => db.exec(change('text'))).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE source_metadata_changes SET changed_by = 'B'")).toThrow(/never changes/);
    expect(() => db.exec('DELETE FROM source_metadata_changes')).toThrow(/is kept/);
    expect(db.prepare('SELECT count(*) FROM source_metadata_changes').pluck().get()).toBe(2);
    db.close();
  });
});
