/**
 * Preferring one fact of a conflict group.
 * TODO(conflicts.resolve): replace the body with one `conflicts.resolve` call (one transaction
 * in the store) once it is in shared/api.ts (branch `packs`). This fallback verifies the
 * preferred fact and disputes the others one call at a time, so a failure part-way leaves
 * some done: the message says which. With it (one transaction, also records the preference):
 *   await api['conflicts.resolve']({ factIds: [preferred.id, ...others.map((o) => o.id)], preferredId: preferred.id, by, reason });
 */
import type { FactSummary } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';

export async function preferFact(preferred: FactSummary, others: FactSummary[], reason: string, by: string): Promise<void> {
  const done: string[] = [];
  try {
    if (preferred.status !== 'verified') await api['facts.verify']({ id: preferred.id, by });
    done.push(`verified ${preferred.id}`);
    for (const other of others) {
      if (other.status === 'retracted' || other.status === 'disputed') continue;
      await api['facts.dispute']({ id: other.id, by, reason: `Preferred ${preferred.id}: ${reason}` });
      done.push(`disputed ${other.id}`);
    }
  } catch (error) {
    throw new Error(`${errorMessage(error)}${done.length ? ` (Already done: ${done.join(', ')}.)` : ''}`, { cause: error });
  }
}
