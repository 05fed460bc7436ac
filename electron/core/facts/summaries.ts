/** Builds the contract's fact shapes from repository rows. */
import type { Database } from 'better-sqlite3';
import type { ConflictResolution, FactFields, FactStatus, FactSummary, FactVersion } from '../../../shared/model';
import type { VersionRow } from '../db/repositories/facts';
import { sourcesOfFacts } from '../db/repositories/evidence';
import { conflictClosedBy } from '../../../shared/conflict-state';
import { conflictChoice } from '../db/repositories/conflict-preferences';
import { claimFacts, claimOf, summaryRows, type ConflictKey, type SummaryRow } from '../db/repositories/fact-summaries';

export function factSummaries(db: Database, ids: readonly string[]): FactSummary[] {
  if (ids.length === 0) return [];
  const sources = sourcesByFact(db, ids);
  return summaryRows(db, ids).map((row) => toSummary(row, sources.get(row.id) ?? [], conflictStanding(db, row)));
}

export interface ConflictStanding {
  inConflict: boolean;
  conflictResolution: ConflictResolution | null;
}

/** The choice that closes a claim's disagreement now, or null while it is open (shared/conflict-state.ts). */
export function claimResolution(db: Database, key: ConflictKey): ConflictResolution | null {
  const choice = conflictChoice(db, key) ?? null;
  return conflictClosedBy(claimFacts(db, key), choice) ? choice : null;
}

/** SQL finds the disagreement; the shared rule says whether a curator's choice closed it. */
export function conflictStanding(db: Database, row: Pick<SummaryRow, 'id' | 'inConflict'>): ConflictStanding {
  if (row.inConflict !== 1) return { inConflict: false, conflictResolution: null };
  const key = claimOf(db, row.id);
  const resolution = key ? claimResolution(db, key) : null;
  return { inConflict: resolution === null, conflictResolution: resolution };
}

export function sourcesByFact(db: Database, ids: readonly string[]): Map<string, FactSummary['sources']> {
  const sources = new Map<string, FactSummary['sources']>();
  for (const s of sourcesOfFacts(db, ids)) {
    const list = sources.get(s.factId) ?? [];
    list.push({ id: s.id, title: s.title, publisher: s.publisher, published: s.published });
    sources.set(s.factId, list);
  }
  return sources;
}

export function toSummary(row: SummaryRow, sources: FactSummary['sources'], conflict: ConflictStanding): FactSummary {
  return {
    id: row.id,
    version: row.version,
    status: row.status as FactStatus,
    verifiedBy: row.verifiedBy,
    verifiedAt: row.verifiedAt,
    updatedAt: row.updatedAt,
    origin: row.origin,
    ...fieldsOf(row),
    corroborated: row.corroborated === 1,
    ...conflict,
    sources,
    quote: row.quote,
  };
}

export function toVersion(row: VersionRow): FactVersion {
  return { factId: row.factId, version: row.version, ...fieldsOf(row), reason: row.reason, createdAt: row.createdAt, createdBy: row.createdBy };
}

type FieldRow = Pick<
  VersionRow,
    'statement' | 'metric' | 'subject' | 'valueLow' | 'valueHigh' | 'unit' | 'qualifier' | 'period' | 'claimant' | 'topics' | 'notes' | 'language' | 'translations'
>;

/** A stored version's fact fields (without its languages), as a revision supplies them. */
export function fieldsOfVersion(row: VersionRow): FactFields {
  const { statement, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes } = fieldsOf(row);
  return { statement, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes };
}

function fieldsOf(row: FieldRow) {
  return {
    statement: row.statement,
    metric: row.metric,
    subject: row.subject,
    valueLow: row.valueLow,
    valueHigh: row.valueHigh,
    unit: row.unit,
    qualifier: row.qualifier as FactSummary['qualifier'],
    period: row.period,
    claimant: row.claimant,
    topics: JSON.parse(row.topics) as string[],
    notes: row.notes,
    language: row.language,
    translations: JSON.parse(row.translations) as Record<string, string>,
  };
}
