/**
 * The facts service: creates facts with their evidence, revises them as new immutable
 * versions, records every status change, takes in facts and changes from fact packs
 * (fact-imports.ts), and reads facts back with computed flags. It is the only code that
 * writes the fact tables (through fact-writes.ts); pack merge, conflict resolution, the
 * starter build and, later, department sync call it. Every write runs in one immediate
 * transaction (a deferred one fails at once when another process writes, despite
 * busy_timeout). Time and ids are injectable so the starter build is byte-for-byte reproducible.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { keyedError } from '../../../shared/errors';
import { storedTextDeep } from '../../../shared/stored-text';
import { FactFields, StatementTranslations, type FactDetail, type FactStatus, type QuoteSelector } from '../../../shared/model';
import type { ConflictPreference } from '../db/repositories/conflict-preferences';
import { isJoinedToDepartment } from '../db/repositories/department';
import { countEvidence, listEvidence } from '../db/repositories/evidence';
import { factIdExists, getFactRow, getOrigin, getVersion, listStatusChanges, listVersions, type FactRow, type VersionRow } from '../db/repositories/facts';
import { summaryRowAt } from '../db/repositories/fact-summaries';
import { listFactImports } from '../db/repositories/pack-changes';
import { getSourceText, getSourceTitle } from '../db/repositories/sources';
import { isoNow } from '../sources/source-store';
import { anchorQuote, isFound } from './anchoring';
import { createFactImports } from './fact-imports';
import { createFactReplica } from './fact-replica';
import {
  indexNewFact,
  moveToVersion,
  queueFactIdentity,
  optimizeSearch,
  reindexFact,
  touch,
  writeCurrentStatus,
  writeEvidence,
  writeFactRow,
  writePreference,
  writeStatusChange,
  writeVersion,
  type Provenance,
  type VersionFields,
} from './fact-writes';
import { conflictStanding, fieldsOfVersion, sourcesByFact, toSummary, toVersion } from './summaries';

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
  /** The language the statement is written in; English when absent. */
  language?: string;
  /** The statement in other languages (the starter set writes its Vietnamese statements here). */
  translations?: Record<string, string>;
}

export type FactStore = ReturnType<typeof createFactStore>;

export function createFactStore(db: Database, options: FactStoreOptions = {}) {
  const now = options.now ?? isoNow;
  const newFactId = options.newFactId ?? (() => `f_${randomBytes(8).toString('hex')}`);

  function requireFact(id: string): FactRow {
    const fact = getFactRow(db, id);
    if (!fact) throw keyedError('not_found', 'factNotFound', { id });
    return fact;
  }

  /**
   * Who wrote a change made here, and, when this store has joined a department and the fact is
   * not local only, the time-ordered id it is pushed under (the outbox entry is written with it).
   */
  function madeHere(factId: string, by: string, at: string, shared = getOrigin(db, factId) !== 'local'): Provenance {
    return shared ? { by, at, packImportId: null, department: { changeId: uuidv7(), push: true } } : { by, at, packImportId: null };
  }

  /** Inserts quotes numbered after the fact's existing ones; returns their sources' titles. */
  function addEvidenceRows(factId: string, evidence: readonly NewEvidence[], by: string, at: string, existing: number): string[] {
    return evidence.map((e, i) => {
      const title = getSourceTitle(db, e.sourceId);
      if (title === undefined) throw keyedError('not_found', 'sourceNotFound', { id: e.sourceId });
      if (e.selector.end !== e.selector.start + e.selector.exact.length) {
        throw keyedError('invalid_request', 'api.quoteLength');
      }
      writeEvidence(db, factId, existing + i + 1, e.sourceId, e.selector, madeHere(factId, by, at));
      return title;
    });
  }

  /** Writes a new fact (version 1, unverified) and its search text; the caller holds the transaction. */
  function writeNewFact(input: CreateFactInput): string {
    const fields: VersionFields = {
      ...checkedFields(input.fields),
      language: input.language ?? 'en',
      translations: storedTextDeep(StatementTranslations.parse(input.translations ?? {})),
    };
    if (input.evidence.length === 0) throw keyedError('invalid_request', 'api.factNeedsQuote');
    const id = input.id ?? newFactId();
    if (factIdExists(db, id)) throw keyedError('conflict', 'api.factExists', { id });
    const at = now();
    // Made while joined to a department: shared with it on the next sync (local facts made before joining stay local).
    const shared = isJoinedToDepartment(db);
    const num = writeFactRow(db, id, fields, at, shared ? 'shared' : 'local');
    if (shared) queueFactIdentity(db, id, at, uuidv7());
    writeVersion(db, id, 1, fields, 'created', madeHere(id, input.by, at, shared));
    const titles = addEvidenceRows(id, input.evidence, input.by, at, 0);
    const quotes = input.evidence.map((e, i) => ({ exact: e.selector.exact, sourceId: e.sourceId, sourceTitle: titles[i]! }));
    indexNewFact(db, num, fields, 'unverified', quotes);
    return id;
  }

  function requireVersion(id: string): VersionRow {
    const fact = requireFact(id);
    if (fact.status === 'retracted') throw keyedError('refused', 'factRetractedNoRevise', { id });
    return getVersion(db, id, fact.currentVersion)!;
  }

  /** The next version of a fact; a verified fact goes back to unverified (the caller holds the transaction). */
  function writeRevision(id: string, fields: VersionFields, reason: string, by: string): void {
    const fact = requireFact(id);
    const version = fact.currentVersion + 1;
    const at = now();
    // based on the version it revised: two desktops revising the same one offline have diverged (department sync).
    writeVersion(db, id, version, fields, reason, madeHere(id, by, at), fact.currentVersion);
    moveToVersion(db, id, version, fields, at);
    if (fact.status === 'verified') {
      writeCurrentStatus(db, id, 'unverified', by, at, at);
      writeStatusChange(db, id, 'unverified', `revised to version ${version}: ${reason}`, madeHere(id, by, at));
    }
    reindexFact(db, id);
  }

  /** Why each quote of `factId` is not anchored in its source; empty when all are. */
  function unanchoredQuotes(factId: string): string[] {
    return listEvidence(db, factId).flatMap((e) => {
      const state = anchorQuote(getSourceText(db, e.sourceId) ?? '', e);
      return isFound(state.state) ? [] : [`"${shorten(e.exact)}" is ${state.state} in "${e.sourceTitle}"`];
    });
  }

  function changeStatus(id: string, status: FactStatus, by: string, reason: string): FactDetail {
    immediate(() => {
      const fact = requireFact(id);
      if (fact.status === 'retracted' && status !== 'retracted') {
        throw keyedError('refused', 'factRetractedStays', { id });
      }
      if (status === 'verified') {
        const problems = unanchoredQuotes(id);
        if (problems.length > 0) {
          throw keyedError('refused', 'api.verifyQuotesNotFound', { id, problems: problems.join('; ') });
        }
      }
      const at = now();
      writeCurrentStatus(db, id, status, by, at, at);
      writeStatusChange(db, id, status, reason, madeHere(id, by, at));
      reindexFact(db, id); // the status is a search filter
    });
    return getFact(id);
  }

  function getFact(id: string, version?: number): FactDetail {
    const fact = requireFact(id);
    const row = summaryRowAt(db, id, version ?? fact.currentVersion);
    if (!row) throw keyedError('not_found', 'api.factVersionMissing', { id, version: String(version), latest: fact.currentVersion });
    const summary = toSummary(row, sourcesByFact(db, [id]).get(id) ?? [], conflictStanding(db, row));
    const versions = listVersions(db, id);
    // Creation is not stored as a status change: version 1 already says who and when.
    const created = { status: 'unverified', by: versions[0]!.createdBy, at: versions[0]!.createdAt, reason: 'created' };
    return {
      ...summary,
      versions: versions.map(toVersion),
      evidence: listEvidence(db, id).map((e) => ({
        id: e.id,
        sourceId: e.sourceId,
        sourceTitle: e.sourceTitle,
        selector: { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end },
        anchor: anchorQuote(getSourceText(db, e.sourceId) ?? '', e).state,
      })),
      history: [created, ...listStatusChanges(db, id)].map((c) => ({ ...c, status: c.status as FactStatus })),
      importedFrom: listFactImports(db, id).map(({ packImportId: _id, ...from }) => from),
    };
  }

  /**
   * One immediate transaction; inside the caller's transaction, part of it (no savepoint: a
   * failure aborts the caller's whole transaction anyway, and a savepoint per fact costs a
   * fifth of a large pack import).
   */
  function immediate<T>(fn: () => T): T {
    return db.inTransaction ? fn() : db.transaction(fn).immediate();
  }

  const imports = createFactImports(db, { now, immediate, getFact, requireFact });

  return {
    createFact(input: CreateFactInput): FactDetail {
      return getFact(immediate(() => writeNewFact(input)));
    },

    /** Many new facts in one transaction (imports, the benchmark); returns how many. */
    importFacts(inputs: readonly CreateFactInput[]): number {
      immediate(() => {
        for (const input of inputs) writeNewFact(input);
      });
      return inputs.length;
    },

    /** A revision is a new version; the old ones stay readable. Verified content must be verified again. */
    reviseFact(input: { id: string; fields: FactFields; reason: string; by: string }): FactDetail {
      const checked = checkedFields(input.fields);
      immediate(() => {
        const current = requireVersion(input.id);
        // Translations said the old statement in other words: they stay only while it is unchanged.
        const translations = current.statement === checked.statement ? (JSON.parse(current.translations) as Record<string, string>) : {};
        writeRevision(input.id, { ...checked, language: current.language, translations }, input.reason, input.by);
      });
      return getFact(input.id);
    },

    /**
     * The statement in another language, as a new version (reason "translation"): who and when
     * are recorded, and a verified fact must be verified again, as for any revision. Every
     * other field, and the quotes, stay as they are.
     */
    translateFact(input: { id: string; language: string; statement: string; by: string }): FactDetail {
      const statement = storedTextDeep(input.statement).trim();
      if (!statement) throw keyedError('invalid_request', 'api.translationNeedsStatement');
      immediate(() => {
        const current = requireVersion(input.id);
        if (current.language === input.language) {
          throw keyedError('invalid_request', 'api.factAlreadyInLanguage', { id: input.id, language: input.language });
        }
        const translations = { ...(JSON.parse(current.translations) as Record<string, string>), [input.language]: statement };
        const fields: VersionFields = { ...fieldsOfVersion(current), language: current.language, translations };
        writeRevision(input.id, fields, 'translation', input.by);
      });
      return getFact(input.id);
    },

    addEvidence(input: { id: string; evidence: NewEvidence; by: string }): FactDetail {
      immediate(() => {
        const fact = requireFact(input.id);
        if (fact.status === 'retracted') throw keyedError('refused', 'factRetracted', { id: input.id });
        const at = now();
        addEvidenceRows(input.id, [input.evidence], input.by, at, countEvidence(db, input.id));
        // A verified fact keeps the promise that every one of its quotes is found in its source.
        if (fact.status === 'verified') {
          const problems = unanchoredQuotes(input.id);
          if (problems.length > 0) throw keyedError('refused', 'api.verifiedNewQuoteNotFound', { id: input.id, problems: problems.join('; ') });
        }
        touch(db, input.id, at);
        reindexFact(db, input.id);
      });
      return getFact(input.id);
    },

    verifyFact: (input: { id: string; by: string }) => changeStatus(input.id, 'verified', input.by, 'verified against its sources'),
    disputeFact: (input: { id: string; by: string; reason: string }) => changeStatus(input.id, 'disputed', input.by, input.reason),
    retractFact: (input: { id: string; by: string; reason: string }) => changeStatus(input.id, 'retracted', input.by, input.reason),
    /** Any status change with its own reason (resolving a conflict records why). */
    changeStatus,
    /** The fact a curator preferred for a claim (conflict-resolution.ts decides when). */
    recordPreference: (preference: ConflictPreference) => immediate(() => writePreference(db, preference)),
    /** Merges the search index's segments (the starter build, before it is shipped). */
    optimizeSearch: () => immediate(() => optimizeSearch(db)),
    getFact,
    immediate,
    ...imports,
    ...createFactReplica(db, immediate),
  };
}

function checkedFields(input: FactFields): FactFields {
  // Valid Unicode only (a lone surrogate becomes U+FFFD), so the columns and the search index hold what the API returns.
  const fields = storedTextDeep(FactFields.parse(input));
  if (fields.valueHigh !== null && (fields.valueLow === null || fields.valueHigh < fields.valueLow)) {
    throw keyedError('invalid_request', 'api.rangeOrder', {}, [
      { path: 'fields.valueHigh', message: 'must be at least valueLow' },
    ]);
  }
  const topics = [...new Set(fields.topics.map((t) => t.trim()).filter((t) => t.length > 0))];
  return { ...fields, topics };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
