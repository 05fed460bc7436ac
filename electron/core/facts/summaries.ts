/** Builds the contract's fact shapes from repository rows. */
import type { Database } from 'better-sqlite3';
import type { FactFields, FactStatus, FactSummary, FactVersion } from '../../../shared/model';
import type { VersionRow } from '../db/repositories/facts';
import { sourcesOfFacts } from '../db/repositories/evidence';
import { summaryRows, type SummaryRow } from '../db/repositories/fact-summaries';

export function factSummaries(db: Database, ids: readonly string[]): FactSummary[] {
  if (ids.length === 0) return [];
  const sources = sourcesByFact(db, ids);
  return summaryRows(db, ids).map((row) => toSummary(row, sources.get(row.id) ?? []));
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

export function toSummary(row: SummaryRow, sources: FactSummary['sources']): FactSummary {
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
    inConflict: row.inConflict === 1,
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
