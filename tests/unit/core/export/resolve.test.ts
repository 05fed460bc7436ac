import { describe, expect, it } from 'vitest';
import { citationResolverFrom, citedFactSources } from '../../../../electron/core/export';
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
const detail = (ev: Evidence[]): FactDetail => ({ ...factSummary('fact-1', { quote: 'summary quote' }), versions: [], evidence: ev, history: [] });
const sources = new Map([vov, toLam].map((s) => [s.id!, source(s)]));

describe('citedFactSources', () => {
  it('cites each evidence source once, in order, and quotes the first anchored evidence', () => {
    const cited = citedFactSources(
      detail([evidence('e1', 'src-tolam', 'orphaned words', 'orphan'), evidence('e2', 'src-vov', 'found words', 'anchored'), evidence('e3', 'src-tolam', 'x', 'anchored')]),
      (id) => sources.get(id) ?? null,
    );
    expect(cited.sources.map((s) => s.title)).toEqual([toLam.title, vov.title]);
    expect(cited.sources[1]).toEqual(vov);
    expect(cited.quote).toBe('found words');
  });

  it('falls back to the summary quote when no evidence is anchored', () => {
    expect(citedFactSources(detail([evidence('e1', 'src-vov', 'gone', 'ambiguous')]), (id) => sources.get(id) ?? null).quote).toBe('summary quote');
  });

  it('resolves an unknown fact to null', async () => {
    expect(await citationResolverFrom(() => null, () => null)('missing', 1)).toBeNull();
  });
});
