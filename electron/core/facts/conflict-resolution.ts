/**
 * Resolving a conflict: the curator prefers one fact of a group that disagrees. The preferred
 * fact is verified (only if every quote of it is still found in its source) and every other
 * fact of the group is disputed with the reason "Preferred <id>: <reason>", all with the
 * curator's name and one timestamp, in one transaction, through the facts service. The group
 * stays listed (the values still differ) but counts as resolved, with who, when and why, while
 * the choice holds (shared/conflict-state.ts); chips, the export check and audit stop flagging it.
 */
import type { Database } from 'better-sqlite3';
import { cleanLine } from '../../../shared/clean-text';
import { ApiError, keyedError, wrappingError } from '../../../shared/errors';
import type { ConflictGroup } from '../../../shared/model';
import { factIdsMakingClaim } from '../db/repositories/fact-summaries';
import { isoNow } from '../sources/source-store';
import { conflictGroup } from './fact-queries';
import { createFactStore } from './fact-store';

export interface ResolveConflictInput {
  /** The group's facts as the curator saw them. */
  factIds: readonly string[];
  preferredId: string;
  by: string;
  reason: string;
}

export function resolveConflict(db: Database, input: ResolveConflictInput, now: () => string = isoNow): ConflictGroup {
  const at = now();
  const store = createFactStore(db, { now: () => at });
  const by = cleanLine(input.by);
  if (by.length === 0) throw keyedError('invalid_request', 'api.resolverNeeded', {}, [{ path: 'by', message: 'required' }]);
  const shown = [...new Set(input.factIds)];
  if (!shown.includes(input.preferredId)) {
    throw keyedError('invalid_request', 'api.preferredNotInGroup', { id: input.preferredId }, [{ path: 'preferredId', message: 'not in factIds' }]);
  }
  return store.immediate(() => {
    const claim = store.getFact(input.preferredId);
    if (claim.metric === null || claim.subject === null || claim.period === null) {
      throw keyedError('refused', 'api.noClaim', { id: input.preferredId });
    }
    const key = { metric: claim.metric, subject: claim.subject, period: claim.period };
    const group = conflictGroup(db, key);
    // A resolved conflict can be resolved again (the curator changes their mind).
    if (!group.facts.some((f) => f.inConflict || f.conflictResolution !== null)) throw keyedError('refused', 'api.notInConflict', { id: input.preferredId });
    const current = factIdsMakingClaim(db, key);
    if (current.length !== shown.length || current.some((id) => !shown.includes(id))) {
      throw keyedError('conflict', 'api.conflictChanged', { ids: current.join(', ') });
    }
    const others = current.filter((id) => id !== input.preferredId);
    try {
      store.changeStatus(input.preferredId, 'verified', by, `Preferred over ${others.join(', ')}: ${input.reason}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'refused') throw wrappingError('refused', 'api.nothingChanged', error);
      throw error;
    }
    for (const id of others) store.changeStatus(id, 'disputed', by, `Preferred ${input.preferredId}: ${input.reason}`);
    store.recordPreference({ ...key, factId: input.preferredId, by, at, reason: input.reason });
    return conflictGroup(db, key);
  });
}
