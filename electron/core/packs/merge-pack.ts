/**
 * Merging a fact pack that readPack accepted, by fact id and version, through the facts
 * service (the only writer of the fact tables) and the one source import:
 * - a fact this store lacks is added with all its versions, quotes and status history;
 * - a fact already here exactly as in the pack is skipped;
 * - a fact this store holds, for which the pack brings new versions, quotes or status changes,
 *   is not changed: the change waits for review (packs.acceptChange / packs.rejectChange);
 * - a fact whose version N (or a quote with the same id) differs from ours, or that was
 *   retracted here, is a conflict: listed, never overwritten.
 * Every record written says it came from this pack file, imported by the local user; the
 * names inside the pack are kept as its claims (the digest is a checksum anyone can
 * recompute, not a signature).
 *
 * Sources are matched by the sha256 of their text: the same text is the same source whatever
 * its id in the pack. A source is only added when a fact being written or proposed quotes it.
 *
 * Writing is cut into short immediate transactions (each fact whole in one of them), with a
 * pause between them, so a 100,000-fact pack does not hold the store for seconds: the app's
 * note saves and other processes' imports get their turn within busy_timeout. A pack cut
 * short by a failure can be imported again: what arrived is skipped.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { PackImportReport } from '../../../shared/contract/packs';
import { editableSourceFields } from '../../../shared/contract/sources';
import type { SourceMeta } from '../../../shared/model';
import { ApiError, wrappingError } from '../../../shared/errors';
import { findEvidenceRecord } from '../db/repositories/evidence';
import { getFactRow, listStatusChanges, listVersions, type StatusChangeRow } from '../db/repositories/facts';
import { findSourceIdBySha256, getSourceSummaryRow } from '../db/repositories/sources';
import type { ImportedRecords } from '../facts/fact-imports';
import { createFactStore } from '../facts/fact-store';
import { toVersion } from '../facts/summaries';
import { updateSourceMetadata } from '../sources/edit-metadata';
import { importSource } from '../sources/import-source';
import { getSourceSummary } from '../sources/source-store';
import { isoNow } from '../sources/source-store';
import { canonicalJson } from './canonical-json';
import type { FactPack, PackEvidence, PackFact } from './pack-format';

export interface MergeOptions {
  now?: () => string;
  /** The pack file's name, recorded with every record it brings. */
  fileName?: string;
  /** Who imports the pack here (the local user). */
  importedBy?: string;
  /** How long one write transaction may run before others get a turn, and how long they get (ms). */
  sliceMs?: number;
  pauseMs?: number;
}

type Plan = { kind: 'conflict'; reason: string } | { kind: 'skip' } | { kind: 'add' | 'propose'; records: ImportedRecords };

export async function mergePack(db: Database, pack: FactPack, options: MergeOptions = {}): Promise<PackImportReport> {
  const now = options.now ?? isoNow;
  const facts = createFactStore(db, { now });
  const packSources = new Map(pack.sources.map((s) => [s.id, s]));
  const report: PackImportReport = { checksum: pack.digest, added: [], toReview: [], skipped: [], conflicts: [], sourcesAdded: [], sourcesCompleted: [] };

  let importId: number | undefined;
  /** The record of this import, written with the first fact or change it brings (a pack that changes nothing leaves no trace). */
  const packImportId = () =>
    (importId ??= facts.recordPackImport({
      fileName: options.fileName ?? 'fact pack',
      checksum: pack.digest,
      claimedBy: pack.createdBy,
      claimedAt: pack.createdAt,
      importedBy: options.importedBy ?? 'local user',
      importedAt: now(),
    }));

  /** The id in this store of a pack source, importing its text the first time a fact needs it. */
  const localSources = new Map<string, string>();
  function localSourceId(packSourceId: string): string {
    const known = localSources.get(packSourceId);
    if (known) return known;
    const source = packSources.get(packSourceId)!;
    const { source: stored, alreadyImported } = importSource(db, { id: source.id, meta: source.meta, text: source.text }, { now });
    if (!alreadyImported) report.sourcesAdded.push(stored.id);
    localSources.set(packSourceId, stored.id);
    return stored.id;
  }

  function plan(fact: PackFact): Plan {
    const local = getFactRow(db, fact.id);
    const ours = local ? listVersions(db, fact.id).map(toVersion) : [];
    for (let i = 0; i < Math.min(ours.length, fact.versions.length); i++) {
      if (canonicalJson(ours[i]) !== canonicalJson(fact.versions[i])) {
        return { kind: 'conflict', reason: `version ${i + 1} in the pack differs from version ${i + 1} in this store` };
      }
    }
    const evidence: PackEvidence[] = [];
    for (const e of fact.evidence) {
      const mine = findEvidenceRecord(db, e.id);
      if (!mine) {
        evidence.push(e);
        continue;
      }
      const sameSource = getSourceSummaryRow(db, mine.sourceId)?.sha256 === packSources.get(e.sourceId)!.sha256;
      if (mine.factId !== fact.id || !sameSource || quoteKey(mine) !== quoteKey(e)) {
        return { kind: 'conflict', reason: `quote ${e.id} in the pack differs from the quote with that id in this store` };
      }
    }
    const have = new Set((local ? listStatusChanges(db, fact.id) : []).map(changeKey));
    const statusChanges = fact.statusHistory.filter((c) => !have.has(changeKey(c)));
    const versions = fact.versions.slice(ours.length);
    if (local && versions.length === 0 && evidence.length === 0 && statusChanges.length === 0) return { kind: 'skip' };
    if (local?.status === 'retracted') return { kind: 'conflict', reason: 'it was retracted in this store; the pack would change it' };
    const records = { versions, evidence: evidence.map((e) => ({ ...e, sourceId: localSourceId(e.sourceId) })), statusChanges };
    return { kind: local ? 'propose' : 'add', records };
  }

  function merge(fact: PackFact): void {
    const p = plan(fact);
    if (p.kind === 'conflict') report.conflicts.push({ factId: fact.id, reason: p.reason });
    else if (p.kind === 'skip') report.skipped.push(fact.id);
    else if (p.kind === 'add') {
      facts.addImportedFact(fact.id, p.records, packImportId());
      report.added.push(fact.id);
    } else {
      const proposal = facts.proposePackChange(fact.id, p.records, packImportId);
      if (proposal.state === 'pending' || proposal.state === 'already pending') {
        report.toReview.push({ changeId: proposal.changeId, factId: fact.id, summary: facts.getPackChange(proposal.changeId).summary });
      } else report.skipped.push(fact.id);
    }
  }

  completeSources(db, pack, report, { by: options.importedBy ?? 'local user', now });

  const sliceMs = options.sliceMs ?? 200;
  const pauseMs = options.pauseMs ?? 100;
  let done = 0;
  while (done < pack.facts.length) {
    const started = performance.now();
    try {
      done = facts.immediate(() => {
        let next = done;
        do merge(pack.facts[next++]!);
        while (next < pack.facts.length && performance.now() - started < sliceMs);
        return next;
      });
    } catch (error) {
      if (done === 0) throw error;
      const cause = error instanceof Error ? error : new Error(String(error));
      throw wrappingError(error instanceof ApiError ? error.code : 'internal', 'api.packPartlyMerged', cause, { done, total: pack.facts.length });
    }
    if (done < pack.facts.length) await sleep(pauseMs);
  }
  return report;
}

/**
 * The details a pack's source has and this store's copy of the same text lacks (an original
 * title added since the last pack, a publisher), filled in through the one metadata edit, so
 * the source's history says who brought them and when. A detail both have is left as it is
 * here, even when they differ: a correction made in this store is never overwritten.
 */
function completeSources(db: Database, pack: FactPack, report: PackImportReport, { by, now }: { by: string; now: () => string }): void {
  for (const source of pack.sources) {
    const id = findSourceIdBySha256(db, source.sha256);
    if (!id) continue;
    const here = getSourceSummary(db, id);
    const fields = editableSourceFields.filter((field) => isBlank(here[field]) && !isBlank(source.meta[field]));
    if (fields.length === 0) continue;
    const meta: Partial<SourceMeta> = Object.fromEntries(fields.map((field) => [field, source.meta[field]]));
    updateSourceMetadata(db, { id, meta, by }, now);
    report.sourcesCompleted.push({ sourceId: id, fields });
  }
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const changeKey = (c: StatusChangeRow) => canonicalJson([c.status, c.by, c.at, c.reason]);
/** A quote's content, apart from ids (source ids differ between stores; the texts are compared by sha256). */
const quoteKey = (e: Omit<PackEvidence, 'id' | 'sourceId'>) => canonicalJson([e.exact, e.prefix, e.suffix, e.start, e.end, e.addedAt, e.addedBy]);
