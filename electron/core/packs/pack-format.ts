/**
 * The fact pack file: a selection of facts with every version, quote and status change, and
 * the full text of each source they quote, in one UTF-8 JSON file.
 *
 *   {
 *     "format": "briefing-fact-pack", "version": 2,
 *     "createdAt": ISO time, "createdBy": the exporter's profile name or null,
 *     "sources": [{ "id", "meta": SourceMeta, "text", "sha256": hex sha256 of text's UTF-8 bytes }],
 *       (meta.originalTitle, the title in the source's own language, only when the source has one:
 *       an optional member, so no version bump; a pack without it reads as "no original title",
 *       and a source already in the store keeps its own metadata, as for every other field)
 *     "facts": [{ "id", "versions": [FactVersion, oldest first], "evidence": [quote], "statusHistory": [change, oldest first] }],
 *     "digest": hex
 *   }
 *
 * What is hashed: `digest` is the lowercase hex SHA-256 of the UTF-8 bytes of the canonical
 * JSON (canonical-json.ts, RFC 8785) of the whole pack object with the `digest` member
 * removed: format, version, createdAt, createdBy, sources (texts included) and facts. So any
 * change anywhere in the pack, other than whitespace and key order, breaks the digest; each
 * source's own sha256 also proves its text alone.
 */
import { z } from 'zod';
import { FactStatus, FactVersion, SourceMeta } from '../../../shared/model';

export const packFormat = 'briefing-fact-pack';
/**
 * The newest pack version this app reads and the one it writes. Version 2 (issue 15): a fact
 * version may carry `language` and `translations`; a version 1 pack has neither, and its
 * versions read as English with no translations.
 */
export const packVersion = 2;

const id = z.string().min(1).max(200);
const time = z.string().min(1).max(100);

export const PackSource = z.strictObject({
  id,
  meta: SourceMeta.strict(),
  text: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256'),
});

export const PackEvidence = z.strictObject({
  id,
  sourceId: id,
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  addedAt: time,
  addedBy: z.string(),
});

export const PackStatusChange = z.strictObject({ status: FactStatus, by: z.string(), at: time, reason: z.string() });

export const PackFact = z.strictObject({
  id,
  versions: z.array(FactVersion.strict()).min(1),
  evidence: z.array(PackEvidence).min(1),
  // Empty for a fact never verified, disputed or retracted: creation is version 1, not a status change.
  statusHistory: z.array(PackStatusChange),
});

export const FactPack = z.strictObject({
  format: z.literal(packFormat),
  version: z.union([z.literal(1), z.literal(packVersion)]),
  createdAt: time,
  createdBy: z.string().nullable(),
  sources: z.array(PackSource),
  facts: z.array(PackFact).min(1),
  digest: z.string(),
});

export type FactPack = z.infer<typeof FactPack>;
export type PackFact = z.infer<typeof PackFact>;
export type PackSource = z.infer<typeof PackSource>;
export type PackEvidence = z.infer<typeof PackEvidence>;
export type PackStatusChange = z.infer<typeof PackStatusChange>;
