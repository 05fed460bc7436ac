/**
 * SQL that reads facts as the fact panel sees them: the current (or a chosen) version plus
 * the flags the engine computes. Corroboration and conflict are decided here, in SQL, from
 * the evidence and the facts' claims, never from hand-set flags.
 */
import type { Database } from 'better-sqlite3';
import type { ClaimFact } from '../../../../shared/conflict-state';
import type { FactFieldColumns } from './facts';
import { prepared } from './prepared';

export interface SummaryRow extends FactFieldColumns {
  id: string;
  version: number;
  status: string;
  verifiedBy: string | null;
  verifiedAt: string | null;
  updatedAt: string;
  origin: 'local' | 'shared' | 'department';
  corroborated: number;
  inConflict: number;
  quote: string | null;
}

/** Two or more distinct sources support the fact. */
export const corroboratedSql = `(SELECT count(DISTINCT e.source_id) FROM evidence e WHERE e.fact_id = f.id) >= 2`;

/**
 * Another live fact makes the same claim (metric, subject, period, all known) with a
 * different value. A single value v equals the range v–v. Different periods never conflict.
 */
export const inConflictSql = `(
  f.status <> 'retracted' AND f.metric IS NOT NULL AND f.subject IS NOT NULL AND f.period IS NOT NULL
  AND f.value_low IS NOT NULL AND EXISTS (
    SELECT 1 FROM facts o
    WHERE o.metric = f.metric AND o.subject = f.subject AND o.period = f.period
      AND o.id <> f.id AND o.status <> 'retracted' AND o.value_low IS NOT NULL
      AND (o.value_low <> f.value_low OR coalesce(o.value_high, o.value_low) <> coalesce(f.value_high, f.value_low))))`;

const summaryColumns = `
  f.id, v.version, f.status, f.verified_by AS verifiedBy, f.verified_at AS verifiedAt, f.updated_at AS updatedAt, f.origin,
  v.statement, v.metric, v.subject, v.value_low AS valueLow, v.value_high AS valueHigh, v.unit, v.qualifier,
  v.period, v.claimant, v.topics, v.notes, v.language, v.translations,
  ${corroboratedSql} AS corroborated,
  ${inConflictSql} AS inConflict,
  (SELECT e.exact FROM evidence e WHERE e.fact_id = f.id ORDER BY e.n LIMIT 1) AS quote`;

/** Exported for the query-plan test: the conflict check must use facts_by_claim. */
export const summariesByIdSql = `SELECT ${summaryColumns}
  FROM json_each(?) j
  JOIN facts f ON f.id = j.value
  JOIN fact_versions v ON v.fact_id = f.id AND v.version = f.current_version
  ORDER BY j.key`;

/** Current versions of `ids`, in the order given; unknown ids are skipped. */
export function summaryRows(db: Database, ids: readonly string[]): SummaryRow[] {
  return prepared(db, summariesByIdSql).all(JSON.stringify(ids)) as SummaryRow[];
}

/** One fact as of `version` (its status and flags are today's). */
export function summaryRowAt(db: Database, id: string, version: number): SummaryRow | undefined {
  return prepared(db, 
      `SELECT ${summaryColumns}
       FROM facts f JOIN fact_versions v ON v.fact_id = f.id AND v.version = ?
       WHERE f.id = ?`,
    )
    .get(version, id) as SummaryRow | undefined;
}

export interface ConflictKey {
  metric: string;
  subject: string;
  period: string;
}

/** Claims (metric, subject, period) that live facts give two or more different values for. */
export function conflictKeys(db: Database): ConflictKey[] {
  return prepared(db, 
      `SELECT metric, subject, period FROM facts
       WHERE metric IS NOT NULL AND subject IS NOT NULL AND period IS NOT NULL AND value_low IS NOT NULL
         AND status <> 'retracted'
       GROUP BY metric, subject, period
       HAVING count(DISTINCT value_low || '~' || coalesce(value_high, value_low)) > 1
       ORDER BY metric, subject, period`,
    )
    .all() as ConflictKey[];
}

export function factIdsMakingClaim(db: Database, key: ConflictKey): string[] {
  return claimFacts(db, key).map((f) => f.id);
}

/** The claim a fact makes, when it names all of metric, subject and period. */
export function claimOf(db: Database, factId: string): ConflictKey | undefined {
  return prepared(
    db,
    `SELECT metric, subject, period FROM facts WHERE id = ? AND metric IS NOT NULL AND subject IS NOT NULL AND period IS NOT NULL`,
  ).get(factId) as ConflictKey | undefined;
}

/** The live facts giving a value for a claim, with what the conflict rule reads of them. */
export function claimFacts(db: Database, key: ConflictKey): ClaimFact[] {
  return prepared(
    db,
    `SELECT id, status, value_low AS valueLow, value_high AS valueHigh FROM facts
     WHERE metric = @metric AND subject = @subject AND period = @period
       AND value_low IS NOT NULL AND status <> 'retracted'
     ORDER BY value_low, value_high, id`,
  ).all(key) as ClaimFact[];
}

/** Live facts with quotes from two or more distinct sources, most recently updated first. */
export function corroboratedFactIds(db: Database, limit: number): string[] {
  return prepared(db, 
      `SELECT f.id FROM facts f
       WHERE f.status <> 'retracted'
         AND (SELECT count(DISTINCT e.source_id) FROM evidence e WHERE e.fact_id = f.id) >= 2
       ORDER BY f.updated_at DESC, f.num DESC
       LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}
