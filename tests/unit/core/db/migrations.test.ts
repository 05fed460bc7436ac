import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { latestSchemaVersion, schemaVersionOf } from '../../../../electron/core/db/migrations/index';
import { countRows } from '../../../../electron/core/db/repositories/counts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-migrations-'));
  dirs.push(dir);
  return join(dir, 'briefing.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migration 0010 (initial)', () => {
  it('creates the fact store on a new file, durable settings on', () => {
    const file = tempFile();
    const db = openDatabase(file, { targetVersion: 10 });
    expect(schemaVersionOf(db)).toBe(10);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['sources', 'facts', 'fact_versions', 'fact_status_changes', 'fact_topics', 'evidence', 'fact_search', 'notes']));
    expect(db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(0);
    db.close();
  });

  it('is applied once: reopening keeps the data and the version', () => {
    const file = tempFile();
    // 0010's placeholder notes table; later migrations (0020) must carry its rows forward.
    const db = openDatabase(file, { targetVersion: 10 });
    db.prepare("INSERT INTO notes (id, title) VALUES ('n1', 'A note')").run();
    db.close();
    const again = openDatabase(file);
    expect(schemaVersionOf(again)).toBe(latestSchemaVersion);
    expect(countRows(again)).toEqual({ sources: 0, facts: 0, notes: 1 });
    again.close();
    const third = openDatabase(file);
    expect(schemaVersionOf(third)).toBe(latestSchemaVersion);
    expect(countRows(third).notes).toBe(1);
    third.close();
  });

  it('refuses a database written by a newer version and leaves the file unchanged', () => {
    const file = tempFile();
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${latestSchemaVersion + 10}`);
    raw.close();
    const before = sha(file);
    // Said with a code of its own (store_newer), in the words of NewerDatabaseError.
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'store_newer', message: expect.stringMatching(/newer version of Briefing Studio/) }));
    expect(sha(file)).toBe(before);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 10);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('rolls every migration back if one fails', () => {
    const file = tempFile();
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT'); // makes 0010 fail half-way
    raw.close();
    expect(() => openDatabase(file)).toThrow(/already exists/);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sources'").pluck().get()).toBe(0);
    check.close();
  });
});
