/**
 * Every hostile string as a fact search, through the dispatcher (what the app's search box
 * and typeahead call) and through `briefing facts search`: never an error, never more
 * results than asked for, and the store unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileStrings } from '../../fixtures/hostile/strings';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { openHostileStore, storeHealth, tableCounts, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let countsBefore: Record<string, number>;

beforeAll(() => {
  store = openHostileStore();
  countsBefore = tableCounts(store.dataDir);
});
afterAll(() => store.close());

const queries = [...hostileStrings, ...xssPayloads].filter((s) => s.value.length <= 20_000);

describe('facts.search through the dispatcher', () => {
  it.each(queries.map((s) => [s.name, s.value] as const))('%s', async (_name, query) => {
    for (const extra of [{ limit: 3 }, { limit: 200, status: 'verified' }, { limit: 5, topic: query.slice(0, 100) }, { limit: 5, period: query.slice(0, 50) }]) {
      const envelope = await store.dispatch('facts.search', { query, ...extra });
      expect(envelope.ok, JSON.stringify(envelope).slice(0, 300)).toBe(true);
      if (!envelope.ok) continue;
      const { results, total } = envelope.result as { results: unknown[]; total: number };
      expect(results.length).toBeLessThanOrEqual(extra.limit);
      expect(total).toBeGreaterThanOrEqual(results.length);
    }
  });

  it('a query over the 20,000-character limit is a clear validation error, not a crash', async () => {
    const envelope = await store.dispatch('facts.search', { query: 'x'.repeat(1_048_576) });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'query' }] });
  });
});

describe('briefing facts search on the command line', () => {
  // The CLI opens and closes the store per call, so a sample keeps this quick; the
  // dispatcher cases above already cover every string.
  const sample = queries.filter((_, i) => i % 3 === 0 || queries[i]!.name.startsWith('FTS5') || queries[i]!.name.startsWith('SQL'));

  it.each(sample.map((s) => [s.name, s.value] as const))('%s', async (_name, query) => {
    for (const argv of [['facts', 'search', '--', query], ['facts', 'search', '--json', '--limit', '2', '--', query]]) {
      const result = await store.cli(...argv);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      if (argv.includes('--json')) {
        const parsed = JSON.parse(result.stdout) as { results: unknown[] };
        expect(parsed.results.length).toBeLessThanOrEqual(2);
      } else expect(result.stdout).toMatch(/facts?|No facts found/);
    }
  });
});

describe('the store after every hostile search', () => {
  it('is intact and unchanged', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
    expect(tableCounts(store.dataDir)).toEqual(countsBefore);
  });
});
