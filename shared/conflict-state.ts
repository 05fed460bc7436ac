/**
 * The one rule for whether a disagreement between facts is still open (issue 12, item 5:
 * "after 'Prefer this one' with a reason, the Conflicts view still lists the pair and the
 * export check still flags it"). The store, the chips, the status bar, the export check,
 * `audit` and the Conflicts view all read a fact's `inConflict` and `conflictResolution`,
 * which the back end sets from this rule.
 */
import type { FactStatus } from './model';

/** A live fact making a claim (metric, subject, period), as the rule reads it. */
export interface ClaimFact {
  id: string;
  status: FactStatus;
  valueLow: number | null;
  valueHigh: number | null;
}

/** A curator's choice for a claim: who preferred which fact, when and why. */
export interface ConflictChoice {
  preferredId: string;
  by: string;
  at: string;
  reason: string;
}

/** A single value v equals the range v–v. */
export function sameValue(a: Pick<ClaimFact, 'valueLow' | 'valueHigh'>, b: Pick<ClaimFact, 'valueLow' | 'valueHigh'>): boolean {
  return a.valueLow === b.valueLow && (a.valueHigh ?? a.valueLow) === (b.valueHigh ?? b.valueLow);
}

const setAside = (status: FactStatus) => status === 'disputed' || status === 'retracted';

/**
 * Whether the disagreement among `facts` (the live facts making one claim) is closed by
 * `choice`: the preferred fact is still one of them and not set aside, and every fact giving
 * another value is disputed or retracted. So a new fact with another value, or a rejected fact
 * verified again, reopens the conflict; the choice is kept and shown, it just no longer closes it.
 */
export function conflictClosedBy(facts: readonly ClaimFact[], choice: ConflictChoice | null): boolean {
  if (choice === null) return false;
  const preferred = facts.find((f) => f.id === choice.preferredId);
  if (!preferred || setAside(preferred.status)) return false;
  return facts.every((f) => sameValue(f, preferred) || setAside(f.status));
}
