import { citationStanding, citationStates, type CitationState, type FactStanding } from '../../../../shared/citation-state';
import type { FactSummary } from '../../../../shared/model';
import { i18n } from '../../i18n';

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

/** What a chip's state means, in the interface's language. */
export function chipStateLabel(state: ChipState): string {
  return i18n.t(`chip.states.${state}`);
}

export function conflictLabel(): string {
  return i18n.t('chip.conflict');
}
