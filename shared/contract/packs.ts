/**
 * Fact packs: a selection of facts with their sources in one file, to share offline.
 *
 * A pack's `digest` is an unkeyed SHA-256 of its content: an integrity checksum that shows
 * the file arrived whole. Anyone can recompute it, so it says nothing about who made the
 * pack; names inside a pack (who created a version, who verified or retracted a fact) are
 * kept as what the pack claims. New versions, quotes or status changes of a fact this store
 * already holds never change it on import: they wait as pack changes, to be accepted or
 * rejected here.
 */
import { z } from 'zod';
import { FactStatus, FactVersion, StatusChange } from '../model';
import { request, Wording } from './define';
import { editableSourceFields } from './sources';

const by = z.string().trim().min(1, 'who decided is required').max(200);

export const PackImportReport = z.object({
  /** The pack's checksum (unkeyed SHA-256): the file is whole; it does not prove who made it. */
  checksum: z.string(),
  /** Fact ids new to this store. */
  added: z.array(z.string()),
  /** Facts this store holds for which the pack brings new versions, quotes or status changes: nothing was changed, each waits for review. */
  toReview: z.array(z.object({ changeId: z.number().int(), factId: z.string(), summary: z.array(z.string()) })),
  /** Facts already here exactly as in the pack, or whose change from it was already rejected. */
  skipped: z.array(z.string()),
  /** Facts left untouched because the pack and this store disagree on what is already here. */
  conflicts: z.array(z.object({ factId: z.string(), reason: z.string() })),
  /** Ids (in this store) of sources whose text was not here before. */
  sourcesAdded: z.array(z.string()),
  /** Sources this store already held whose empty details the pack filled in (an original title, a publisher); details both have are left as they are here. */
  sourcesCompleted: z.array(z.object({ sourceId: z.string(), fields: z.array(z.enum(editableSourceFields)) })),
});
export type PackImportReport = z.infer<typeof PackImportReport>;

/** What a fact pack would change in a fact this store holds, with where it came from. */
export const PackChange = z.object({
  id: z.number().int(),
  factId: z.string(),
  /** The fact as it is here now. */
  current: z.object({
    version: z.number().int(),
    statement: z.string(),
    status: FactStatus,
    valueLow: z.number().nullable(),
    valueHigh: z.number().nullable(),
    unit: z.string().nullable(),
  }),
  /** The fact's version here when the pack arrived; the change can be accepted only while it still is. */
  baseVersion: z.number().int(),
  fileName: z.string(),
  checksum: z.string(),
  /** Who the pack says made it (a claim). */
  claimedBy: z.string().nullable(),
  /** Who imported the file here, and when. */
  importedBy: z.string(),
  importedAt: z.string(),
  versions: z.array(FactVersion),
  quotes: z.array(z.object({ id: z.string(), exact: z.string(), sourceId: z.string(), sourceTitle: z.string(), addedBy: z.string(), addedAt: z.string() })),
  statusChanges: z.array(StatusChange),
  /** One plain line per version, quote or status change. */
  summary: z.array(z.string()),
  /** The same lines as catalogue messages (`packChangeSummary.<key>`), for the app to word in its language. */
  summaryWordings: z.array(Wording),
  decision: z.enum(['accepted', 'rejected']).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type PackChange = z.infer<typeof PackChange>;

export const packsContract = {
  'packs.export': {
    request: request({ factIds: z.array(z.string().min(1).max(200)).min(1).max(100_000) }),
    response: z.object({
      fileName: z.string(),
      json: z.string(),
      /** The integrity checksum written into the pack (unkeyed SHA-256). */
      digest: z.string(),
      factCount: z.number().int(),
      sourceCount: z.number().int(),
    }),
  },
  'packs.import': {
    changesFacts: true,
    request: request({
      json: z.string().max(256 * 1024 * 1024),
      /** The pack file's name, recorded as where imported records came from. */
      fileName: z.string().trim().min(1).max(255).optional(),
      /** Who imports it; the profile's name when absent. */
      by: by.optional(),
    }),
    response: PackImportReport,
  },
  'packs.pendingChanges': {
    request: request({}),
    response: z.object({ changes: z.array(PackChange) }),
  },
  'packs.acceptChange': {
    changesFacts: true,
    request: request({ id: z.number().int().positive(), by }),
    response: PackChange,
  },
  'packs.rejectChange': {
    request: request({ id: z.number().int().positive(), by }),
    response: PackChange,
  },
} as const;
