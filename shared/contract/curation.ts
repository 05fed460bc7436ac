/**
 * Curation (issue 6): the facts table, version diffs, resolving conflicts, importing a
 * source's text and reading a source with its quotes highlighted.
 */
import { z } from 'zod';
import {
  AnchorState,
  ConflictGroup,
  FactStatus,
  FactSummary,
  FactVersion,
  PartialDate,
  QuoteSelector,
  ReliabilityTier,
} from '../model';
import { request } from './define';

const id = z.string().min(1).max(200);
const by = z.string().min(1).max(200);
const reason = z.string().trim().min(1, 'a reason is required').max(5000);

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

/** Metadata as the import form sends it: the title is required, anything else may be unknown. */
export const ImportMeta = z.strictObject({
  title: z.string().max(1000),
  publisher: z.string().max(500).nullable().optional(),
  authors: z.array(z.string().max(300)).max(100).optional(),
  published: PartialDate.optional(),
  url: z.string().max(4000).nullable().optional(),
  accessed: PartialDate.optional(),
  language: z.string().max(35).nullable().optional(),
  reliability: ReliabilityTier.optional(),
});
export type ImportMeta = z.infer<typeof ImportMeta>;

export const sourceFormats = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
/** In UTF-16 code units (a JavaScript string's length). */
export const maxSourceTextLength = 60 * 1024 * 1024;

export const SourceImportRequest = request({
  fileName: z.string().min(1).max(1000),
  text: z.string().max(maxSourceTextLength),
  meta: ImportMeta,
  format: z.enum(sourceFormats),
  original: z
    .strictObject({
      base64: z.string().max(Math.ceil((maxSourceTextLength * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 text'),
      mediaType: z.string().min(1).max(200),
    })
    .optional(),
});
export type SourceImportRequest = z.output<typeof SourceImportRequest>;

/** A quote in a source, for the reader's highlights: where it was taken and where it is now. */
export const SourceQuote = z.object({
  evidenceId: z.string(),
  factId: z.string(),
  version: z.number().int(),
  statement: z.string(),
  status: FactStatus,
  selector: QuoteSelector,
  anchor: AnchorState,
  /** The quote's place in the stored text now; null when ambiguous or orphaned. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type SourceQuote = z.infer<typeof SourceQuote>;

export const curationContract = {
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
    request: request({ factIds: z.array(id).min(2).max(500), preferredId: id, by, reason }),
    response: z.object({ group: ConflictGroup }),
  },
  'sources.quotesIn': {
    request: request({ sourceId: id }),
    response: z.object({ sourceId: z.string(), quotes: z.array(SourceQuote) }),
  },
} as const;
