import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactFields } from '../../../../shared/model';
import { selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { searchFacts } from '../../../../electron/core/facts/fact-queries';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import { matchExpression } from '../../../../electron/core/facts/search-query';
import { recentFactIds } from '../../../../electron/core/db/repositories/fact-search';
import { importTwoSeeds, openTempStore, type TempStore } from '../../../support/temp-store';

let store: TempStore;
let tick = 0;

const fields = (statement: string, extra: Partial<FactFields> = {}): FactFields => ({
  statement, metric: null, subject: null, valueLow: null, valueHigh: null, unit: null,
  qualifier: null, period: null, claimant: null, topics: [], notes: '', ...extra,
});

beforeAll(() => {
  store = openTempStore();
  const texts = importTwoSeeds(store.db);
  const facts = createFactStore(store.db, { now: () => `2026-02-01T00:00:${String(tick++).padStart(2, '0')}.000Z` });
  const vns = (exact: string) => [{ sourceId: 'vns', selector: selectorForUniqueQuote(texts.vns, exact) }];
  const vov = (exact: string) => [{ sourceId: 'vov', selector: selectorForUniqueQuote(texts.vov, exact) }];
  facts.createFact({ id: 'pm', fields: fields('Prime Minister Phạm Minh Chính called for deeper integration.', { topics: ['diplomacy'], period: '2026' }), evidence: vns('Prime Minister Phạm Minh Chính has called for a decisive shift in'), by: 't' });
  facts.createFact({ id: 'trade', fields: fields('Export-import turnover exceeded US$920 billion in 2025.', { topics: ['trade'], period: '2025' }), evidence: vns('exceeded US$920 billion'), by: 't' });
  facts.createFact({ id: 'fdi', fields: fields('Disbursed FDI reached US$28-29 billion, a record.', { topics: ['investment'], period: '2025' }), evidence: vov('a record high of about US$28-29 billion'), by: 't' });
  facts.createFact({ id: 'doimoi', fields: fields('Đổi Mới identified three pillars of reform.', { topics: ['history'] }), evidence: vov('three pillars were identified'), by: 't' });
  facts.createFact({ id: 'provinces', fields: fields('Leaders from 34 provinces and cities joined online.', { topics: ['diplomacy'], period: '2026' }), evidence: vns('leaders from 34 provinces and cities nationwide'), by: 't' });
  facts.verifyFact({ id: 'trade', by: 'checker' });
});
afterAll(() => store.close());

const ids = (query: string, extra: object = {}) => searchFacts(store.db, { query, limit: 25, ...extra }).results.map((f) => f.id);

describe('searching facts', () => {
  it('folds diacritics: Chinh finds Chính, and Chính finds it too', () => {
    expect(ids('Chinh')).toEqual(['pm']);
    expect(ids('chính')).toEqual(['pm']);
    expect(ids('PHAM minh')).toEqual(['pm']);
  });

  it('folds the Vietnamese đ, which Unicode does not decompose', () => {
    expect(ids('Doi Moi')).toEqual(['doimoi']);
    expect(ids('đổi mới')).toEqual(['doimoi']);
  });

  it('matches the last word as a prefix, for typeahead', () => {
    expect(ids('invest')).toEqual(['fdi']);
    expect(ids('export-import turn')).toEqual(['trade']);
  });

  it('searches quotes, topics and source titles as well as statements', () => {
    expect(ids('nationwide')).toEqual(['provinces']); // only in the quote
    expect(ids('history')).toEqual(['doimoi']); // only a topic
    expect(ids('higher-quality')).toEqual(expect.arrayContaining(['pm', 'trade', 'provinces'])); // the VNS title
  });

  it('ranks a statement hit above a source-title hit (the statement tier first)', () => {
    // "integration" is in the pm statement and in both source titles.
    expect(ids('integration')[0]).toBe('pm');
  });

  it('never matches a filter token with words, and filters only by exact values', () => {
    expect(ids('ǂs')).toEqual([]);
    expect(ids('ǂ')).toHaveLength(5); // no words left: the recent list, not a filter token
    expect(ids('billion ǂ')).toEqual(ids('billion'));
    expect(ids('verified')).toEqual([]); // a status is a filter, not text
    expect(ids('billion', { topic: 'trad' })).toEqual([]);
    expect(ids('billion', { period: '202' })).toEqual([]);
  });

  it('filters by status, topic, source and period', () => {
    expect(ids('2025', { status: 'verified' })).toEqual(['trade']);
    expect(ids('', { topic: 'diplomacy' }).sort()).toEqual(['pm', 'provinces']);
    expect(ids('', { sourceId: 'vov' }).sort()).toEqual(['doimoi', 'fdi']);
    expect(ids('billion', { period: '2025' }).sort()).toEqual(['fdi', 'trade']);
    expect(ids('billion', { period: '2024' })).toEqual([]);
  });

  it('bounds results by the limit and reports the total', () => {
    const page = searchFacts(store.db, { query: 'a', limit: 2 });
    const all = searchFacts(store.db, { query: '', limit: 200 });
    expect(all.total).toBe(5);
    expect(searchFacts(store.db, { query: '', limit: 2 })).toMatchObject({ total: 5 });
    expect(searchFacts(store.db, { query: '', limit: 2 }).results).toHaveLength(2);
    expect(page.results.length).toBeLessThanOrEqual(2);
    expect(searchFacts(store.db, { query: 'billion', limit: 1 })).toMatchObject({ total: 2 });
  });

  it('lists the same recent facts whichever plan the filter size picks', () => {
    for (const filters of [
      { status: null, topic: 'diplomacy', sourceId: null, period: null },
      { status: null, topic: null, sourceId: 'vns', period: null },
      { status: 'unverified', topic: 'diplomacy', sourceId: 'vns', period: '2026' },
    ]) {
      const few = recentFactIds(store.db, filters, 25, false);
      expect(few.length).toBeGreaterThan(0);
      expect(recentFactIds(store.db, filters, 25, true)).toEqual(few);
    }
  });

  it('lists the most recently updated facts for an empty query', () => {
    expect(ids('')[0]).toBe('trade'); // verified last
    expect(ids('   ')).toHaveLength(5);
  });

  it('follows a status change in filtered search', () => {
    const facts = createFactStore(store.db);
    expect(ids('Leaders', { status: 'disputed' })).toEqual([]);
    facts.disputeFact({ id: 'provinces', by: 't', reason: 'count unclear' });
    expect(ids('Leaders', { status: 'disputed' })).toEqual(['provinces']);
    expect(ids('Leaders', { status: 'unverified' })).toEqual([]);
  });
});

/** What people paste or type by accident; FTS5 would reject much of it as syntax. */
const hostileQueries = [
  '"', '""', '"""', "'", '(', ')', '()', '(()', 'a)', '(a', '[', ']', '{', '}',
  'AND', 'OR', 'NOT', 'NEAR', 'and or not', 'a AND', 'OR b', 'NOT NOT', 'NEAR(a b)', 'NEAR(a b, 2)', 'a NEAR/3 b',
  '*', '**', 'a*', '*a', 'a * b', '-', '--', '-a', 'a - b', ':', 'a:', ':a', 'statement:pm', 'quotes: x', '{statement}: x',
  '^', '^a', 'a^b', '+', '+a', '~', '\\', '\\"', '%', '_', '$', '@', '#', '&&', '||', ';', "'; DROP TABLE facts; --",
  '😀', '🇻🇳 Việt Nam', '👍🏽👍🏽', 'Chính 😀', '\u0000', '\u200b', '\ufeff', '\n\t\r', 'x\u0301', '\u0301',
  '中文', 'مرحبا', 'ÀÉÎÕÜ', 'ǅ', 'ﬁ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\ud800', 'a\udc00b',
  'a'.repeat(10_000), 'word '.repeat(2_000), '"(*'.repeat(3_000), 'Chinh '.repeat(1_000) + 'Ch', 'OR '.repeat(3_000),
  'US$28-29', '28–29', '920', '1,000', '3.14', '"export-import turnover"', 'Chính phủ AND (Hà Nội OR Đà Nẵng) NOT "FDI*"',
];

describe('any text is a valid query', () => {
  it(`never throws on ${hostileQueries.length} hostile strings`, () => {
    expect(hostileQueries.length).toBeGreaterThanOrEqual(40);
    for (const query of hostileQueries) {
      for (const extra of [{}, { status: 'verified' as const }, { topic: 'trade' }]) {
        const result = searchFacts(store.db, { query, limit: 25, ...extra });
        expect(result.results.length).toBeLessThanOrEqual(25);
        expect(result.total).toBeGreaterThanOrEqual(result.results.length);
      }
    }
  });

  it('treats FTS5 operators as plain words', () => {
    expect(matchExpression('a OR b')).toBe('"a" AND "OR" AND "b"');
    expect(matchExpression('NEAR(x yz)')).toBe('"NEAR x" AND "yz"*');
    expect(matchExpression('😀 :: ()')).toBeNull();
    expect(ids('Chinh OR nobody')).toEqual([]); // OR is a word here, and no fact has it
    expect(ids('"export-import turnover"')).toEqual(['trade']);
  });
});

describe('a broad query on a large store', () => {
  it('counts every match exactly, and ranks the newest statement matches first', () => {
    const big = openTempStore();
    try {
      const texts = importTwoSeeds(big.db);
      const selector = selectorForUniqueQuote(texts.vov, 'a record high of about US$28-29 billion');
      const count = 1150;
      createFactStore(big.db).importFacts(
        Array.from({ length: count }, (_, i) => ({
          id: `f${i}`,
          fields: fields(i === count - 1 ? 'investment investment investment record' : `Investment figure number ${i} for a province.`),
          evidence: [{ sourceId: 'vov', selector }],
          by: 't',
        })),
      );
      const result = searchFacts(big.db, { query: 'investment', limit: 10 });
      expect(result.total).toBe(count);
      expect(result.results).toHaveLength(10);
      expect(result.results[0]!.id).toBe(`f${count - 1}`); // the strongest match, and newest
    } finally {
      big.close();
    }
  });
});
