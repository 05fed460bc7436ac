import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSummary } from '../../../../shared/model';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';

let app: StarterApp;
beforeAll(() => {
  app = openStarterApp();
});
afterAll(() => app.close());

/** SQLite's NOCASE folds ASCII letters only. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const inOrder = <T>(values: T[], le: (a: T, b: T) => boolean) => values.every((v, i) => i === 0 || le(values[i - 1]!, v));
const ids = (facts: FactSummary[]) => facts.map((f) => f.id);

describe('the facts table', () => {
  it('pages through all 69 starter facts, newest first, with no fact twice', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 69; offset += 20) {
      const page = await app.call('facts.list', { offset, limit: 20 });
      expect(page).toMatchObject({ total: 69, offset, limit: 20 });
      seen.push(...ids(page.facts));
    }
    expect(seen).toHaveLength(69);
    expect(new Set(seen).size).toBe(69);
    expect(seen).toEqual(ids((await app.call('facts.list', { limit: 200 })).facts));
    expect((await app.call('facts.list', { offset: 80 })).facts).toEqual([]);
  });

  it('puts the most recently changed fact first', async () => {
    const own = openStarterApp();
    try {
      await own.call('facts.dispute', { id: 'seed-030', by: 'Lan', reason: 'checking' });
      const { facts } = await own.call('facts.list', { limit: 3 });
      expect(facts[0]!.id).toBe('seed-030');
      expect((await own.call('facts.list', { sort: 'updated', direction: 'asc', limit: 200 })).facts.at(-1)!.id).toBe('seed-030');
    } finally {
      own.close();
    }
  });

  it('sorts by statement, status, source and period, both ways', async () => {
    const all = async (sort: 'statement' | 'status' | 'source' | 'period', direction?: 'asc' | 'desc') =>
      (await app.call('facts.list', { sort, direction, limit: 200 })).facts;
    expect(inOrder((await all('statement')).map((f) => nocase(f.statement)), (a, b) => a <= b)).toBe(true);
    expect(inOrder((await all('statement', 'desc')).map((f) => nocase(f.statement)), (a, b) => a >= b)).toBe(true);
    const rank = { unverified: 0, verified: 1, disputed: 2, retracted: 3 };
    expect(inOrder((await all('status')).map((f) => rank[f.status]), (a, b) => a <= b)).toBe(true);
    expect(inOrder((await all('source')).map((f) => nocase(f.sources[0]!.title)), (a, b) => a <= b)).toBe(true);
    const byPeriod = await all('period');
    const known = byPeriod.filter((f) => f.period !== null);
    expect(byPeriod.slice(0, known.length)).toEqual(known); // unknown periods last
    expect(inOrder(known.map((f) => f.period!), (a, b) => a <= b)).toBe(true);
    expect((await all('period', 'desc')).at(-1)!.period).toBeNull();
  });

  it('filters by status, topic, source, period, corroboration and conflict', async () => {
    const list = (filters: Record<string, unknown>) => app.call('facts.list', { limit: 200, ...filters });
    expect(ids((await list({ status: 'unverified', sort: 'statement' })).facts).sort()).toEqual(['seed-020', 'seed-043', 'seed-069']);
    expect(ids((await list({ status: 'disputed' })).facts)).toEqual(['seed-005']);
    const conflicted = await list({ inConflict: true });
    expect(ids(conflicted.facts)).toEqual(expect.arrayContaining(['seed-004', 'seed-005']));
    expect(conflicted.facts.every((f) => f.inConflict)).toBe(true);
    const corroborated = await list({ corroborated: true });
    expect(ids(corroborated.facts)).toEqual(expect.arrayContaining(['seed-001', 'seed-003']));
    expect(corroborated.facts.every((f) => f.corroborated)).toBe(true);
    expect(corroborated.total + (await list({ corroborated: false })).total).toBe(69);
    const fromVov = await list({ sourceId: 'src-vov-2026-01-14' });
    expect(fromVov.total).toBeGreaterThan(0);
    expect(fromVov.facts.every((f) => f.sources.some((s) => s.id === 'src-vov-2026-01-14'))).toBe(true);
    const in2025 = await list({ period: '2025' });
    expect(in2025.total).toBeGreaterThan(0);
    expect(in2025.facts.every((f) => f.period === '2025')).toBe(true);
    const { topics } = await app.call('facts.topics', {});
    const topic = topics[0]!;
    const onTopic = await list({ topic: topic.topic });
    expect(onTopic.total).toBe(topic.count);
    expect(onTopic.facts.every((f) => f.topics.includes(topic.topic))).toBe(true);
    const both = await list({ status: 'verified', corroborated: true, sourceId: 'src-vov-2026-01-14' });
    expect(both.facts.every((f) => f.status === 'verified' && f.corroborated)).toBe(true);
  });

  it('is bounded: a page holds at most 200 facts', async () => {
    expect((await app.refusal('facts.list', { limit: 201 })).code).toBe('invalid_request');
    expect((await app.refusal('facts.list', { offset: -1 })).code).toBe('invalid_request');
    expect((await app.refusal('facts.list', { sort: 'random' as never })).code).toBe('invalid_request');
  });

  it('finds facts by their words (diacritics folded, the last word as a prefix), with filters, sort and an exact total', async () => {
    const search = await app.call('facts.search', { query: 'Chinh', limit: 100 });
    const listed = await app.call('facts.list', { query: 'Chinh', sort: 'statement', limit: 200 });
    expect(listed.total).toBe(search.total);
    expect(new Set(ids(listed.facts))).toEqual(new Set(ids(search.results)));
    expect(listed.total).toBeGreaterThan(0);
    expect(inOrder(listed.facts.map((f) => nocase(f.statement)), (a, b) => a <= b)).toBe(true);

    const prefix = await app.call('facts.list', { query: 'Resolu', limit: 200 });
    expect(prefix.total).toBeGreaterThan(0);
    expect(prefix.facts.every((f) => /resolu/i.test(JSON.stringify(f)))).toBe(true);

    const verified = await app.call('facts.list', { query: 'Resolution', status: 'verified', limit: 200 });
    expect(verified.facts.every((f) => f.status === 'verified')).toBe(true);
    expect(verified.total).toBeLessThanOrEqual(prefix.total);
  });

  it('treats typed text as words only: FTS5 syntax, quotes and punctuation never fail the request', async () => {
    for (const query of ['"unbalanced', 'NEAR(a b)', 'a OR', '*', '-', 'col:x', '))((', '🇻🇳', '   ']) {
      const listed = await app.call('facts.list', { query, limit: 5 });
      expect(listed.total).toBeGreaterThanOrEqual(0);
    }
    // No words at all filters nothing.
    expect((await app.call('facts.list', { query: ' ?! ', limit: 200 })).total).toBe(69);
  });
});
