/**
 * The fact engine: creates facts with their evidence, revises them as new immutable
 * versions, records every status change, and reads them back with computed flags.
 * Every write runs in one transaction. Time and ids are injectable so the starter build is
 * byte-for-byte reproducible.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { storedTextDeep } from '../../../shared/stored-text';
import { FactFields, type FactDetail, type FactStatus, type QuoteSelector } from '../../../shared/model';
import { countEvidence, insertEvidence, listEvidence } from '../db/repositories/evidence';
import {
  factIdExists,
  getFactRow,
  insertFact,
  insertStatusChange,
  insertVersion,
  listStatusChanges,
  listVersions,
  replaceTopics,
  setCurrentVersion,
  setStatus,
  touchFact,
  type ClaimColumns,
  type FactRow,
} from '../db/repositories/facts';
import { summaryRowAt } from '../db/repositories/fact-summaries';
import { getSourceText, sourceExists } from '../db/repositories/sources';
import { isoNow } from '../sources/source-store';
import { anchorQuote, isFound } from './anchoring';
import { reindexFact } from './search-index';
import { sourcesByFact, toSummary, toVersion } from './summaries';

export interface NewEvidence {
  sourceId: string;
  selector: QuoteSelector;
}

export interface FactStoreOptions {
  /** ISO timestamp of "now"; fixed in the starter build. */
  now?: () => string;
  newFactId?: () => string;
}

export interface CreateFactInput {
  /** Explicit id (the starter build needs stable ids); generated when absent. */
  id?: string;
  fields: FactFields;
  evidence: readonly NewEvidence[];
  by: string;
}

export type FactStore = ReturnType<typeof createFactStore>;

export function createFactStore(db: Database, options: FactStoreOptions = {}) {
  const now = options.now ?? isoNow;
  const newFactId = options.newFactId ?? (() => `f_${randomBytes(8).toString('hex')}`);

  function requireFact(id: string): FactRow {
    const fact = getFactRow(db, id);
    if (!fact) throw new ApiError('not_found', `No fact with id ${id}.`);
    return fact;
  }

  function addEvidenceRows(factId: string, evidence: readonly NewEvidence[], by: string, at: string): void {
    let n = countEvidence(db, factId);
    for (const e of evidence) {
      if (!sourceExists(db, e.sourceId)) throw new ApiError('not_found', `No source with id ${e.sourceId}.`);
      if (e.selector.end !== e.selector.start + e.selector.exact.length) {
        throw new ApiError('invalid_request', 'A quote\'s end must be its start plus the length of its exact text.');
      }
      n += 1;
      insertEvidence(db, { id: `${factId}.e${n}`, factId, sourceId: e.sourceId, ...e.selector, addedAt: at, addedBy: by });
    }
  }

  /** Why each quote of `factId` is not anchored in its source; empty when all are. */
  function unanchoredQuotes(factId: string): string[] {
    return listEvidence(db, factId).flatMap((e) => {
      const state = anchorQuote(getSourceText(db, e.sourceId) ?? '', e);
      return isFound(state.state) ? [] : [`"${shorten(e.exact)}" is ${state.state} in "${e.sourceTitle}"`];
    });
  }

  function changeStatus(id: string, status: FactStatus, by: string, reason: string): FactDetail {
    db.transaction(() => {
      const fact = requireFact(id);
      if (fact.status === 'retracted' && status !== 'retracted') {
        throw new ApiError('refused', `Fact ${id} was retracted; a retracted fact stays retracted. Create a new fact instead.`);
      }
      if (status === 'verified') {
        const problems = unanchoredQuotes(id);
        if (problems.length > 0) {
          throw new ApiError('refused', `Cannot verify fact ${id}: every quote must be found once in its source, but ${problems.join('; ')}.`);
        }
      }
      const at = now();
      const verified = status === 'verified';
      setStatus(db, id, { status, verifiedBy: verified ? by : null, verifiedAt: verified ? at : null, updatedAt: at });
      insertStatusChange(db, id, { status, by, at, reason });
    })();
    return getFact(id);
  }

  function getFact(id: string, version?: number): FactDetail {
    const fact = requireFact(id);
    const row = summaryRowAt(db, id, version ?? fact.currentVersion);
    if (!row) throw new ApiError('not_found', `Fact ${id} has no version ${version}; it has ${fact.currentVersion}.`);
    const summary = toSummary(row, sourcesByFact(db, [id]).get(id) ?? []);
    return {
      ...summary,
      versions: listVersions(db, id).map(toVersion),
      evidence: listEvidence(db, id).map((e) => ({
        id: e.id,
        sourceId: e.sourceId,
        sourceTitle: e.sourceTitle,
        selector: { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end },
        anchor: anchorQuote(getSourceText(db, e.sourceId) ?? '', e).state,
      })),
      history: listStatusChanges(db, id).map((c) => ({ ...c, status: c.status as FactStatus })),
    };
  }

  return {
    createFact(input: CreateFactInput): FactDetail {
      const fields = checkedFields(input.fields);
      if (input.evidence.length === 0) throw new ApiError('invalid_request', 'A fact needs at least one quote from a source.');
      const id = input.id ?? newFactId();
      db.transaction(() => {
        if (factIdExists(db, id)) throw new ApiError('conflict', `A fact with id ${id} already exists.`);
        const at = now();
        insertFact(db, { id, status: 'unverified', createdAt: at, ...claimOf(fields) });
        insertVersion(db, versionRow(id, 1, fields, 'created', input.by, at));
        replaceTopics(db, id, fields.topics);
        insertStatusChange(db, id, { status: 'unverified', by: input.by, at, reason: 'created' });
        addEvidenceRows(id, input.evidence, input.by, at);
        reindexFact(db, id);
      })();
      return getFact(id);
    },

    /** A revision is a new version; the old ones stay readable. Verified content must be verified again. */
    reviseFact(input: { id: string; fields: FactFields; reason: string; by: string }): FactDetail {
      const fields = checkedFields(input.fields);
      db.transaction(() => {
        const fact = requireFact(input.id);
        if (fact.status === 'retracted') throw new ApiError('refused', `Fact ${input.id} was retracted and cannot be revised.`);
        const version = fact.currentVersion + 1;
        const at = now();
        insertVersion(db, versionRow(input.id, version, fields, input.reason, input.by, at));
        setCurrentVersion(db, input.id, version, at, claimOf(fields));
        replaceTopics(db, input.id, fields.topics);
        if (fact.status === 'verified') {
          setStatus(db, input.id, { status: 'unverified', verifiedBy: null, verifiedAt: null, updatedAt: at });
          insertStatusChange(db, input.id, { status: 'unverified', by: input.by, at, reason: `revised to version ${version}: ${input.reason}` });
        }
        reindexFact(db, input.id);
      })();
      return getFact(input.id);
    },

    addEvidence(input: { id: string; evidence: NewEvidence; by: string }): FactDetail {
      db.transaction(() => {
        const fact = requireFact(input.id);
        if (fact.status === 'retracted') throw new ApiError('refused', `Fact ${input.id} was retracted.`);
        const at = now();
        addEvidenceRows(input.id, [input.evidence], input.by, at);
        // A verified fact keeps the promise that every one of its quotes is found in its source.
        if (fact.status === 'verified') {
          const problems = unanchoredQuotes(input.id);
          if (problems.length > 0) throw new ApiError('refused', `Fact ${input.id} is verified; its new quote must be found once in its source: ${problems.join('; ')}.`);
        }
        touchFact(db, input.id, at);
        reindexFact(db, input.id);
      })();
      return getFact(input.id);
    },

    verifyFact: (input: { id: string; by: string }) => changeStatus(input.id, 'verified', input.by, 'verified against its sources'),
    disputeFact: (input: { id: string; by: string; reason: string }) => changeStatus(input.id, 'disputed', input.by, input.reason),
    retractFact: (input: { id: string; by: string; reason: string }) => changeStatus(input.id, 'retracted', input.by, input.reason),
    /** Any status change with its own reason (resolving a conflict records why). */
    changeStatus,
    getFact,
  };
}

function checkedFields(input: FactFields): FactFields {
  // Valid Unicode only (a lone surrogate becomes U+FFFD), so the columns and the search index hold what the API returns.
  const fields = storedTextDeep(FactFields.parse(input));
  if (fields.valueHigh !== null && (fields.valueLow === null || fields.valueHigh < fields.valueLow)) {
    throw new ApiError('invalid_request', 'A range needs a low value no greater than its high value.', [
      { path: 'fields.valueHigh', message: 'must be at least valueLow' },
    ]);
  }
  const topics = [...new Set(fields.topics.map((t) => t.trim()).filter((t) => t.length > 0))];
  return { ...fields, topics };
}

function claimOf(fields: FactFields): ClaimColumns {
  return { metric: fields.metric, subject: fields.subject, period: fields.period, valueLow: fields.valueLow, valueHigh: fields.valueHigh };
}

function versionRow(factId: string, version: number, f: FactFields, reason: string, by: string, at: string) {
  return {
    factId,
    version,
    statement: f.statement,
    metric: f.metric,
    subject: f.subject,
    valueLow: f.valueLow,
    valueHigh: f.valueHigh,
    unit: f.unit,
    qualifier: f.qualifier,
    period: f.period,
    claimant: f.claimant,
    topics: JSON.stringify(f.topics),
    notes: f.notes,
    reason,
    createdAt: at,
    createdBy: by,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
