import { describe, expect, it } from 'vitest';
import { citationFindings, citationStanding, type FactStanding } from '../../../shared/citation-state';

const fact = (status: FactStanding['status'], version = 1, inConflict = false): FactStanding => ({ status, version, inConflict });

describe('citationStanding: one state per citation, the same for chip, status bar, export check and audit', () => {
  it.each([
    ['verified, current', 1, fact('verified'), 'current', false, []],
    ['unverified: a warning, never current', 1, fact('unverified'), 'unverified', false, [['unverified', 'warning']]],
    ['disputed', 1, fact('disputed'), 'disputed', false, [['disputed', 'warning']]],
    ['retracted: blocks', 1, fact('retracted'), 'retracted', false, [['retracted', 'blocker']]],
    ['revised after insertion', 1, fact('verified', 2), 'stale', false, [['stale', 'warning']]],
    ['revised and unverified: both said, stale shown', 1, fact('unverified', 2), 'stale', false, [['unverified', 'warning'], ['stale', 'warning']]],
    ['disputed outranks a revision', 1, fact('disputed', 3), 'disputed', false, [['disputed', 'warning'], ['stale', 'warning']]],
    ['in an open conflict', 1, fact('verified', 1, true), 'current', true, [['conflicting', 'warning']]],
    ['a retracted fact is out of any conflict', 1, fact('retracted', 1, true), 'retracted', false, [['retracted', 'blocker']]],
    ['a fact the store does not have: blocks', 1, null, 'unlinked', false, [['unlinked', 'blocker']]],
    ['a version the fact never had: blocks', 4, fact('verified', 3), 'unlinked', false, [['unlinked', 'blocker']]],
    ['version 0 never exists', 0, fact('verified'), 'unlinked', false, [['unlinked', 'blocker']]],
  ] as const)('%s', (_name, cited, standing, state, conflicted, issues) => {
    const result = citationStanding(cited, standing);
    expect(result.state).toBe(state);
    expect(result.conflicted).toBe(conflicted);
    expect(result.issues.map((i) => [i.kind, i.severity])).toEqual(issues);
  });
});

describe('citationFindings: what a whole note is flagged for, each said once', () => {
  const store = new Map<string, FactStanding>([
    ['a', fact('unverified', 2)],
    ['b', fact('verified', 1, true)],
  ]);
  const lookup = (id: string) => store.get(id) ?? null;

  it('says a fact-wide flag once per fact and a version flag once per version cited', () => {
    const chips = [
      { factId: 'a', factVersion: 1 },
      { factId: 'a', factVersion: 1 },
      { factId: 'a', factVersion: 2 },
      { factId: 'b', factVersion: 1 },
      { factId: 'b', factVersion: 1 },
      { factId: 'gone', factVersion: 1 },
      { factId: 'gone', factVersion: 2 },
      { factId: 'a', factVersion: 9 },
    ];
    expect(citationFindings(chips, lookup).map((f) => `${f.kind} ${f.factId}@${f.factVersion} ${f.severity}`)).toEqual([
      'unverified a@1 warning',
      'stale a@1 warning',
      'conflicting b@1 warning',
      'unlinked gone@1 blocker',
      'unlinked a@9 blocker',
    ]);
  });

  it('leaves out citations whose fact has not been looked up yet (the editor before the store answers)', () => {
    expect(citationFindings([{ factId: 'a', factVersion: 1 }], () => undefined)).toEqual([]);
  });
});
