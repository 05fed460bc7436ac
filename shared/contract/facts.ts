/**
 * Facts: search, read, write (create, revise, add evidence, verify, dispute, retract), the
 * facts table, version diffs and conflicts. A method that changes what a cited fact reads
 * as says `changesFacts: true`; the renderer's refresh signal is derived from that.
 */
import { z } from 'zod';
import { ConflictGroup, FactDetail, FactFields, FactStatus, FactSummary, FactVersion, QuoteSelector } from '../model';
import { request } from './define';

const id = z.string().min(1).max(200);
const reason = z.string().trim().min(1, 'a reason is required').max(5000);

export const FactSearchRequest = request({
  /** Any text a user types is valid: it is never passed to FTS5 as syntax. */
  query: z.string().max(20000),
  limit: z.number().int().min(1).max(200).default(25),
  status: FactStatus.optional(),
  topic: z.string().max(100).optional(),
  sourceId: id.optional(),
  period: z.string().max(50).optional(),
});

export const NewEvidence = z.object({ sourceId: id, selector: QuoteSelector });

const by = z.string().min(1).max(200);

export const factListSorts = ['updated', 'statement', 'status', 'source', 'period'] as const;

export const FactListRequest = request({
  /** Words to find, as facts.search reads them (statement, claimant, quotes, topics, sources; the last word also as a prefix). */
  query: z.string().max(20000).optional(),
  sort: z.enum(factListSorts).default('updated'),
  /** Defaults: newest first for `updated`, A to Z for the others. */
  direction: z.enum(['asc', 'desc']).optional(),
  status: FactStatus.optional(),
  topic: z.string().max(100).optional(),
  sourceId: id.optional(),
  period: z.string().max(50).optional(),
  corroborated: z.boolean().optional(),
  inConflict: z.boolean().optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type FactListRequest = z.output<typeof FactListRequest>;

/** The fields a version diff compares, in the order a fact page shows them. */
export const diffedFields = ['statement', 'metric', 'subject', 'valueLow', 'valueHigh', 'unit', 'qualifier', 'period', 'claimant', 'topics', 'notes'] as const;
export const DiffedField = z.enum(diffedFields);

export const FieldValue = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);

/** A run of words in the statement: unchanged, only in `to` (added) or only in `from` (removed). */
export const TextSegment = z.object({ text: z.string(), change: z.enum(['same', 'added', 'removed']) });
export type TextSegment = z.infer<typeof TextSegment>;

export const FactDiff = z.object({
  id: z.string(),
  from: FactVersion,
  to: FactVersion,
  statement: z.array(TextSegment),
  /** Only the fields whose values differ. */
  changes: z.array(z.object({ field: DiffedField, before: FieldValue, after: FieldValue })),
});
export type FactDiff = z.infer<typeof FactDiff>;

/** An abbreviation search expands (issue 12 item 3): from the standard list, a curator, or a source that defines it. */
export const SearchAlias = z.object({
  id: z.number().int(),
  abbreviation: z.string(),
  expansion: z.string(),
  language: z.enum(['en', 'vi']).nullable(),
  origin: z.enum(['standard', 'curator', 'source']),
  sourceId: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type SearchAlias = z.infer<typeof SearchAlias>;

export const factsContract = {
  'facts.search': {
    request: FactSearchRequest,
    response: z.object({ results: z.array(FactSummary), total: z.number().int() }),
  },
  'facts.get': {
    request: request({ id, version: z.number().int().positive().optional() }),
    response: FactDetail,
  },
  /** Current version and status of many facts at once (chips check these on open). */
  'facts.status': {
    request: request({ ids: z.array(id).max(5000) }),
    response: z.object({ facts: z.array(FactSummary), missing: z.array(z.string()) }),
  },
  'facts.create': {
    changesFacts: true,
    request: request({ fields: FactFields, evidence: z.array(NewEvidence).min(1).max(50), by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.revise': {
    changesFacts: true,
    request: request({ id, fields: FactFields, reason, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.addEvidence': {
    changesFacts: true,
    request: request({ id, evidence: NewEvidence, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.verify': {
    changesFacts: true,
    request: request({ id, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.dispute': {
    changesFacts: true,
    request: request({ id, by: z.string().min(1).max(200), reason }),
    response: FactDetail,
  },
  'facts.retract': {
    changesFacts: true,
    request: request({ id, by: z.string().min(1).max(200), reason }),
    response: FactDetail,
  },
  'facts.conflicts': {
    request: request({}),
    response: z.object({ groups: z.array(ConflictGroup) }),
  },
  'facts.corroborated': {
    request: request({ limit: z.number().int().min(1).max(1000).default(200) }),
    response: z.object({ facts: z.array(FactSummary) }),
  },
  'facts.topics': {
    request: request({}),
    response: z.object({ topics: z.array(z.object({ topic: z.string(), count: z.number().int() })) }),
  },

  /** The abbreviations search expands ("FDI" also finds "foreign direct investment"), A to Z. */
  'facts.aliases': {
    request: request({}),
    response: z.object({ aliases: z.array(SearchAlias) }),
  },
  /** A curator's alias; adding one the store has changes nothing (`added: false`). Not a fact change: it only widens search. */
  'facts.addAlias': {
    request: request({
      abbreviation: z.string().trim().min(1).max(40),
      expansion: z.string().trim().min(1).max(200),
      language: z.enum(['en', 'vi']).optional(),
      by,
    }),
    response: z.object({ alias: SearchAlias, added: z.boolean() }),
  },

  'facts.list': {
    request: FactListRequest,
    response: z.object({ facts: z.array(FactSummary), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }),
  },
  'facts.diff': {
    request: request({ id, from: z.number().int().positive(), to: z.number().int().positive() }),
    response: FactDiff,
  },
  /**
   * Marks `preferredId` preferred in the conflict made by `factIds` (the group as the user
   * saw it): verifies it and disputes every other fact of the group, in one transaction.
   */
  'conflicts.resolve': {
    changesFacts: true,
    request: request({ factIds: z.array(id).min(2).max(500), preferredId: id, by, reason }),
    response: z.object({ group: ConflictGroup }),
  },
} as const;
