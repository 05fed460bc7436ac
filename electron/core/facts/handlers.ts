/** The facts slice of the contract: search, read, write, the facts table, diffs and conflicts. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { factsContract } from '../../../shared/contract/facts';
import { addAlias, listAliases } from './aliases';
import { resolveConflict } from './conflict-resolution';
import { diffFactVersions } from './fact-diff';
import { listFacts } from './fact-list';
import { factStatuses, listConflicts, listCorroborated, listTopics, searchFacts } from './fact-queries';
import { createFactStore, type FactStoreOptions } from './fact-store';

export function factsHandlers(db: Database, options: FactStoreOptions = {}): HandlersFor<typeof factsContract> {
  const store = createFactStore(db, options);
  return {
    'facts.search': (r) => searchFacts(db, r),
    'facts.get': (r) => store.getFact(r.id, r.version),
    'facts.status': (r) => factStatuses(db, r.ids),
    'facts.create': (r) => store.createFact(r),
    'facts.revise': (r) => store.reviseFact(r),
    'facts.addEvidence': (r) => store.addEvidence(r),
    'facts.verify': (r) => store.verifyFact(r),
    'facts.dispute': (r) => store.disputeFact(r),
    'facts.retract': (r) => store.retractFact(r),
    'facts.conflicts': () => ({ groups: listConflicts(db) }),
    'facts.corroborated': (r) => ({ facts: listCorroborated(db, r.limit) }),
    'facts.topics': () => ({ topics: listTopics(db) }),
    'facts.aliases': () => ({ aliases: listAliases(db) }),
    'facts.addAlias': (r) => addAlias(db, r, options.now),
    'facts.list': (r) => listFacts(db, r),
    'facts.diff': (r) => diffFactVersions(db, r.id, r.from, r.to),
    'conflicts.resolve': (r) => ({ group: resolveConflict(db, r) }),
  };
}
