/**
 * Merging a fact pack that readPack accepted, in one transaction, by fact id and version:
 * - a fact this store lacks is added with all its versions, quotes and status history;
 * - a fact this store has with fewer versions, or without some of the pack's quotes or status
 *   changes, gets them appended (updated);
 * - a fact already here exactly as in the pack is skipped;
 * - a fact whose version N (or a quote with the same id) differs from ours is a conflict:
 *   listed, never overwritten. So is a fact retracted here that the pack would change.
 * Sources are matched by the sha256 of their text: the same text is the same source whatever
 * its id in the pack. A source is only added when a fact being written quotes it.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { PackImportReport } from '../../../shared/contract/packs';
import type { FactVersion } from '../../../shared/model';
import { findEvidenceRecord, insertEvidence } from '../db/repositories/evidence';
import {
  getFactRow,
  insertFact,
  insertStatusChange,
  insertVersion,
  listStatusChanges,
  listVersions,
  replaceTopics,
  setCurrentVersion,
  setStatus,
  type StatusChangeRow,
} from '../db/repositories/facts';
import { findSourceBySha256, getSourceSummaryRow, sourceExists } from '../db/repositories/sources';
import { reindexFact } from '../facts/search-index';
import { toVersion } from '../facts/summaries';
import { cleanSourceMeta } from '../sources/source-meta';
import { importSource, isoNow } from '../sources/source-store';
import { canonicalJson } from './canonical-json';
import type { FactPack, PackEvidence, PackFact, PackStatusChange } from './pack-format';

export interface MergeOptions {
  now?: () => string;
  newSourceId?: () => string;
}

type Plan =
  | { kind: 'conflict'; reason: string }
  | { kind: 'skip' }
  | { kind: 'write'; added: boolean; versions: FactVersion[]; evidence: PackEvidence[]; changes: PackStatusChange[] };

export function mergePack(db: Database, pack: FactPack, options: MergeOptions = {}): PackImportReport {
  const now = options.now ?? isoNow;
  const newSourceId = options.newSourceId ?? (() => `s_${randomBytes(8).toString('hex')}`);
  const packSources = new Map(pack.sources.map((s) => [s.id, s]));
  const report: PackImportReport = { added: [], updated: [], skipped: [], conflicts: [], sourcesAdded: [] };

  /** The id in this store of a pack source, importing its text the first time a written fact needs it. */
  const localSources = new Map<string, string>();
  function localSourceId(packSourceId: string): string {
    const known = localSources.get(packSourceId);
    if (known) return known;
    const source = packSources.get(packSourceId)!;
    let id = findSourceBySha256(db, source.sha256)?.id;
    if (id === undefined) {
      id = sourceExists(db, source.id) ? newSourceId() : source.id;
      // Metadata from another machine is cleaned like a file's; the text is kept exactly (its sha256 was checked).
      importSource(db, { id, meta: cleanSourceMeta(source.meta), text: source.text }, { now });
      report.sourcesAdded.push(id);
    }
    localSources.set(packSourceId, id);
    return id;
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
    const changes = fact.statusHistory.filter((c) => !have.has(changeKey(c)));
    const versions = fact.versions.slice(ours.length);
    if (!local) return { kind: 'write', added: true, versions, evidence, changes };
    if (versions.length === 0 && evidence.length === 0 && changes.length === 0) return { kind: 'skip' };
    if (local.status === 'retracted') return { kind: 'conflict', reason: 'it was retracted in this store; the pack would change it' };
    return { kind: 'write', added: false, versions, evidence, changes };
  }

  function write(fact: PackFact, p: Extract<Plan, { kind: 'write' }>): void {
    const latest = fact.versions[fact.versions.length - 1]!;
    const claim = { metric: latest.metric, subject: latest.subject, period: latest.period, valueLow: latest.valueLow, valueHigh: latest.valueHigh };
    const history: StatusChangeRow[] = [...(p.added ? [] : listStatusChanges(db, fact.id)), ...p.changes];
    const times = [...p.versions.map((v) => v.createdAt), ...p.evidence.map((e) => e.addedAt), ...p.changes.map((c) => c.at)];
    const local = getFactRow(db, fact.id);
    const updatedAt = [local?.updatedAt ?? '', ...times].reduce((a, b) => (b > a ? b : a));
    if (p.added) insertFact(db, { id: fact.id, status: 'unverified', createdAt: fact.versions[0]!.createdAt, ...claim });
    for (const v of p.versions) insertVersion(db, versionRow(v));
    if (p.versions.length > 0) {
      setCurrentVersion(db, fact.id, latest.version, updatedAt, claim);
      replaceTopics(db, fact.id, latest.topics);
    }
    for (const e of p.evidence) {
      insertEvidence(db, { ...e, factId: fact.id, sourceId: localSourceId(e.sourceId) });
    }
    for (const c of p.changes) insertStatusChange(db, fact.id, c);
    // The latest change decides the status; ties go to the one recorded last.
    let decided = history.reduce((a, b) => (b.at >= a.at ? b : a));
    if (!p.added && p.versions.length > 0 && decided.status === 'verified' && decided.at < latest.createdAt) {
      // Our verification was of an older version: verified content must be verified again.
      decided = { status: 'unverified', by: pack.createdBy ?? 'fact pack', at: now(), reason: `revised to version ${latest.version} in a fact pack` };
      insertStatusChange(db, fact.id, decided);
    }
    const verified = decided.status === 'verified';
    setStatus(db, fact.id, {
      status: decided.status,
      verifiedBy: verified ? decided.by : null,
      verifiedAt: verified ? decided.at : null,
      updatedAt: decided.at > updatedAt ? decided.at : updatedAt,
    });
    reindexFact(db, fact.id);
  }

  return db.transaction(() => {
    for (const fact of pack.facts) {
      const p = plan(fact);
      if (p.kind === 'conflict') report.conflicts.push({ factId: fact.id, reason: p.reason });
      else if (p.kind === 'skip') report.skipped.push(fact.id);
      else {
        write(fact, p);
        (p.added ? report.added : report.updated).push(fact.id);
      }
    }
    return report;
  })();
}

const changeKey = (c: StatusChangeRow) => canonicalJson([c.status, c.by, c.at, c.reason]);
/** A quote's content, apart from ids (source ids differ between stores; the texts are compared by sha256). */
const quoteKey = (e: Omit<PackEvidence, 'id' | 'sourceId'>) => canonicalJson([e.exact, e.prefix, e.suffix, e.start, e.end, e.addedAt, e.addedBy]);

function versionRow(v: FactVersion) {
  return { ...v, topics: JSON.stringify(v.topics) };
}
