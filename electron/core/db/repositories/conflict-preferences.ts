/** SQL for the fact a curator preferred for a claim (metric, subject, period). */
import type { Database } from 'better-sqlite3';
import type { ConflictChoice } from '../../../../shared/conflict-state';
import type { ConflictKey } from './fact-summaries';
import { prepared } from './prepared';

export interface ConflictPreference extends ConflictKey {
  factId: string;
  by: string;
  at: string;
  reason: string;
}

/** A later choice for the same claim replaces the earlier one; the status history keeps both. */
export function savePreference(db: Database, p: ConflictPreference): void {
  db.prepare(
    `INSERT INTO conflict_preferences (metric, subject, period, preferred_fact_id, chosen_by, chosen_at, reason)
     VALUES (@metric, @subject, @period, @factId, @by, @at, @reason)
     ON CONFLICT (metric, subject, period) DO UPDATE SET preferred_fact_id = excluded.preferred_fact_id,
       chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at, reason = excluded.reason`,
  ).run(p);
}

/** The curator's choice for a claim, with who, when and why; undefined when nobody chose. */
export function conflictChoice(db: Database, key: ConflictKey): ConflictChoice | undefined {
  return prepared(
    db,
    `SELECT preferred_fact_id AS preferredId, chosen_by AS by, chosen_at AS at, reason
     FROM conflict_preferences WHERE metric = @metric AND subject = @subject AND period = @period`,
  ).get({ metric: key.metric, subject: key.subject, period: key.period }) as ConflictChoice | undefined;
}
