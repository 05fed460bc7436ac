import { citationStanding, citationStates, type CitationState, type FactStanding } from '../../../../shared/citation-state';
import type { FactSummary } from '../../../../shared/model';

/** What a chip shows about its fact: the shared citation state, or "checking" before the store answers. */
export const chipStates = ['checking', ...citationStates] as const;
export type ChipState = 'checking' | CitationState;

/** The store's answer for the facts a note cites, as last fetched by `facts.status`. */
export interface LiveFacts {
  facts: ReadonlyMap<string, FactSummary>;
  missing: ReadonlySet<string>;
}

export const noLiveFacts: LiveFacts = { facts: new Map(), missing: new Set() };

/** A cited fact as the shared rule reads it: null when the store does not have it, undefined while unasked. */
export function liveStanding(factId: string, live: LiveFacts): FactStanding | null | undefined {
  if (live.missing.has(factId)) return null;
  return live.facts.get(factId);
}

/** A chip's state and conflict flag, decided by shared/citation-state.ts like everywhere else. */
export function chipStanding(factId: string, factVersion: number, live: LiveFacts): { state: ChipState; conflicted: boolean } {
  const fact = liveStanding(factId, live);
  if (fact === undefined) return { state: 'checking', conflicted: false };
  const { state, conflicted } = citationStanding(factVersion, fact);
  return { state, conflicted };
}

export const chipStateLabels: Record<ChipState, string> = {
  checking: 'Checking the fact store…',
  unlinked: 'Unlinked: the store has no such fact or version (text kept as written; export is blocked until it is relinked or removed)',
  retracted: 'Retracted',
  disputed: 'Disputed',
  stale: 'Out of date: a newer version exists',
  unverified: 'Not yet verified',
  current: 'Verified and current',
};

export const conflictLabel = 'Another fact in the store gives a different value for this figure (see Conflicts)';
