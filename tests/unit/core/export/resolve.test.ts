import { describe, expect, it } from 'vitest';
import { citationResolverFrom, citedFactSources } from '../../../../electron/core/export';
import { storeCitationResolver } from '../../../../electron/core/export/resolve';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import { getSource } from '../../../../electron/core/sources/source-store';
import { openStarterApp } from '../../../support/starter-services';
import type { Evidence, FactDetail, SourceSummary } from '../../../../shared/model';
import { factSummary } from '../../../support/facts';
import { toLam, vov } from '../../../support/seed-sources';

const source = (s: typeof vov): SourceSummary => ({
  ...s,
  id: s.id!,
  language: 'en',
  reliability: 'press',
  sha256: 'x',
  importedAt: '2026-01-20T00:00:00Z',
  textLength: 1000,
  factCount: 1,
});
const evidence = (id: string, sourceId: string, exact: string, anchor: Evidence['anchor']): Evidence => ({
  id,
  sourceId,
  sourceTitle: 't',
  selector: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
  anchor,
});
const detail = (ev: Evidence[]): FactDetail => ({ ...factSummary('fact-1', { quote: 'summary quote' }), versions: [], evidence: ev, history: [], importedFrom: [] });
const sources = new Map([vov, toLam].map((s) => [s.id!, source(s)]));

describe('citedFactSources', () => {
  it('cites each evidence source once, in order, and quotes the first anchored evidence', () => {
    const cited = citedFactSources(
      detail([evidence('e1', 'src-tolam', 'orphaned words', 'orphan'), evidence('e2', 'src-vov', 'found words', 'anchored'), evidence('e3', 'src-tolam', 'x', 'anchored')]),
      (id) => sources.get(id) ?? null,
    );
    expect(cited.sources.map((s) => s.title)).toEqual([toLam.title, vov.title]);
    // Each source's language goes to the citation engine (CSL `language`).
    expect(cited.sources[1]).toEqual({ ...vov, language: 'en' });
    expect(cited.quote).toBe('found words');
  });

  it('says which evidence and source the quote is, and falls back to the first quote (marked not found) when none is anchored', () => {
    const anchored = citedFactSources(
      detail([evidence('e1', 'src-tolam', 'orphaned words', 'orphan'), evidence('e2', 'src-vov', 'found words', 'anchored')]),
      (id) => sources.get(id) ?? null,
    );
    expect(anchored.quoteEvidence).toEqual({ evidenceId: 'e2', sourceId: 'src-vov', anchor: 'anchored' });
    const fallback = citedFactSources(detail([evidence('e1', 'src-vov', 'gone', 'ambiguous')]), (id) => sources.get(id) ?? null);
    expect(fallback.quote).toBe('gone');
    expect(fallback.quoteEvidence).toEqual({ evidenceId: 'e1', sourceId: 'src-vov', anchor: 'ambiguous' });
  });

  it('resolves an unknown fact to null', async () => {
    expect(await citationResolverFrom(() => null, () => null)('missing')).toBeNull();
  });
});

describe('storeCitationResolver', () => {
  it('answers exactly as citedFactSources over getFact does, for every fact of the starter store and an unknown one', async () => {
    const app = openStarterApp();
    try {
      const db = app.services.db;
      // One quote no longer found in its source: the footnote falls back to another quote. The
      // store refuses to edit evidence, so this copy lifts its guard to make one such quote.
      db.exec('DROP TRIGGER evidence_never_changes');
      const [orphan] = db.prepare("SELECT fact_id AS factId, n FROM evidence WHERE fact_id IN (SELECT fact_id FROM evidence GROUP BY fact_id HAVING count(*) > 1) ORDER BY fact_id, n LIMIT 1").all() as { factId: string; n: number }[];
      db.prepare("UPDATE evidence SET exact = exact || ' (not in the source)' WHERE fact_id = ? AND n = ?").run(orphan!.factId, orphan!.n);
      const store = createFactStore(db);
      const reference = citationResolverFrom(
        (id) => {
          try {
            return store.getFact(id);
          } catch {
            return null;
          }
        },
        (id) => {
          try {
            return getSource(db, id);
          } catch {
            return null;
          }
        },
      );
      const fast = storeCitationResolver(db);
      const ids = (db.prepare('SELECT id FROM facts').all() as { id: string }[]).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(60);
      for (const id of [...ids, 'no-such-fact']) expect({ id, cited: await fast(id) }).toEqual({ id, cited: await reference(id) });
      expect((await fast(orphan!.factId))!.quote).not.toContain('(not in the source)');
    } finally {
      app.close();
    }
  });
});
