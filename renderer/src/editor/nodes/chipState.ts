import type { FactSummary } from '../../../../shared/model';

/** What a chip shows about its fact, in order of precedence (see chipState). */
export const chipStates = ['checking', 'unlinked', 'retracted', 'disputed', 'stale', 'unverified', 'current'] as const;
export type ChipState = (typeof chipStates)[number];

/** The store's answer for the facts a note cites, as last fetched by `facts.status`. */
export interface LiveFacts {
  facts: ReadonlyMap<string, FactSummary>;
  missing: ReadonlySet<string>;
}

export const noLiveFacts: LiveFacts = { facts: new Map(), missing: new Set() };

/**
 * A chip's state from the live store. A fact that was deleted is "unlinked" (its text stays);
 * retraction and dispute outrank a newer version because they are what the reader must see.
 */
export function chipState(factId: string, factVersion: number, live: LiveFacts): ChipState {
  if (live.missing.has(factId)) return 'unlinked';
  const fact = live.facts.get(factId);
  if (!fact) return 'checking';
  if (fact.status === 'retracted') return 'retracted';
  if (fact.status === 'disputed') return 'disputed';
  if (fact.version > factVersion) return 'stale';
  if (fact.status === 'unverified') return 'unverified';
  return 'current';
}

export const chipStateLabels: Record<ChipState, string> = {
  checking: 'Checking the fact store…',
  unlinked: 'Unlinked: this fact is no longer in the store (text kept as written)',
  retracted: 'Retracted',
  disputed: 'Disputed',
  stale: 'Out of date: a newer version exists',
  unverified: 'Not yet verified',
  current: 'Verified and current',
};

/**
 * Another live fact gives a different value for the same figure (metric, subject, period): the
 * export check flags it, so the chip does too, whatever its state. A retracted fact is out of it.
 */
export function inConflict(factId: string, live: LiveFacts): boolean {
  return live.facts.get(factId)?.inConflict === true;
}

export const conflictLabel = 'Another fact in the store gives a different value for this figure (see Conflicts)';

/** Chips that need the drafter's attention (counted as warnings in the status bar). */
export function needsAttention(state: ChipState, conflicted = false): boolean {
  return conflicted || state === 'unlinked' || state === 'retracted' || state === 'disputed' || state === 'stale';
}
