/** The one query builder (issue 12 item 3): what drafters type becomes a safe FTS5 MATCH string. */
import { describe, expect, it } from 'vitest';
import { aliasCandidates, matchExpression, searchKey, searchTerms, type AliasLookup } from '../../../../electron/core/facts/search-query';

const aliases: AliasLookup = (keys) => {
  const known: Record<string, string[]> = {
    fdi: ['foreign direct investment', 'dau tu truc tiep nuoc ngoai'],
    'foreign direct investment': ['fdi'],
    wto: ['world trade organization'],
  };
  return new Map(keys.filter((k) => known[k]).map((k) => [k, known[k]!]));
};

describe('figures keep their punctuation, currency goes', () => {
  it.each([
    ['920', '"920"*'],
    ['US$920', '"920"*'],
    ['$920', '"920"*'],
    ['920 USD', '"920"*'],
    ['₫1,000', '"1 000"*'],
    ['472.5', '"472 5"*'],
    ['17,3', '"17 3"*'],
    ['28–29', '"28 29"*'],
    ['28-29', '"28 29"*'],
    ['US$28–29 billion', '"28 29" AND "billion"*'],
  ])('%s → %s', (query, match) => {
    expect(matchExpression(query)).toBe(match);
  });

  it('a percentage is a finished figure: no prefix', () => {
    expect(matchExpression('88%')).toBe('"88"');
    expect(matchExpression('88 %')).toBe('"88"');
    expect(matchExpression('88')).toBe('"88"*');
  });

  it('keeps currency words that are not next to a figure (a search for USD is a search for USD)', () => {
    expect(matchExpression('USD')).toBe('"USD"*');
    expect(matchExpression('US trade')).toBe('"US" AND "trade"*');
  });
});

describe('words', () => {
  it('hyphenated and slashed words are phrases', () => {
    expect(matchExpression('double-digit')).toBe('"double digit"*');
    expect(matchExpression('double-digit growth')).toBe('"double digit" AND "growth"*');
    expect(matchExpression('59-NQ/TW')).toBe('"59 NQ TW"*');
  });

  it('folds đ and keeps the one-letter-prefix rule', () => {
    expect(matchExpression('Đổi mới')).toBe('"Dổi" AND "mới"*');
    expect(matchExpression('a')).toBe('"a"');
    expect(searchKey('Đầu  TƯ trực-tiếp')).toBe('dau tu truc tiep');
  });

  it('bounds what a pasted essay becomes', () => {
    expect(searchTerms('word '.repeat(100)).flatMap((t) => t.tokens)).toHaveLength(16);
    expect(searchTerms('1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18').flatMap((t) => t.tokens)).toHaveLength(16);
  });
});

describe('abbreviations', () => {
  it('an abbreviation also matches its expansions, in any case', () => {
    expect(matchExpression('FDI', aliases)).toBe('("FDI"* OR "foreign direct investment" OR "dau tu truc tiep nuoc ngoai")');
    expect(matchExpression('fdi 2025', aliases)).toBe('("fdi" OR "foreign direct investment" OR "dau tu truc tiep nuoc ngoai") AND "2025"*');
  });

  it('an expansion also matches its abbreviation (the longest known run of words wins)', () => {
    expect(matchExpression('disbursed foreign direct investment', aliases)).toBe('"disbursed" AND ("foreign direct investment"* OR "fdi")');
  });

  it('asks the alias list only for word runs, never for figures', () => {
    const keys = aliasCandidates(searchTerms('FDI 2025 foreign direct'));
    expect(keys).toEqual(['fdi', 'foreign', 'foreign direct', 'direct']);
  });

  it('is still safe FTS5 with aliases and operators typed around them', () => {
    expect(matchExpression('WTO OR (FDI', aliases)).toBe('("WTO" OR "world trade organization") AND "OR" AND ("FDI"* OR "foreign direct investment" OR "dau tu truc tiep nuoc ngoai")');
  });
});
