/** The fact packs slice of the contract: export, import, and the changes imports left for review. */
import { userInfo } from 'node:os';
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { packsContract } from '../../../shared/contract/packs';
import { createFactStore } from '../facts/fact-store';
import { getProfile } from '../profile/profile';
import { exportPack } from './export-pack';
import { importPack } from './import-pack';

/** Who imports a pack when the request does not say: the profile's name, else the system account. */
function localUser(db: Database): string {
  const name = getProfile(db)?.name;
  if (name) return name;
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

export function packsHandlers(db: Database): HandlersFor<typeof packsContract> {
  const facts = createFactStore(db);
  return {
    'packs.export': (r) => {
      const { pack, json, fileName } = exportPack(db, r.factIds);
      return { fileName, json, digest: pack.digest, factCount: pack.facts.length, sourceCount: pack.sources.length };
    },
    'packs.import': (r) => importPack(db, r.json, { fileName: r.fileName, importedBy: r.by ?? localUser(db) }),
    'packs.pendingChanges': () => ({ changes: facts.pendingPackChanges() }),
    'packs.acceptChange': (r) => facts.acceptPackChange(r),
    'packs.rejectChange': (r) => facts.rejectPackChange(r),
  };
}
