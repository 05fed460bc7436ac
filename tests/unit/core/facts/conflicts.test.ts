import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactFields } from '../../../../shared/model';
import { selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { listConflicts, listCorroborated } from '../../../../electron/core/facts/fact-queries';
import { createFactStore, type FactStore } from '../../../../electron/core/facts/fact-store';
import { importTwoSeeds, openTempStore, type TempStore } from '../../../support/temp-store';

let store: TempStore;
let facts: FactStore;
let texts: { vov: string; vns: string };

beforeEach(() => {
  store = openTempStore();
  texts = importTwoSeeds(store.db);
  facts = createFactStore(store.db);
});
afterEach(() => store.close());

const turnover = (valueLow: number, period: string): FactFields => ({
  statement: `Export-import turnover was US$${valueLow} billion in ${period}.`,
  metric: 'export-import turnover', subject: 'Vietnam', valueLow, valueHigh: null, unit: 'USD billion',
  qualifier: null, period, claimant: null, topics: ['trade'], notes: '',
});
const from = (source: 'vov' | 'vns', exact: string) => ({ sourceId: source, selector: selectorForUniqueQuote(texts[source], exact) });

describe('conflicts', () => {
  it('lists facts about the same metric, subject and period whose values differ, with their sources', () => {
    facts.createFact({ id: 'a', fields: turnover(920, '2025'), evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: turnover(930, '2025'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    const groups = listConflicts(store.db);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ metric: 'export-import turnover', subject: 'Vietnam', period: '2025' });
    expect(groups[0]!.facts.map((f) => [f.id, f.inConflict, f.sources.map((s) => s.id)])).toEqual([
      ['a', true, ['vns']],
      ['b', true, ['vov']],
    ]);
  });

  it('does not call different periods a conflict', () => {
    facts.createFact({ id: 'a', fields: turnover(920, '2025'), evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: turnover(786, '2024'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    expect(listConflicts(store.db)).toEqual([]);
    expect(facts.getFact('a').inConflict).toBe(false);
  });

  it('does not call the same value a conflict, and treats 28 as the range 28–28', () => {
    facts.createFact({ id: 'a', fields: { ...turnover(920, '2025'), valueHigh: 920 }, evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: turnover(920, '2025'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    expect(listConflicts(store.db)).toEqual([]);
  });

  it('sees a range and a value inside it as different values', () => {
    facts.createFact({ id: 'a', fields: { ...turnover(28, '2025'), valueHigh: 29 }, evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: turnover(28, '2025'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    expect(listConflicts(store.db)).toHaveLength(1);
  });

  it('ignores facts with an unknown metric, subject, period or value, and retracted facts', () => {
    facts.createFact({ id: 'a', fields: turnover(920, '2025'), evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: { ...turnover(930, '2025'), subject: null }, evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    facts.createFact({ id: 'c', fields: { ...turnover(940, '2025'), valueLow: null }, evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    facts.createFact({ id: 'd', fields: turnover(950, '2025'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    expect(listConflicts(store.db)).toHaveLength(1);
    facts.retractFact({ id: 'd', by: 't', reason: 'misread' });
    expect(listConflicts(store.db)).toEqual([]);
    expect(facts.getFact('a').inConflict).toBe(false);
  });

  it('follows revisions: a corrected figure ends the conflict', () => {
    facts.createFact({ id: 'a', fields: turnover(920, '2025'), evidence: [from('vns', 'exceeded US$920 billion')], by: 't' });
    facts.createFact({ id: 'b', fields: turnover(930, '2025'), evidence: [from('vov', 'Vietnam recorded growth in import-export turnover')], by: 't' });
    facts.reviseFact({ id: 'b', fields: turnover(920, '2025'), reason: 'typo', by: 't' });
    expect(listConflicts(store.db)).toEqual([]);
    // The old version is still there, and still says 930.
    expect(facts.getFact('b', 1).valueLow).toBe(930);
  });
});

describe('corroboration', () => {
  it('needs quotes from two distinct sources, not two quotes from one', () => {
    const fdi = { ...turnover(28, '2025'), metric: 'FDI disbursed', valueHigh: 29 };
    facts.createFact({ id: 'one', fields: fdi, evidence: [from('vov', 'a record high of about US$28-29 billion'), from('vov', 'the highest level to date')], by: 't' });
    facts.createFact({ id: 'two', fields: fdi, evidence: [from('vov', 'a record high of about US$28-29 billion'), from('vns', 'a historic high of around $28–29 billion')], by: 't' });
    expect(facts.getFact('one').corroborated).toBe(false);
    expect(facts.getFact('two').corroborated).toBe(true);
    expect(listCorroborated(store.db, 10).map((f) => f.id)).toEqual(['two']);
  });
});
