/** SQL for the abbreviations search expands (migration 0050). Written only by facts/aliases.ts. */
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared';

export interface AliasRow {
  id: number;
  abbreviation: string;
  expansion: string;
  language: 'en' | 'vi' | null;
  origin: 'standard' | 'curator' | 'source';
  sourceId: string | null;
  addedBy: string;
  addedAt: string;
}

export interface NewAliasRow extends Omit<AliasRow, 'id'> {
  abbreviationKey: string;
  expansionKey: string;
}

/** The row's id, or null when the store already has this abbreviation with this expansion. */
export function insertAlias(db: Database, row: NewAliasRow): number | null {
  const result = prepared(
    db,
    `INSERT OR IGNORE INTO search_aliases (abbreviation, expansion, abbreviation_key, expansion_key, language, origin, source_id, added_by, added_at)
     VALUES (@abbreviation, @expansion, @abbreviationKey, @expansionKey, @language, @origin, @sourceId, @addedBy, @addedAt)`,
  ).run(row);
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

const columns = `id, abbreviation, expansion, language, origin, source_id AS sourceId, added_by AS addedBy, added_at AS addedAt`;

export function listAliasRows(db: Database): AliasRow[] {
  return prepared(db, `SELECT ${columns} FROM search_aliases ORDER BY abbreviation_key, origin, id`).all() as AliasRow[];
}

export function aliasRow(db: Database, id: number): AliasRow | undefined {
  return prepared(db, `SELECT ${columns} FROM search_aliases WHERE id = ?`).get(id) as AliasRow | undefined;
}

/** The rows whose abbreviation or expansion has one of `keys`: [key found, the other side's key, which side was found]. */
export function aliasPairsFor(db: Database, keys: readonly string[]): [string, string, 'abbreviation' | 'expansion'][] {
  if (keys.length === 0) return [];
  return prepared(
    db,
    `SELECT a.abbreviation_key, a.expansion_key, 'abbreviation' FROM json_each(@keys) k JOIN search_aliases a ON a.abbreviation_key = k.value
     UNION
     SELECT a.expansion_key, a.abbreviation_key, 'expansion' FROM json_each(@keys) k JOIN search_aliases a ON a.expansion_key = k.value`,
  )
    .raw()
    .all({ keys: JSON.stringify(keys) }) as [string, string, 'abbreviation' | 'expansion'][];
}
