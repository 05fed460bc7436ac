import { useEffect, useMemo, useState } from 'react';
import { api, factsChangedEvent } from '../../api';
import { errorMessage } from '../../errorMessage';
import { noLiveFacts, type LiveFacts } from '../../editor/nodes/chipState';

const checkEveryMs = 10_000;

/**
 * Keeps the note's chips honest: asks the store about every cited fact when the set changes,
 * at once when this window changed a fact (verify, retract, revise… in the curation views),
 * every 10 s while the window is visible (changes made elsewhere: another window, the command
 * line), and when the window regains focus.
 */
export function useLiveFacts(factIds: readonly string[]): { live: LiveFacts; error: string | null; refresh(): void } {
  const key = useMemo(() => [...new Set(factIds)].sort().join('\n'), [factIds]);
  const [live, setLive] = useState<LiveFacts>(noLiveFacts);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && setTick((t) => t + 1);
    const changedHere = () => setTick((t) => t + 1);
    const interval = setInterval(refresh, checkEveryMs);
    window.addEventListener('focus', refresh);
    window.addEventListener(factsChangedEvent, changedHere);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(interval);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(factsChangedEvent, changedHere);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);

  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    if (ids.length === 0) {
      setLive(noLiveFacts);
      return;
    }
    let current = true;
    api['facts.status']({ ids })
      .then((result) => {
        if (!current) return;
        setLive((prev) => {
          const next: LiveFacts = { facts: new Map(result.facts.map((f) => [f.id, f])), missing: new Set(result.missing) };
          return sameLive(prev, next) ? prev : next;
        });
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [key, tick]);

  return { live, error, refresh: () => setTick((t) => t + 1) };
}

/** Avoids re-rendering every chip every 10 s when nothing changed. */
function sameLive(a: LiveFacts, b: LiveFacts): boolean {
  if (a.facts.size !== b.facts.size || a.missing.size !== b.missing.size) return false;
  for (const id of b.missing) if (!a.missing.has(id)) return false;
  for (const [id, fact] of b.facts) {
    const old = a.facts.get(id);
    if (
      !old ||
      old.version !== fact.version || old.status !== fact.status || old.updatedAt !== fact.updatedAt || old.verifiedBy !== fact.verifiedBy || old.inConflict !== fact.inConflict ||
      old.conflictResolution?.at !== fact.conflictResolution?.at
    ) {
      return false;
    }
  }
  return true;
}
