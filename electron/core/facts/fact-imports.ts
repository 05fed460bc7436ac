/**
 * The facts service's import half: facts and changes that arrive from a fact pack (and,
 * later, from a department store). Every record keeps the name and time its sender claims,
 * and says which import brought it (`pack_import_id`: the file, its checksum, who imported
 * it here and when).
 *
 * - A fact this store lacks is added with all its versions, quotes and status history.
 * - New versions, quotes or status changes of a fact this store already holds never touch
 *   it: they are recorded as a pack change, to be accepted or rejected by someone here
 *   (README: "differing versions are listed as conflicts and never overwritten").
 * - Accepting writes them as the pack had them; the latest status change decides the status,
 *   and a verification older than the newest version no longer counts (verified content must
 *   be verified again), recorded in the accepting user's name.
 */
import type { Database } from 'better-sqlite3';
import { cleanLine } from '../../../shared/clean-text';
import type { PackChange } from '../../../shared/contract/packs';
import { keyedError, type ApiErrorWording } from '../../../shared/errors';
import { formatMessage } from '../../../shared/messages';
import type { FactDetail, FactStatus, FactVersion } from '../../../shared/model';
import { findEvidenceRecord, type EvidenceRecord } from '../db/repositories/evidence';
import { getVersion, listStatusChanges, type FactRow, type StatusChangeRow } from '../db/repositories/facts';
import { findPackChange, getPackChange, listPendingPackChanges, type PackChangeRow, type PackImportRow } from '../db/repositories/pack-changes';
import { getSourceTitle } from '../db/repositories/sources';
import { canonicalJson } from '../packs/canonical-json';
import {
  moveToVersion,
  reindexFact,
  writeCurrentStatus,
  writeEvidence,
  writeFactRow,
  writePackChange,
  writePackDecision,
  writePackImport,
  writeStatusChange,
  writeVersion,
} from './fact-writes';

/** A quote as a pack carries it (id `<factId>.e<n>`, the same in every store), its source already stored here. */
export type ImportedQuote = Omit<EvidenceRecord, 'factId' | 'n'>;

/** Records of one fact from elsewhere, each with the author and time its sender claims. */
export interface ImportedRecords {
  /** Oldest first, numbered after the versions this store holds. */
  versions: FactVersion[];
  evidence: ImportedQuote[];
  statusChanges: StatusChangeRow[];
}

/** What became of a proposed change: new and waiting, already waiting, or already turned down. */
export type Proposal = { changeId: number; state: 'pending' | 'already pending' | 'rejected' | 'accepted' };

interface ServiceParts {
  now: () => string;
  immediate: <T>(fn: () => T) => T;
  getFact: (id: string) => FactDetail;
  requireFact: (id: string) => FactRow;
}

export function createFactImports(db: Database, { now, immediate, getFact, requireFact }: ServiceParts) {
  function writeRecords(factId: string, records: ImportedRecords, packImportId: number, currentVersion: number): void {
    for (const v of records.versions) writeVersion(db, factId, v.version, v, v.reason, { by: v.createdBy, at: v.createdAt, packImportId });
    const latest = records.versions.at(-1);
    if (latest && latest.version !== currentVersion) moveToVersion(db, factId, latest.version, latest, latest.createdAt);
    for (const q of records.evidence) {
      const selector = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end };
      writeEvidence(db, factId, quoteNumber(q.id), q.sourceId, selector, { by: q.addedBy, at: q.addedAt, packImportId });
    }
    for (const c of records.statusChanges) writeStatusChange(db, factId, c.status, c.reason, { by: c.by, at: c.at, packImportId });
  }

  /**
   * The status after records arrived: the latest change decides (ties go to the one recorded
   * last); a fact nobody verified, disputed or retracted is unverified. A verification older
   * than a version that just arrived no longer counts.
   */
  function settleStatus(factId: string, records: ImportedRecords, decider: { by: string; at: string } | null): void {
    const fact = requireFact(factId);
    const first = getVersion(db, factId, 1)!;
    const created: StatusChangeRow = { status: 'unverified', by: '', at: first.createdAt, reason: 'created' };
    let decided = listStatusChanges(db, factId).reduce((a, b) => (b.at >= a.at ? b : a), created);
    const revisedTo = records.versions.at(-1);
    if (decider && revisedTo && decided.status === 'verified' && decided.at < revisedTo.createdAt) {
      decided = { status: 'unverified', by: decider.by, at: decider.at, reason: `revised to version ${revisedTo.version} from a fact pack` };
      writeStatusChange(db, factId, decided.status, decided.reason, { by: decided.by, at: decided.at, packImportId: null });
    }
    const times = [fact.updatedAt, decided.at, ...records.versions.map((v) => v.createdAt), ...records.evidence.map((e) => e.addedAt), ...records.statusChanges.map((c) => c.at)];
    writeCurrentStatus(db, factId, decided.status, decided.by, decided.at, times.reduce((a, b) => (b > a ? b : a)));
    reindexFact(db, factId);
  }

  function requireChange(id: number): PackChangeRow {
    const row = getPackChange(db, id);
    if (!row) throw keyedError('not_found', 'api.packChangeNotFound', { id });
    if (row.decision !== null) {
      throw keyedError('refused', 'api.packChangeDecided', { factId: row.factId, file: row.fileName, decision: row.decision, by: row.decidedBy ?? '', at: row.decidedAt ?? '' });
    }
    return row;
  }

  function requireName(by: string): string {
    const name = cleanLine(by);
    if (name.length === 0) throw keyedError('invalid_request', 'api.deciderNeeded', {}, [{ path: 'by', message: 'required' }]);
    return name;
  }

  function toPackChange(row: PackChangeRow): PackChange {
    const records = JSON.parse(row.changeJson) as ImportedRecords;
    const fact = getFact(row.factId);
    return {
      id: row.id,
      factId: row.factId,
      current: { version: fact.version, statement: fact.statement, status: fact.status, valueLow: fact.valueLow, valueHigh: fact.valueHigh, unit: fact.unit },
      baseVersion: row.baseVersion,
      fileName: row.fileName,
      checksum: row.checksum,
      claimedBy: row.claimedBy,
      importedBy: row.importedBy,
      importedAt: row.importedAt,
      versions: records.versions,
      quotes: records.evidence.map((q) => ({ id: q.id, exact: q.exact, sourceId: q.sourceId, sourceTitle: getSourceTitle(db, q.sourceId) ?? q.sourceId, addedBy: q.addedBy, addedAt: q.addedAt })),
      statusChanges: records.statusChanges.map((c) => ({ ...c, status: c.status as FactStatus })),
      summary: describeChange(records, getSourceTitle.bind(null, db)),
      summaryWordings: describeChangeWordings(records, getSourceTitle.bind(null, db)),
      decision: row.decision,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
    };
  }

  function packChange(id: number): PackChange {
    const row = getPackChange(db, id);
    if (!row) throw keyedError('not_found', 'api.packChangeNotFound', { id });
    return toPackChange(row);
  }

  return {
    /** Records that a pack file was imported here, by whom and when, with the pack's own claims; returns its id. */
    recordPackImport: (row: PackImportRow): number => immediate(() => writePackImport(db, row)),

    /** A fact new to this store, with every version, quote and status change the pack holds. The caller holds the transaction. */
    addImportedFact(factId: string, records: ImportedRecords, packImportId: number): void {
      const first = records.versions[0];
      if (!first || first.version !== 1) throw keyedError('invalid_request', 'api.packFactNoFirstVersion', { id: factId });
      immediate(() => {
        writeFactRow(db, factId, first, first.createdAt);
        writeRecords(factId, records, packImportId, 1);
        settleStatus(factId, records, null);
      });
    },

    /** New records of a fact this store holds: kept for review, the fact untouched. The same change is recorded once. */
    proposePackChange(factId: string, records: ImportedRecords, packImportId: () => number): Proposal {
      const changeJson = canonicalJson(records);
      return immediate((): Proposal => {
        const known = findPackChange(db, factId, changeJson);
        if (known) return { changeId: known.id, state: known.decision ?? 'already pending' };
        const baseVersion = requireFact(factId).currentVersion;
        return { changeId: writePackChange(db, { packImportId: packImportId(), factId, baseVersion, changeJson }), state: 'pending' };
      });
    },

    pendingPackChanges: (): PackChange[] => listPendingPackChanges(db).map(toPackChange),

    getPackChange: packChange,

    /** Writes the change's records into the fact, in the accepting user's name for the decision. */
    acceptPackChange(input: { id: number; by: string }): PackChange {
      const by = requireName(input.by);
      immediate(() => {
        const row = requireChange(input.id);
        const fact = requireFact(row.factId);
        const records = JSON.parse(row.changeJson) as ImportedRecords;
        if (fact.status === 'retracted') {
          throw keyedError('refused', 'api.packChangeRetracted', { id: row.factId });
        }
        if (fact.currentVersion !== row.baseVersion) {
          throw keyedError('conflict', 'api.packChangeStale', { id: row.factId, current: fact.currentVersion, base: row.baseVersion });
        }
        const taken = records.evidence.find((q) => findEvidenceRecord(db, q.id) !== undefined);
        if (taken) throw keyedError('conflict', 'api.packQuoteTaken', { id: row.factId, quote: taken.id });
        const at = now();
        writeRecords(row.factId, records, row.packImportId, fact.currentVersion);
        settleStatus(row.factId, records, { by, at });
        writePackDecision(db, row.id, 'accepted', by, at);
      });
      return packChange(input.id);
    },

    /** Turns the change down: the fact stays as it is, and the same change from the same pack is not asked again. */
    rejectPackChange(input: { id: number; by: string }): PackChange {
      const by = requireName(input.by);
      immediate(() => {
        const row = requireChange(input.id);
        writePackDecision(db, row.id, 'rejected', by, now());
      });
      return packChange(input.id);
    },
  };
}

function quoteNumber(id: string): number {
  const n = Number(/\.e(\d+)$/.exec(id)?.[1]);
  if (!Number.isInteger(n) || n < 1) throw keyedError('invalid_request', 'api.quoteIdForm', { id });
  return n;
}

/** One line per record, in plain words; names are marked as what the pack claims. */
/**
 * One line per version, quote or status change a pack brings, as catalogue messages
 * (`packChangeSummary.<key>`) the app words in its language; `describeChange` is their English.
 */
export function describeChangeWordings(records: ImportedRecords, sourceTitle: (id: string) => string | undefined): ApiErrorWording[] {
  const value = (v: FactVersion) =>
    v.valueLow === null ? '' : ` (${v.valueHigh !== null && v.valueHigh !== v.valueLow ? `${v.valueLow}–${v.valueHigh}` : v.valueLow}${v.unit ? ` ${v.unit}` : ''})`;
  return [
    ...records.versions.map((v) => ({ key: 'version', params: { version: v.version, value: value(v), statement: v.statement, by: v.createdBy, at: v.createdAt, reason: v.reason } })),
    ...records.evidence.map((q) => ({ key: 'quote', params: { source: sourceTitle(q.sourceId) ?? q.sourceId, exact: q.exact, by: q.addedBy } })),
    ...records.statusChanges.map((c) => ({ key: 'status', params: { status: c.status, by: c.by, at: c.at, reason: c.reason } })),
  ];
}

export function describeChange(records: ImportedRecords, sourceTitle: (id: string) => string | undefined): string[] {
  return describeChangeWordings(records, sourceTitle).map((w) => formatMessage('en', `packChangeSummary.${w.key}`, w.params));
}
