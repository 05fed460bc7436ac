/** The curation slice of the contract: facts table, diffs, conflicts, source import and reader. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { curationContract } from '../../../shared/contract/curation';
import { quotesInSource } from '../sources/source-quotes';
import { resolveConflict } from './conflict-resolution';
import { diffFactVersions } from './fact-diff';
import { listFacts } from './fact-list';

export function curationHandlers(db: Database): HandlersFor<typeof curationContract> {
  return {
    'facts.list': (r) => listFacts(db, r),
    'facts.diff': (r) => diffFactVersions(db, r.id, r.from, r.to),
    'conflicts.resolve': (r) => ({ group: resolveConflict(db, r) }),
    'sources.quotesIn': (r) => quotesInSource(db, r.sourceId),
  };
}
