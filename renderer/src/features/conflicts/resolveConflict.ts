/** Preferring one fact of a conflict group: one transaction in the store, recorded with name, time and reason. */
import type { FactSummary } from '../../../../shared/model';
import { api } from '../../api';

export async function preferFact(preferred: FactSummary, others: FactSummary[], reason: string, by: string): Promise<void> {
  await api['conflicts.resolve']({ factIds: [preferred.id, ...others.map((o) => o.id)], preferredId: preferred.id, by, reason });
}
