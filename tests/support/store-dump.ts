/** A fingerprint of everything a store holds about facts and sources, to prove "nothing was written". */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

const tables: Record<string, string> = {
  sources: 'id',
  source_originals: 'source_id',
  facts: 'id',
  fact_versions: 'fact_id, version',
  fact_status_changes: 'seq',
  fact_topics: 'fact_id, topic',
  evidence: 'fact_id, n',
  conflict_preferences: 'metric, subject, period',
  settings: 'key',
  pack_imports: 'id',
  pack_changes: 'id',
};

export function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(Object.keys(tables).map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}

export function storeFingerprint(db: Database): string {
  const hash = createHash('sha256');
  for (const [table, key] of Object.entries(tables)) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).raw().all()) {
      hash.update(`${table}\t${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}
