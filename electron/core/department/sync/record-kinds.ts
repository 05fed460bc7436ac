/**
 * How each kind of record in the outbox reaches the department (issue 16). A kind is the
 * department table it goes to; adding one (fact aliases, fact translations when their desktop
 * tables exist) is one entry here plus one applier in core/facts/fact-replica.ts, nothing else:
 * the outbox, the cursor and the pull are generic.
 *
 * Every push is idempotent: the record carries the id minted on the desktop, and a record the
 * department already holds under that id is not written again (ON CONFLICT DO NOTHING), so a
 * retry after a crash or a lost reply never duplicates anything.
 */
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { getSourceRow } from '../../db/repositories/sources';

export interface RecordKind {
  /** The columns a pushed row may set (the server sets seq, recorded_by, recorded_at, desktop and the "by" column). */
  columns: readonly string[];
  /**
   * The column numbering the record within its fact (version, quote number). Another desktop's
   * record may have taken the number while this one was offline: the record then takes the
   * next free number (the desktop moves its copy when it pulls it back); its `based_on` stays
   * as written, which is how a diverged fact is recognised.
   */
  numbered?: 'version' | 'n';
  /** Work before the insert (a quote's source text moves first, once, by sha256); may rewrite the row. */
  before?: (client: pg.ClientBase, db: Database, row: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/** A quote's source, sent only when the department lacks its text; returns the department's id for it. */
async function ensureSource(client: pg.ClientBase, db: Database, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const source = getSourceRow(db, String(row.source_id));
  if (!source) throw new Error(`The quote's source ${String(row.source_id)} is not in this store.`);
  const known = await client.query<{ id: string }>('SELECT id FROM briefing.sources WHERE sha256 = $1', [source.sha256]);
  if (known.rows[0]) return { ...row, source_id: known.rows[0].id };
  await client.query(
    `INSERT INTO briefing.sources (id, title, original_title, publisher, authors, published, url, accessed, language, reliability, text, text_length, sha256, imported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING`,
    [source.id, source.title, source.originalTitle ?? null, source.publisher, source.authors, source.published, source.url, source.accessed, source.language, source.reliability,
      source.text, source.text.length, source.sha256, source.importedAt],
  );
  const stored = await client.query<{ id: string }>('SELECT id FROM briefing.sources WHERE sha256 = $1', [source.sha256]);
  if (!stored.rows[0]) throw new Error(`The department holds another text under source id ${source.id}.`);
  return { ...row, source_id: stored.rows[0].id };
}

export const recordKinds: Record<string, RecordKind> = {
  facts: { columns: ['id', 'created_at'] },
  fact_versions: {
    columns: ['id', 'fact_id', 'version', 'based_on', 'statement', 'metric', 'subject', 'value_low', 'value_high', 'unit', 'qualifier', 'period',
      'claimant', 'topics', 'notes', 'language', 'translations', 'reason', 'created_at', 'created_by'],
    numbered: 'version',
  },
  evidence: {
    columns: ['id', 'fact_id', 'n', 'source_id', 'exact', 'prefix', 'suffix', 'start_offset', 'end_offset', 'added_at', 'added_by'],
    numbered: 'n',
    before: ensureSource,
  },
  fact_status_changes: { columns: ['id', 'fact_id', 'status', 'changed_by', 'changed_at', 'reason'] },
  // A source's corrected detail (department migration 0050); the source's text moves first if the department lacks it.
  source_metadata_changes: { columns: ['id', 'source_id', 'field', 'old_value', 'new_value', 'changed_by', 'changed_at'], before: ensureSource },
};

function kindNamed(kindName: string): RecordKind {
  const kind = recordKinds[kindName];
  if (!kind) throw new Error(`This Briefing Studio cannot push records of kind "${kindName}".`);
  return kind;
}

/**
 * Which of these records (outbox kind and the row's id) the department already holds: one query
 * per kind for a whole page rather than one per record. A fact's identity is not looked up: its
 * insert is idempotent by itself (ON CONFLICT), and a version or quote is what matters.
 */
export async function recordsAlreadyThere(client: pg.ClientBase, records: readonly { kind: string; id: unknown }[]): Promise<Set<string>> {
  const byKind = new Map<string, string[]>();
  for (const r of records) {
    kindNamed(r.kind);
    if (r.kind !== 'facts') byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), String(r.id)]);
  }
  const there = new Set<string>();
  for (const [kindName, ids] of byKind) {
    // Table names come from the list above, never from the stored row.
    const { rows } = await client.query<{ id: string }>(`SELECT id::text AS id FROM briefing.${kindName} WHERE id = ANY($1)`, [ids]);
    for (const row of rows) there.add(row.id);
  }
  return there;
}

/**
 * Writes one outbox record to the department, inside the caller's transaction; false when it was
 * already there. `alreadyThere`: the answer of recordsAlreadyThere for this record, when the
 * caller asked for its whole page; otherwise it is asked here.
 */
export async function pushRecord(client: pg.ClientBase, db: Database, kindName: string, stored: Record<string, unknown>, alreadyThere?: boolean): Promise<boolean> {
  const kind = kindNamed(kindName);
  // Table and column names come from the list above, never from the stored row.
  const table = `briefing.${kindName}`;
  if (alreadyThere) return false;
  if (kindName !== 'facts' && alreadyThere === undefined) {
    const known = await client.query(`SELECT 1 FROM ${table} WHERE id = $1`, [stored.id]);
    if (known.rowCount) return false;
  }
  let row = kind.before ? await kind.before(client, db, stored) : stored;
  if (kind.numbered) {
    const n = kind.numbered;
    const taken = await client.query<{ next: number; taken: boolean }>(
      `SELECT coalesce(max(${n}), 0) + 1 AS next, bool_or(${n} = $2) AS taken FROM ${table} WHERE fact_id = $1`,
      [row.fact_id, row[n]],
    );
    if (taken.rows[0]?.taken) row = { ...row, [n]: taken.rows[0].next };
  }
  const values = kind.columns.map((c) => row[c] ?? null);
  const result = await client.query(
    `INSERT INTO ${table} (${kind.columns.join(', ')}) VALUES (${kind.columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING`,
    values,
  );
  return (result.rowCount ?? 0) > 0;
}
