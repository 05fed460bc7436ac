import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summariesByIdSql } from '../../../../electron/core/db/repositories/fact-summaries';
import { selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import { importTwoSeeds, openTempStore, type TempStore } from '../../../support/temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
  const { vov } = importTwoSeeds(store.db);
  createFactStore(store.db).createFact({
    id: 'fdi',
    fields: {
      statement: 'Disbursed FDI reached about US$28-29 billion in 2025.',
      metric: 'FDI disbursed', subject: 'Vietnam', valueLow: 28, valueHigh: 29, unit: 'USD billion',
      qualifier: 'about', period: '2025', claimant: 'Pham Minh Chinh', topics: ['investment'], notes: '',
    },
    evidence: [{ sourceId: 'vov', selector: selectorForUniqueQuote(vov, 'about US$28-29 billion') }],
    by: 'tester',
  });
});
afterEach(() => store.close());

describe('what the schema itself refuses', () => {
  it('never lets a source\'s stored text or hash change', () => {
    expect(() => store.db.prepare("UPDATE sources SET text = 'edited' WHERE id = 'vov'").run()).toThrow(/never changes/);
    expect(() => store.db.prepare("UPDATE sources SET sha256 = 'x' WHERE id = 'vov'").run()).toThrow(/never changes/);
    // Metadata may still be corrected.
    store.db.prepare("UPDATE sources SET title = 'Corrected title' WHERE id = 'vov'").run();
    expect(store.db.prepare("SELECT title FROM sources WHERE id = 'vov'").pluck().get()).toBe('Corrected title');
  });

  it('never lets a fact version be edited or deleted', () => {
    expect(() => store.db.prepare("UPDATE fact_versions SET statement = 'rewritten' WHERE fact_id = 'fdi'").run()).toThrow(/immutable/);
    expect(() => store.db.prepare("DELETE FROM fact_versions WHERE fact_id = 'fdi'").run()).toThrow(/kept forever/);
    expect(store.db.prepare("SELECT statement FROM fact_versions WHERE fact_id = 'fdi'").pluck().get()).toMatch(/US\$28-29/);
  });

  it('keeps the status history append-only', () => {
    createFactStore(store.db).verifyFact({ id: 'fdi', by: 'checker' });
    expect(store.db.prepare('SELECT count(*) FROM fact_status_changes').pluck().get()).toBe(1);
    expect(() => store.db.prepare("UPDATE fact_status_changes SET changed_by = 'someone else'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM fact_status_changes').run()).toThrow(/append-only/);
  });

  it('refuses evidence pointing at a source that does not exist', () => {
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO evidence (fact_id, n, source_id, exact, prefix, suffix, start_offset, end_offset, added_at, added_by)
           VALUES ('fdi', 2, 'nowhere', 'q', '', '', 0, 1, 'now', 'me')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('query plans where an index matters', () => {
  const plan = (sql: string, ...params: unknown[]) =>
    (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

  it('finds conflicting facts through the claim index, not a scan of all facts', () => {
    const detail = plan(summariesByIdSql, JSON.stringify(['fdi']));
    expect(detail).toMatch(/SEARCH o USING INDEX facts_by_claim \(metric=\? AND subject=\? AND period=\?\)/);
    expect(detail).not.toMatch(/SCAN o\b/);
    expect(detail).toMatch(/SEARCH e USING PRIMARY KEY \(fact_id=\?\)/);
  });
});
