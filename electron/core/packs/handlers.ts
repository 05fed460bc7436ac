/** The fact packs slice of the contract. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { packsContract } from '../../../shared/contract/packs';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';

export function packsHandlers(db: Database): HandlersFor<typeof packsContract> {
  return {
    'packs.export': (r) => {
      const { pack, json, fileName } = exportPack(db, r.factIds);
      return { fileName, json, digest: pack.digest, factCount: pack.facts.length, sourceCount: pack.sources.length };
    },
    'packs.import': (r) => importPack(db, r.json),
  };
}
