import type { Database } from 'better-sqlite3';

export function countRows(db: Database): { sources: number; facts: number; notes: number } {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    sources: count('SELECT count(*) FROM sources'),
    facts: count('SELECT count(*) FROM facts'),
    // Notes in the trash are not counted: the user deleted them.
    notes: count('SELECT count(*) FROM notes WHERE deleted_at IS NULL'),
  };
}
