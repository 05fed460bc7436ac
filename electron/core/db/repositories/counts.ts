import type { Database } from 'better-sqlite3';

export function countRows(db: Database): { sources: number; facts: number; notes: number } {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    sources: count('SELECT count(*) FROM sources'),
    facts: count('SELECT count(*) FROM facts'),
    notes: count('SELECT count(*) FROM notes'),
  };
}
