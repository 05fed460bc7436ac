/**
 * The facts service's replica half (issue 16, docs/DEPARTMENT.md): records pulled from a
 * department's PostgreSQL store written into this store, through fact-writes like every other
 * fact write, in ONE immediate transaction together with the new cursor, so a crash either
 * applied a page and moved the cursor, or did neither. Every record is recognised by the id
 * the department knows it by (`change_id`), so applying a page twice changes nothing.
 *
 * A version or quote this desktop wrote offline may find its number taken by another
 * desktop's record that reached the department first: it moves to the next free number here
 * (and to the department's number when it comes back in a pull). Two versions revising the
 * same version are a diverged fact: both kept, listed for a curator, never merged.
 */
import type { Database } from 'better-sqlite3';
import { withoutCommitFsync } from '../db/connection';
import { localSourceFor, mapDepartmentSource, setPulledSeq } from '../db/repositories/department';
import { evidenceChangeId, evidenceChangesHere, findEvidenceByChange, listEvidenceRecords } from '../db/repositories/evidence';
import { factPullStates, findVersionByChange, getFactRow, getVersion, maxVersion, statusChangesHere, versionChangeId } from '../db/repositories/facts';
import { searchIndexPendingSince } from '../db/repositories/fact-search';
import { findSourceIdBySha256, getSourceRow } from '../db/repositories/sources';
import { isoNow } from '../sources/source-store';
import { importSource } from '../sources/import-source';
import { updateSourceMetadata } from '../sources/edit-metadata';
import type { SourceMeta } from '../../../shared/model';
import {
  moveQuoteNumber,
  moveToVersion,
  moveVersionNumber,
  deferSearchIndex,
  rebuildSearchIndex,
  reindexFact,
  writeCurrentStatus,
  writeEvidence,
  writeFactRow,
  writeOrigin,
  writeStatusChange,
  writeVersion,
  type VersionFields,
} from './fact-writes';
import type { FactPullState } from '../db/repositories/facts';

/** One row of the department's `briefing.changes` view. */
export interface PulledChange {
  seq: number;
  /** The department table it is a row of. */
  kind: string;
  row: Record<string, unknown>;
}

const text = (v: unknown): string => String(v ?? '');
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function versionFields(row: Record<string, unknown>): VersionFields {
  return {
    statement: text(row.statement),
    metric: textOrNull(row.metric),
    subject: textOrNull(row.subject),
    valueLow: numOrNull(row.value_low),
    valueHigh: numOrNull(row.value_high),
    unit: textOrNull(row.unit),
    qualifier: textOrNull(row.qualifier),
    period: textOrNull(row.period),
    claimant: textOrNull(row.claimant),
    topics: JSON.parse(text(row.topics) || '[]') as string[],
    notes: text(row.notes),
    // Department migration 0040: rows written before it read as English with no translations.
    language: text(row.language) || 'en',
    translations: JSON.parse(text(row.translations) || '{}') as Record<string, string>,
  } as VersionFields;
}

export function createFactReplica(db: Database, immediate: <T>(fn: () => T) => T) {
  const pulled = (row: Record<string, unknown>, by: string, at: string) => ({ by, at, packImportId: null, department: { changeId: text(row.id), push: false } });

  function applySource(row: Record<string, unknown>): void {
    const departmentId = text(row.id);
    const same = findSourceIdBySha256(db, text(row.sha256));
    if (same) {
      mapDepartmentSource(db, departmentId, same);
      return;
    }
    const result = importSource(db, {
      id: departmentId,
      text: text(row.text),
      meta: {
        title: text(row.title),
        originalTitle: textOrNull(row.original_title),
        publisher: textOrNull(row.publisher),
        authors: JSON.parse(text(row.authors) || '[]') as string[],
        published: textOrNull(row.published),
        url: textOrNull(row.url),
        accessed: textOrNull(row.accessed),
        language: textOrNull(row.language),
        reliability: text(row.reliability) as 'unknown',
      },
      fileName: textOrNull(row.file_name),
      format: textOrNull(row.format) as 'txt' | null,
    }, { now: () => text(row.imported_at) });
    mapDepartmentSource(db, departmentId, result.source.id);
  }

  /**
   * What the page being applied knows of its facts. `states`: asked once for the whole page
   * (one query, not three per fact). `created`: facts this page made from their version 1 and
   * no later version of the page revised; already current, of department origin, and, unless
   * the index is deferred, indexed at the end of the page. `revised`: facts whose versions the
   * page wrote or moved otherwise. The page's closing pass re-reads only a revised fact, or
   * one not yet current or not yet of department origin (most of a first sync: none).
   * `quotesHere`, `statusesHere`: which of the page's quote and status change ids this store
   * held before the page (one query each, not one per record).
   */
  let page = { states: new Map<string, FactPullState>(), created: new Set<string>(), revised: new Set<string>(), quotesHere: new Set<string>(), statusesHere: new Set<string>() };
  const factHere = (factId: string) => page.states.has(factId) || page.created.has(factId) || page.revised.has(factId);

  function applyVersion(row: Record<string, unknown>, touched: Set<string>): void {
    const factId = text(row.fact_id);
    const version = Number(row.version);
    const changeId = text(row.id);
    const fields = versionFields(row);
    const basedOn = numOrNull(row.based_on);
    touched.add(factId);
    const from = pulled(row, text(row.created_by), text(row.created_at));
    if (!factHere(factId)) {
      // A version after 1 of a fact this store lacks cannot happen in seq order; version 1 makes the fact.
      // A fact new here has no version to recognise or move out of the way (most of a first sync).
      writeFactRow(db, factId, fields, text(row.created_at), 'department');
      writeVersion(db, factId, version, fields, text(row.reason), from, basedOn);
      (version === 1 ? page.created : page.revised).add(factId);
      return;
    }
    page.created.delete(factId);
    page.revised.add(factId);
    const known = findVersionByChange(db, changeId);
    if (known?.version === version) return;
    // The number is held by a version written here offline: it moves to the next free number.
    if (versionChangeId(db, factId, version) !== undefined) moveVersionNumber(db, factId, version, maxVersion(db, factId) + 1);
    if (known) moveVersionNumber(db, factId, known.version, version);
    else writeVersion(db, factId, version, fields, text(row.reason), from, basedOn);
  }

  function applyEvidence(row: Record<string, unknown>, touched: Set<string>): void {
    const factId = text(row.fact_id);
    const n = Number(row.n);
    touched.add(factId);
    // A fact this page created has no quote yet but the page's own (each its own id and number): nothing to recognise or move.
    // A quote not held before the page is not held now (each record comes once); one held is looked up as it stands now.
    const known = page.created.has(factId) || !page.quotesHere.has(text(row.id)) ? undefined : findEvidenceByChange(db, text(row.id));
    if (known?.n === n) return;
    if (!page.created.has(factId) && evidenceChangeId(db, factId, n) !== undefined) moveQuoteNumber(db, factId, n, Math.max(0, ...listEvidenceRecords(db, factId).map((e) => e.n)) + 1);
    if (known) {
      moveQuoteNumber(db, factId, known.n, n);
      return;
    }
    const departmentSource = text(row.source_id);
    const sourceId = localSourceFor(db, departmentSource) ?? (getSourceRow(db, departmentSource) ? departmentSource : undefined);
    if (!sourceId) throw new Error(`The department's quote ${factId}.e${n} names source ${departmentSource}, which was not pulled.`);
    const selector = { exact: text(row.exact), prefix: text(row.prefix), suffix: text(row.suffix), start: Number(row.start_offset), end: Number(row.end_offset) };
    writeEvidence(db, factId, n, sourceId, selector, pulled(row, text(row.added_by), text(row.added_at)));
  }

  function applyStatusChange(row: Record<string, unknown>, touched: Set<string>): void {
    const factId = text(row.fact_id);
    touched.add(factId);
    if (page.statusesHere.has(text(row.id))) return;
    const from = pulled(row, text(row.changed_by), text(row.changed_at));
    writeStatusChange(db, factId, text(row.status), text(row.reason), from);
    writeCurrentStatus(db, factId, text(row.status), from.by, from.at, from.at);
  }

  /** A source's detail corrected on another desk: set here as a recorded change (the latest by seq wins), not queued again. */
  function applySourceMetaChange(row: Record<string, unknown>): void {
    const departmentSource = text(row.source_id);
    const sourceId = localSourceFor(db, departmentSource) ?? (getSourceRow(db, departmentSource) ? departmentSource : undefined);
    if (!sourceId) throw new Error(`The department's change ${text(row.id)} names source ${departmentSource}, which was not pulled.`);
    const meta = { [text(row.field)]: JSON.parse(text(row.new_value)) as unknown } as Partial<SourceMeta>;
    updateSourceMetadata(db, { id: sourceId, meta, by: text(row.changed_by) }, () => text(row.changed_at), { push: false });
  }

  /** The department's record kinds this replica applies; a kind not listed here is skipped (a newer department). */
  const appliers: Record<string, (row: Record<string, unknown>, touched: Set<string>) => void> = {
    sources: (row) => applySource(row),
    facts: (row, touched) => touched.add(text(row.id)),
    fact_versions: applyVersion,
    evidence: applyEvidence,
    fact_status_changes: applyStatusChange,
    source_metadata_changes: (row) => applySourceMetaChange(row),
  };

  return {
    /**
     * Applies one page of pulled changes and moves the cursor to `cursor`, in one immediate
     * transaction. `deferIndex` (a large pull): the page leaves the search index behind and
     * marks it so, in the same transaction; finishSearchIndex rebuilds it once at the end.
     */
    applyPulledChanges(changes: readonly PulledChange[], cursor: number, options: { deferIndex?: boolean } = {}): { facts: number } {
      // Crash-safe without an fsync: the page and its cursor are lost or kept together.
      return withoutCommitFsync(db, () => immediate(() => {
        if (options.deferIndex) deferSearchIndex(db, isoNow());
        const touched = new Set<string>();
        // Each fact once: a first sync names most of them three times (identity, version, quote).
        const named = [...new Set(changes.map((c) => text(c.kind === 'facts' ? c.row.id : c.row.fact_id)))];
        const idsOf = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => text(c.row.id));
        page = {
          states: factPullStates(db, named),
          created: new Set(),
          revised: new Set(),
          quotesHere: evidenceChangesHere(db, idsOf('evidence')),
          statusesHere: statusChangesHere(db, idsOf('fact_status_changes')),
        };
        for (const change of changes) appliers[change.kind]?.(change.row, touched);
        for (const factId of touched) {
          const state = page.states.get(factId);
          const settled = page.created.has(factId) || (!page.revised.has(factId) && (!state || (state.origin === 'department' && state.latestVersion === state.currentVersion)));
          if (settled) {
            // A fact named only by its identity row, not here yet, has nothing to index.
            if (!options.deferIndex && factHere(factId)) reindexFact(db, factId);
            continue;
          }
          const fact = getFactRow(db, factId);
          if (!fact) continue;
          writeOrigin(db, factId, 'department');
          const latest = maxVersion(db, factId);
          if (latest !== fact.currentVersion) {
            const current = getVersion(db, factId, latest)!;
            moveToVersion(db, factId, latest, { ...current, topics: JSON.parse(current.topics) as string[], translations: JSON.parse(current.translations) as Record<string, string> } as VersionFields, current.createdAt > fact.updatedAt ? current.createdAt : fact.updatedAt);
          }
          if (!options.deferIndex) reindexFact(db, factId);
        }
        setPulledSeq(db, cursor);
        return { facts: touched.size };
      }));
    },

    /** Rebuilds the search index if a large pull (or one a crash cut short) left it behind; true if it did. */
    finishSearchIndex(): boolean {
      // Read first: most syncs and every open find nothing to do, and need no write lock for it.
      if (searchIndexPendingSince(db) === undefined) return false;
      return immediate(() => {
        if (searchIndexPendingSince(db) === undefined) return false;
        rebuildSearchIndex(db);
        return true;
      });
    },
  };
}
