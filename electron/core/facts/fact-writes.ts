/**
 * The one writer of the fact tables: facts, fact_versions, evidence, fact_status_changes,
 * fact_topics, the fact_search index, conflict_preferences, pack_imports and pack_changes.
 * Only the facts service (fact-store.ts) calls these; the copied columns on `facts`, the topics
 * and the search index are kept in step here and nowhere else.
 * tests/unit/architecture/one-writer.test.ts fails if any other file writes these tables.
 *
 * Every record says who wrote it, when, and from where (`Provenance`), as data: a version
 * typed here, one imported from a fact pack (with the name the pack claims) and, later, one
 * pulled from a department store are written by the same functions.
 */
import type { Database } from 'better-sqlite3';
import type { FactFields, FactVersion, QuoteSelector } from '../../../shared/model';
import { savePreference, type ConflictPreference } from '../db/repositories/conflict-preferences';
import { insertOutbox } from '../db/repositories/department';
import { insertEvidence, listEvidence, renumberEvidence } from '../db/repositories/evidence';
import {
  clearSearchIndex,
  clearSearchIndexPending,
  factsToIndex,
  indexFact,
  markSearchIndexPending,
  optimizeSearchIndex,
  type IndexSource,
} from '../db/repositories/fact-search';
import {
  addTopics,
  getFactRow,
  getVersion,
  insertFact,
  insertStatusChange,
  insertVersion,
  renumberVersion,
  replaceTopics,
  setCurrentVersion,
  setOrigin,
  setStatus,
  touchFact,
  type ClaimColumns,
  type FactOrigin,
} from '../db/repositories/facts';
import { decidePackChange, insertPackChange, insertPackImport, type PackImportRow } from '../db/repositories/pack-changes';
import { searchDocument } from './search-index';

/**
 * Who wrote a record, when, and from where. `by` and `at` are the record's own author and time:
 * for a record imported from a fact pack they are what the pack claims, and `packImportId`
 * names the import (file, checksum, who imported it and when). Null: written in this store.
 */
export interface Provenance {
  by: string;
  at: string;
  packImportId: number | null;
  /**
   * The department's id for the record (migration 0070), when this store is joined to one:
   * `push: true` for a change made here (queued in the outbox in the same transaction, so a
   * crash never leaves one without the other), false for a record pulled from the department.
   */
  department?: { changeId: string; push: boolean };
}

/** A record for the department's table `kind`, in its column names (core/department/sync/record-kinds.ts). */
function queue(db: Database, kind: string, factId: string, from: Provenance, row: Record<string, unknown>): void {
  if (!from.department?.push) return;
  insertOutbox(db, { id: from.department.changeId, kind, factId, rowJson: JSON.stringify(row), createdAt: from.at });
}

/** Queues a new fact's identity for the department (its version 1 and quotes queue themselves). */
export function queueFactIdentity(db: Database, factId: string, createdAt: string, outboxId: string): void {
  insertOutbox(db, { id: outboxId, kind: 'facts', factId, rowJson: JSON.stringify({ id: factId, created_at: createdAt }), createdAt });
}

export function writeOrigin(db: Database, factId: string, origin: FactOrigin): void {
  setOrigin(db, factId, origin);
}

/** Moves a version or quote written here offline to the number the department gave it. */
export function moveVersionNumber(db: Database, factId: string, from: number, to: number): void {
  renumberVersion(db, factId, from, to);
}

export function moveQuoteNumber(db: Database, factId: string, from: number, to: number): void {
  renumberEvidence(db, factId, from, to);
}

export type VersionFields = Omit<FactVersion, 'factId' | 'version' | 'reason' | 'createdAt' | 'createdBy'>;

export function claimOf(fields: Pick<FactFields, keyof ClaimColumns>): ClaimColumns {
  return { metric: fields.metric, subject: fields.subject, period: fields.period, valueLow: fields.valueLow, valueHigh: fields.valueHigh };
}

/** A new fact row whose current version is 1 with `fields` (written by writeVersion), and its topics; returns its search rowid. */
export function writeFactRow(db: Database, id: string, fields: VersionFields, createdAt: string, origin: FactOrigin = 'local'): number {
  const num = insertFact(db, { id, status: 'unverified', createdAt, origin, ...claimOf(fields) });
  addTopics(db, id, fields.topics);
  return num;
}

export function writeVersion(db: Database, factId: string, version: number, fields: VersionFields, reason: string, from: Provenance, basedOn: number | null = null): void {
  const row = {
    factId,
    version,
    statement: fields.statement,
    metric: fields.metric,
    subject: fields.subject,
    valueLow: fields.valueLow,
    valueHigh: fields.valueHigh,
    unit: fields.unit,
    qualifier: fields.qualifier,
    period: fields.period,
    claimant: fields.claimant,
    topics: JSON.stringify(fields.topics),
    notes: fields.notes,
    language: fields.language,
    translations: JSON.stringify(fields.translations),
    reason,
    createdAt: from.at,
    createdBy: from.by,
    packImportId: from.packImportId,
  };
  insertVersion(db, { ...row, changeId: from.department?.changeId ?? null, basedOn });
  queue(db, 'fact_versions', factId, from, {
    id: from.department?.changeId, fact_id: factId, version, based_on: basedOn, statement: row.statement, metric: row.metric, subject: row.subject,
    value_low: row.valueLow, value_high: row.valueHigh, unit: row.unit, qualifier: row.qualifier, period: row.period, claimant: row.claimant,
    topics: row.topics, notes: row.notes, language: row.language, translations: row.translations, reason, created_at: from.at, created_by: from.by,
  });
}

/** Makes `version` current: the copied claim columns and the topics follow it. */
export function moveToVersion(db: Database, factId: string, version: number, fields: VersionFields, updatedAt: string): void {
  const fact = getFactRow(db, factId);
  const previous = fact && fact.currentVersion !== version ? getVersion(db, factId, fact.currentVersion) : undefined;
  setCurrentVersion(db, factId, version, updatedAt, claimOf(fields));
  replaceTopics(db, factId, previous ? (JSON.parse(previous.topics) as string[]) : [], fields.topics);
}

export function writeEvidence(db: Database, factId: string, n: number, sourceId: string, selector: QuoteSelector, from: Provenance): void {
  insertEvidence(db, { factId, n, sourceId, ...selector, addedAt: from.at, addedBy: from.by, packImportId: from.packImportId, changeId: from.department?.changeId ?? null });
  queue(db, 'evidence', factId, from, {
    id: from.department?.changeId, fact_id: factId, n, source_id: sourceId, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix,
    start_offset: selector.start, end_offset: selector.end, added_at: from.at, added_by: from.by,
  });
}

export function writeStatusChange(db: Database, factId: string, status: string, reason: string, from: Provenance): void {
  insertStatusChange(db, factId, { status, by: from.by, at: from.at, reason, packImportId: from.packImportId, changeId: from.department?.changeId ?? null });
  queue(db, 'fact_status_changes', factId, from, { id: from.department?.changeId, fact_id: factId, status, changed_by: from.by, changed_at: from.at, reason });
}

/** The status shown on the fact (its history is written by writeStatusChange). */
export function writeCurrentStatus(db: Database, factId: string, status: string, decidedBy: string, decidedAt: string, updatedAt: string): void {
  const verified = status === 'verified';
  setStatus(db, factId, { status, verifiedBy: verified ? decidedBy : null, verifiedAt: verified ? decidedAt : null, updatedAt });
}

export function touch(db: Database, factId: string, updatedAt: string): void {
  touchFact(db, factId, updatedAt);
}

/** Indexes a fact just written, from what the caller already holds (bulk imports avoid reading it back). */
export function indexNewFact(db: Database, num: number, fields: VersionFields, status: string, quotes: readonly { exact: string; sourceId: string; sourceTitle: string }[]): void {
  indexFact(db, num, searchDocument(fields, status, quotes));
}

type Quote = { exact: string; sourceId: string; sourceTitle: string };

/** A fact's search document from its stored row and current version (topics and translations as JSON text). */
function storedDocument(row: Omit<IndexSource, 'num' | 'quotes'>, quotes: readonly Quote[]) {
  const fields = {
    statement: row.statement,
    translations: JSON.parse(row.translations) as Record<string, string>,
    claimant: row.claimant,
    period: row.period,
    topics: JSON.parse(row.topics) as string[],
  };
  return searchDocument(fields, row.status, quotes);
}

/** Rebuilds a fact's search text (statement, claimant, quotes, topics, source titles, filters) from its current version. */
export function reindexFact(db: Database, factId: string): void {
  const fact = getFactRow(db, factId);
  const version = fact && getVersion(db, factId, fact.currentVersion);
  if (!fact || !version) return;
  const quotes = listEvidence(db, factId).map((e) => ({ exact: e.exact, sourceId: e.sourceId, sourceTitle: e.sourceTitle }));
  indexFact(db, fact.num, storedDocument({ ...version, status: fact.status }, quotes));
}

/**
 * The search index falls behind the facts until rebuildSearchIndex (a large pull, issue 16
 * item 2): written in the transaction of each page applied without reindexing, so a crash
 * leaves the mark and the next open rebuilds.
 */
export function deferSearchIndex(db: Database, since: string): void {
  markSearchIndexPending(db, since);
}

/** Writes every fact's search text afresh, a batch of facts per query, and clears the mark. */
export function rebuildSearchIndex(db: Database): void {
  clearSearchIndex(db);
  for (let after = 0; ; ) {
    const batch = factsToIndex(db, after, 5000);
    if (batch.length === 0) break;
    for (const row of batch) {
      const quotes = (JSON.parse(row.quotes) as [string, string, string][]).map(([exact, sourceId, sourceTitle]) => ({ exact, sourceId, sourceTitle }));
      indexFact(db, row.num, storedDocument(row, quotes));
    }
    after = batch[batch.length - 1]!.num;
  }
  clearSearchIndexPending(db);
}

export function optimizeSearch(db: Database): void {
  optimizeSearchIndex(db);
}

export function writePreference(db: Database, preference: ConflictPreference): void {
  savePreference(db, preference);
}

export function writePackImport(db: Database, row: PackImportRow): number {
  return insertPackImport(db, row);
}

export function writePackChange(db: Database, row: { packImportId: number; factId: string; baseVersion: number; changeJson: string }): number {
  return insertPackChange(db, row);
}

export function writePackDecision(db: Database, id: number, decision: 'accepted' | 'rejected', by: string, at: string): void {
  decidePackChange(db, id, decision, by, at);
}
