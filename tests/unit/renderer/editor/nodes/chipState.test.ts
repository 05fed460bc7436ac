// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FactSummary } from '../../../../../shared/model';
import { chipStanding, type LiveFacts } from '../../../../../renderer/src/editor/nodes/chipState';

function fact(id: string, version: number, status: FactSummary['status']): FactSummary {
  return {
    id, version, status, statement: `statement ${id} v${version}`, metric: null, subject: null, valueLow: null, valueHigh: null,
    unit: null, qualifier: null, period: null, claimant: null, topics: [], notes: '', language: 'en', translations: {}, verifiedBy: null, verifiedAt: null, origin: 'local',
    corroborated: false, inConflict: false, conflictResolution: null, sources: [], quote: null, updatedAt: '2026-01-01T00:00:00Z',
  };
}

const chipState = (id: string, version: number, facts: LiveFacts) => chipStanding(id, version, facts).state;
const live = (facts: FactSummary[], missing: string[] = []): LiveFacts => ({ facts: new Map(facts.map((f) => [f.id, f])), missing: new Set(missing) });

describe('chipState', () => {
  it('is current when the note cites the latest verified version', () => {
    expect(chipState('a', 3, live([fact('a', 3, 'verified')]))).toBe('current');
  });
  it('is stale when the store has a newer version', () => {
    expect(chipState('a', 2, live([fact('a', 3, 'verified')]))).toBe('stale');
  });
  it('flags retraction and dispute even when a newer version also exists', () => {
    expect(chipState('a', 1, live([fact('a', 3, 'retracted')]))).toBe('retracted');
    expect(chipState('a', 1, live([fact('a', 3, 'disputed')]))).toBe('disputed');
  });
  it('is unverified for the latest version of an unverified fact', () => {
    expect(chipState('a', 1, live([fact('a', 1, 'unverified')]))).toBe('unverified');
  });
  it('is unlinked when the fact is gone or the cited version never existed, and checking before the store has answered', () => {
    expect(chipState('a', 1, live([], ['a']))).toBe('unlinked');
    expect(chipState('a', 4, live([fact('a', 3, 'verified')]))).toBe('unlinked');
    expect(chipState('a', 1, live([]))).toBe('checking');
  });
});
