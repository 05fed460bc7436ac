/** Fact packs: a selection of facts with their sources in one file, to share offline. */
import { z } from 'zod';
import { request } from './define';

export const PackImportReport = z.object({
  /** Fact ids new to this store. */
  added: z.array(z.string()),
  /** Facts that gained versions, quotes or status changes. */
  updated: z.array(z.string()),
  /** Facts already here exactly as in the pack. */
  skipped: z.array(z.string()),
  /** Facts left untouched because the pack and this store disagree. */
  conflicts: z.array(z.object({ factId: z.string(), reason: z.string() })),
  /** Ids (in this store) of sources whose text was not here before. */
  sourcesAdded: z.array(z.string()),
});
export type PackImportReport = z.infer<typeof PackImportReport>;

export const packsContract = {
  'packs.export': {
    request: request({ factIds: z.array(z.string().min(1).max(200)).min(1).max(100_000) }),
    response: z.object({
      fileName: z.string(),
      json: z.string(),
      digest: z.string(),
      factCount: z.number().int(),
      sourceCount: z.number().int(),
    }),
  },
  'packs.import': {
    changesFacts: true,
    request: request({ json: z.string().max(256 * 1024 * 1024) }),
    response: PackImportReport,
  },
} as const;
