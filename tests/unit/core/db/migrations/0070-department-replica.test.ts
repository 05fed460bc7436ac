import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { storeFiles } from './store-file';
import { schemaVersionOf } from '../../../../../electron/core/db/migrations/index';

const tempFile = storeFiles('briefing-0070-');

const insertVersion = (changeId: string | null, version: number) =>
  `INSERT INTO fact_versions (fact_id, version, statement, reason, created_at, created_by, change_id) VALUES ('f1', ${version}, 'GDP grew.', 'r', 't', 'me', ${changeId ? `'${changeId}'` : 'NULL'})`;

describe('migration 0070 (department replica)', () => {
  it('upgrades a 0040 store: its facts are local only, nothing waits in the outbox', () => {
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 40 });
    old.prepare("INSERT INTO facts (id, current_version, status, created_at, updated_at) VALUES ('f1', 1, 'unverified', 't', 't')").run();
    old.close();
    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(70);
    expect(db.prepare("SELECT origin FROM facts WHERE id = 'f1'").pluck().get()).toBe('local');
    expect(db.prepare('SELECT count(*) FROM department_outbox').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses to keep a department URL with a password in it', () => {
    const db = openDatabase(tempFile());
    const link = db.prepare("INSERT INTO department_link (id, url, desktop_id, role, joined_at) VALUES (1, ?, 'd', 'r', 't')");
    expect(() => link.run('postgres://carl:hunter22@db.example:5432/dept')).toThrow(/CHECK constraint/);
    link.run('postgres://carl@db.example:5432/dept');
    db.close();
  });

  it('lets only the number of a version with a department id move; its content and older versions stay immutable', () => {
    const db = openDatabase(tempFile());
    db.prepare("INSERT INTO facts (id, current_version, status, created_at, updated_at) VALUES ('f1', 1, 'unverified', 't', 't')").run();
    db.prepare(insertVersion(null, 1)).run();
    db.prepare(insertVersion('0190a1b2-0000-7000-8000-000000000001', 2)).run();
    db.prepare("UPDATE fact_versions SET version = 3 WHERE fact_id = 'f1' AND version = 2").run();
    expect(db.prepare("SELECT version FROM fact_versions WHERE change_id IS NOT NULL").pluck().get()).toBe(3);
    expect(() => db.prepare("UPDATE fact_versions SET statement = 'rewritten' WHERE fact_id = 'f1' AND version = 3").run()).toThrow(/immutable/);
    expect(() => db.prepare("UPDATE fact_versions SET version = 5 WHERE fact_id = 'f1' AND version = 1").run()).toThrow(/immutable/);
    db.close();
  });
});
