/**
 * The domain's shapes as they cross the API: sources, evidence (quotes), facts and their
 * versions. zod schemas are the source of truth; the TypeScript types are inferred.
 */
import { z } from 'zod';

export const factStatuses = ['unverified', 'verified', 'disputed', 'retracted'] as const;
export const FactStatus = z.enum(factStatuses);
export type FactStatus = z.infer<typeof FactStatus>;

export const reliabilityTiers = ['official', 'wire', 'press', 'secondary', 'unknown'] as const;
export const ReliabilityTier = z.enum(reliabilityTiers);

/** A date that may be known only in part: "2026-01-15", "2026-01", "2026", or null (unknown). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .nullable();

export const SourceMeta = z.object({
  title: z.string().min(1).max(1000),
  /**
   * The title in the source's own language when `title` is a translation of it (CSL
   * `original-title`); absent or null when `title` is already the original.
   */
  originalTitle: z.string().max(1000).nullable().optional(),
  /** Outlet or publisher; null when the text does not say. */
  publisher: z.string().max(500).nullable(),
  authors: z.array(z.string().max(300)).max(100),
  published: PartialDate,
  url: z.string().max(4000).nullable(),
  accessed: PartialDate,
  language: z.string().max(35).nullable(),
  reliability: ReliabilityTier,
});
export type SourceMeta = z.infer<typeof SourceMeta>;

export const SourceSummary = SourceMeta.extend({
  id: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
  textLength: z.number().int(),
  factCount: z.number().int(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceWithText = SourceSummary.extend({ text: z.string() });
export type SourceWithText = z.infer<typeof SourceWithText>;

/** W3C Web Annotation TextQuoteSelector plus a TextPositionSelector hint. */
export const QuoteSelector = z.object({
  exact: z.string().min(1).max(20000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type QuoteSelector = z.infer<typeof QuoteSelector>;

export const anchorStates = ['anchored', 'relocated', 'ambiguous', 'orphan'] as const;
export const AnchorState = z.enum(anchorStates);
export type AnchorState = z.infer<typeof AnchorState>;

export const Evidence = z.object({
  id: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  selector: QuoteSelector,
  anchor: AnchorState,
});
export type Evidence = z.infer<typeof Evidence>;

export const qualifiers = ['exact', 'about', 'more than', 'less than', 'at least', 'at most', 'record'] as const;

/** The fields a drafter or curator writes; a revision supplies all of them again. */
export const FactFields = z.object({
  statement: z.string().min(1).max(5000),
  metric: z.string().max(300).nullable(),
  subject: z.string().max(300).nullable(),
  /** A single value has valueHigh = null; a range (28–29) has both. */
  valueLow: z.number().nullable(),
  valueHigh: z.number().nullable(),
  unit: z.string().max(100).nullable(),
  qualifier: z.enum(qualifiers).nullable(),
  /** Reference period as written in the source's terms: "2025", "2021-2025", "2026-01". */
  period: z.string().max(50).nullable(),
  claimant: z.string().max(300).nullable(),
  topics: z.array(z.string().min(1).max(100)).max(50),
  notes: z.string().max(10000),
});
export type FactFields = z.infer<typeof FactFields>;

/**
 * A version's statement in other languages, by BCP 47 primary tag: { "vi": "…" }. The quote is
 * never translated (it stays verbatim in its source's language). Defaults keep fact packs made
 * before languages existed (pack version 1) readable.
 */
export const StatementTranslations = z.record(z.string().regex(/^[a-z]{2,3}$/, 'a language tag such as "vi"'), z.string().min(1).max(5000));
export const StatementLanguages = z.object({
  /** The language the statement itself is written in. */
  language: z.string().regex(/^[a-z]{2,3}$/).default('en'),
  translations: StatementTranslations.default({}),
});
export type StatementLanguages = z.infer<typeof StatementLanguages>;

export const FactVersion = FactFields.extend(StatementLanguages.shape).extend({
  factId: z.string(),
  version: z.number().int().positive(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type FactVersion = z.infer<typeof FactVersion>;

export const StatusChange = z.object({
  status: FactStatus,
  by: z.string(),
  at: z.string(),
  reason: z.string(),
});

/** A curator closed a disagreement by preferring one fact (shared/conflict-state.ts decides when it stays closed). */
export const ConflictResolution = z.object({
  preferredId: z.string(),
  by: z.string(),
  at: z.string(),
  reason: z.string(),
});
export type ConflictResolution = z.infer<typeof ConflictResolution>;

/** A fact as the fact panel and the chips see it: its current version and computed flags. */
export const FactSummary = FactFields.extend(StatementLanguages.shape).extend({
  id: z.string(),
  version: z.number().int().positive(),
  status: FactStatus,
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /**
   * Where the fact lives (issue 16): `department` (in the department's store), `shared` (made
   * while joined, not yet sent), `local` (this computer only).
   */
  origin: z.enum(['local', 'shared', 'department']),
  corroborated: z.boolean(),
  /** An open disagreement: another live fact gives a different value and no curator's choice closes it. */
  inConflict: z.boolean(),
  /** The choice that closed this fact's disagreement (the fact may be the one preferred or one set aside); null when there is none. */
  conflictResolution: ConflictResolution.nullable().default(null),
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string().nullable(), published: PartialDate })),
  /** The first evidence quote, for previews. */
  quote: z.string().nullable(),
  updatedAt: z.string(),
});
export type FactSummary = z.infer<typeof FactSummary>;

/**
 * A fact pack that brought versions, quotes or status changes of a fact into this store. The
 * names on those records (createdBy, by) are what the pack claims; `importedBy` is who
 * imported the file here. `checksum` is the pack's unkeyed SHA-256: it shows the file is
 * whole, not who made it.
 */
export const FactImport = z.object({
  fileName: z.string(),
  checksum: z.string(),
  claimedBy: z.string().nullable(),
  importedBy: z.string(),
  importedAt: z.string(),
  versions: z.number().int(),
  quotes: z.number().int(),
  statusChanges: z.number().int(),
});
export type FactImport = z.infer<typeof FactImport>;

export const FactDetail = FactSummary.extend({
  versions: z.array(FactVersion),
  evidence: z.array(Evidence),
  history: z.array(StatusChange),
  /** Where imported records of this fact came from; empty for a fact written only here. */
  importedFrom: z.array(FactImport),
});
export type FactDetail = z.infer<typeof FactDetail>;

export const ConflictGroup = z.object({
  metric: z.string(),
  subject: z.string(),
  period: z.string(),
  facts: z.array(FactSummary),
  /** The fact a curator marked preferred (conflicts.resolve); null until then. */
  preferredId: z.string().nullable(),
  /** Who closed the conflict, when and why; null while it is open (shared/conflict-state.ts). */
  resolution: ConflictResolution.nullable().default(null),
});
export type ConflictGroup = z.infer<typeof ConflictGroup>;
