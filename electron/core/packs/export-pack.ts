/** Writing a fact pack: the chosen facts with all their history and the full text of every source they quote. */
import type { Database } from 'better-sqlite3';
import { keyedError } from '../../../shared/errors';
import type { FactStatus } from '../../../shared/model';
import { listEvidenceRecords } from '../db/repositories/evidence';
import { factIdExists, listStatusChanges, listVersions } from '../db/repositories/facts';
import { toVersion } from '../facts/summaries';
import { getProfile } from '../profile/profile';
import { getSource, isoNow, sha256Of } from '../sources/source-store';
import { packDigest } from './pack-digest';
import { packFormat, packVersion, type FactPack, type PackFact, type PackSource } from './pack-format';

export interface ExportOptions {
  now?: () => string;
  /** Defaults to the profile's name. */
  createdBy?: string | null;
}

export interface ExportedPack {
  pack: FactPack;
  json: string;
  fileName: string;
}

export function exportPack(db: Database, factIds: readonly string[], options: ExportOptions = {}): ExportedPack {
  const ids = [...new Set(factIds)];
  if (ids.length === 0) throw keyedError('invalid_request', 'api.packNoFacts');
  // One read transaction: the facts and sources in the pack are one consistent moment of the store.
  return db.transaction(() => {
    const missing = ids.filter((id) => !factIdExists(db, id));
    if (missing.length > 0) throw keyedError('not_found', 'api.packFactsMissing', { ids: missing.join(', ') });
    const facts = ids.map((id) => packFact(db, id));
    const sourceIds = [...new Set(facts.flatMap((f) => f.evidence.map((e) => e.sourceId)))].sort();
    const withoutDigest = {
      format: packFormat,
      version: packVersion,
      createdAt: (options.now ?? isoNow)(),
      createdBy: options.createdBy !== undefined ? options.createdBy : (getProfile(db)?.name ?? null),
      sources: sourceIds.map((id) => packSource(db, id)),
      facts,
    } as const;
    const pack: FactPack = { ...withoutDigest, digest: packDigest(withoutDigest) };
    const day = pack.createdAt.slice(0, 10);
    return {
      pack,
      json: `${JSON.stringify(pack, null, 2)}\n`,
      fileName: `fact-pack-${day}-${facts.length}-fact${facts.length === 1 ? '' : 's'}.json`,
    };
  })();
}

function packFact(db: Database, id: string): PackFact {
  return {
    id,
    versions: listVersions(db, id).map(toVersion),
    evidence: listEvidenceRecords(db, id).map(({ factId: _factId, n: _n, ...e }) => e),
    statusHistory: listStatusChanges(db, id).map((c) => ({ ...c, status: c.status as FactStatus })),
  };
}

function packSource(db: Database, id: string): PackSource {
  const { text, sha256, title, originalTitle, publisher, authors, published, url, accessed, language, reliability } = getSource(db, id);
  if (sha256Of(text) !== sha256) {
    throw keyedError('refused', 'api.packSourceDamaged', { title, id });
  }
  // originalTitle only when the source has one: a pack of sources without it is byte for byte what version 2 packs were.
  const meta = { title, ...(originalTitle ? { originalTitle } : {}), publisher, authors, published, url, accessed, language, reliability };
  return { id, meta, text, sha256 };
}
