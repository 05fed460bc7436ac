import { describe, expect, it } from 'vitest';
import { conflictClosedBy, type ClaimFact } from '../../../shared/conflict-state';

const fact = (id: string, valueLow: number, status: ClaimFact['status'] = 'verified'): ClaimFact => ({ id, status, valueLow, valueHigh: null });
const choice = { preferredId: 'a', by: 'Lan', at: '2026-11-27T10:00:00Z', reason: 'the decree itself' };

describe('whether a curator’s choice closes a conflict', () => {
  it('closes it while the preferred fact stands and every other value is set aside', () => {
    expect(conflictClosedBy([fact('a', 1), fact('b', 2, 'disputed'), fact('c', 1, 'unverified')], choice)).toBe(true);
    expect(conflictClosedBy([fact('a', 1), fact('b', 2, 'disputed')], null)).toBe(false);
  });

  it('reopens it when a new value arrives, a rejected one is verified again, or the preferred one is disputed', () => {
    expect(conflictClosedBy([fact('a', 1), fact('b', 2, 'disputed'), fact('d', 3, 'unverified')], choice)).toBe(false);
    expect(conflictClosedBy([fact('a', 1), fact('b', 2)], choice)).toBe(false);
    expect(conflictClosedBy([fact('a', 1, 'disputed'), fact('b', 2, 'disputed')], choice)).toBe(false);
    expect(conflictClosedBy([fact('b', 2), fact('c', 3, 'disputed')], choice)).toBe(false);
  });
});
