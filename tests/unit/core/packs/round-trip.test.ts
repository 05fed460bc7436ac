import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactDetail } from '../../../../shared/model';
import { listConflicts, searchFacts } from '../../../../electron/core/facts/fact-queries';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import { exportPack } from '../../../../electron/core/packs/export-pack';
import { importPack } from '../../../../electron/core/packs/import-pack';
import { getSource, importSource, listSources } from '../../../../electron/core/sources/source-store';
import { fieldsOf } from '../../../support/fact-fields';
import { openEmptyStore, type EmptyStore } from '../../../support/empty-store';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';
import { rowCounts, storeFingerprint } from '../../../support/store-dump';

const five = ['seed-001', 'seed-002', 'seed-003', 'seed-004', 'seed-005'];

let a: StarterApp;
let b: EmptyStore;
beforeEach(() => {
  a = openStarterApp();
  b = openEmptyStore();
});
afterEach(() => {
  a.close();
  b.close();
});

/** What a colleague must see exactly as the exporter did (conflict flags depend on the rest of each store). */
function comparable(f: FactDetail) {
  return { ...f, inConflict: null };
}

describe('a fact pack carried from data directory A to an empty data directory B', () => {
  it('brings five starter facts with every version, quote, status change and source text, once', async () => {
    const { json, factCount, sourceCount } = await a.call('packs.export', { factIds: five });
    expect([factCount, sourceCount]).toEqual([5, 4]);

    const report = importPack(b.db, json);
    expect(report).toEqual({ added: five, updated: [], skipped: [], conflicts: [], sourcesAdded: expect.any(Array) });
    expect(report.sourcesAdded.sort()).toEqual(['src-baotintuc-2025-11-06', 'src-steering-2026-01-14', 'src-vns-2026-01-15', 'src-vov-2026-01-14']);

    const storeB = createFactStore(b.db);
    for (const id of five) {
      expect(comparable(storeB.getFact(id))).toEqual(comparable(await a.call('facts.get', { id })));
    }
    expect(storeB.getFact('seed-004')).toMatchObject({ status: 'verified', verifiedBy: 'Briefing Studio starter set' });
    expect(storeB.getFact('seed-005').status).toBe('disputed');
    for (const s of listSources(b.db)) {
      const there = await a.call('sources.get', { id: s.id });
      expect(getSource(b.db, s.id)).toMatchObject({ text: there.text, sha256: there.sha256, title: there.title });
    }
    // Search in B finds the imported facts: the index was built as they arrived.
    expect(searchFacts(b.db, { query: 'Resolution 59', limit: 10 }).results.map((f) => f.id)).toEqual(expect.arrayContaining(['seed-004', 'seed-005']));

    const before = storeFingerprint(b.db);
    expect(importPack(b.db, json)).toEqual({ added: [], updated: [], skipped: five, conflicts: [], sourcesAdded: [] });
    expect(storeFingerprint(b.db)).toBe(before);

    // And back: what B re-exports is, to A, exactly what A already has.
    const fromA = storeFingerprint(a.services.db);
    expect(importPack(a.services.db, exportPack(b.db, five).json)).toEqual({ added: [], updated: [], skipped: five, conflicts: [], sourcesAdded: [] });
    expect(storeFingerprint(a.services.db)).toBe(fromA);
  });

  it('appends the versions B lacks when A revised a fact, and B shows it needs verifying again', async () => {
    importPack(b.db, (await a.call('packs.export', { factIds: five })).json);
    const current = await a.call('facts.get', { id: 'seed-002' });
    expect(current.statement).toContain('provinces');
    await a.call('facts.revise', {
      id: 'seed-002',
      fields: { ...fieldsOf(current), statement: current.statement.replace('provinces', 'provinces and centrally-run cities') },
      reason: 'wording as in the source',
      by: 'Analyst A',
    });
    const report = importPack(b.db, (await a.call('packs.export', { factIds: five })).json);
    expect(report).toMatchObject({ added: [], updated: ['seed-002'], skipped: ['seed-001', 'seed-003', 'seed-004', 'seed-005'], conflicts: [] });
    const inB = createFactStore(b.db).getFact('seed-002');
    expect(inB.versions.map((v) => [v.version, v.reason])).toEqual([[1, 'created'], [2, 'wording as in the source']]);
    expect(inB.version).toBe(2);
    expect(inB.statement).toContain('centrally-run cities');
    expect(inB.status).toBe('unverified');
    expect(comparable(inB)).toEqual(comparable(await a.call('facts.get', { id: 'seed-002' })));
  });

  it('brings later status changes and new quotes, and the latest change decides the status', async () => {
    importPack(b.db, (await a.call('packs.export', { factIds: ['seed-020', 'seed-043'] })).json);
    await a.call('facts.verify', { id: 'seed-020', by: 'Analyst A' });
    await a.call('facts.verify', { id: 'seed-043', by: 'Analyst A' });
    // B disputes seed-043 after A verified it: B's later word stands.
    await new Promise((resolve) => setTimeout(resolve, 5));
    createFactStore(b.db).disputeFact({ id: 'seed-043', by: 'Analyst B', reason: 'the source counts four pillars' });
    const report = importPack(b.db, (await a.call('packs.export', { factIds: ['seed-020', 'seed-043'] })).json);
    expect(report).toMatchObject({ updated: ['seed-020', 'seed-043'], skipped: [], conflicts: [] });
    expect(createFactStore(b.db).getFact('seed-020')).toMatchObject({ status: 'verified', verifiedBy: 'Analyst A' });
    const disputed = createFactStore(b.db).getFact('seed-043');
    expect(disputed.status).toBe('disputed');
    expect(disputed.history.map((h) => [h.status, h.by])).toEqual([
      ['unverified', 'Briefing Studio starter set'],
      ['disputed', 'Analyst B'],
      ['verified', 'Analyst A'],
    ]);
  });

  it('matches a source by its text, not its id, and does not store the text twice', async () => {
    const vov = await a.call('sources.get', { id: 'src-vov-2026-01-14' });
    importSource(b.db, { id: 'my-copy-of-vov', meta: { ...vov, title: 'VOV article (my copy)' }, text: vov.text });
    const report = importPack(b.db, (await a.call('packs.export', { factIds: ['seed-004'] })).json);
    expect(report).toMatchObject({ added: ['seed-004'], sourcesAdded: [] });
    expect(listSources(b.db).map((s) => s.id)).toEqual(['my-copy-of-vov']);
    const fact = createFactStore(b.db).getFact('seed-004');
    expect(fact.evidence.map((e) => [e.sourceId, e.anchor])).toEqual([['my-copy-of-vov', 'anchored']]);
  });

  it('lists a fact whose version 1 differs in B as a conflict and leaves B\'s fact as it was', async () => {
    const vov = await a.call('sources.get', { id: 'src-vov-2026-01-14' });
    importSource(b.db, { id: 'vov', meta: vov, text: vov.text });
    const theirs = await a.call('facts.get', { id: 'seed-004' });
    createFactStore(b.db).createFact({
      id: 'seed-004',
      fields: { ...fieldsOf(theirs), statement: 'A different reading of the same passage.' },
      evidence: [{ sourceId: 'vov', selector: theirs.evidence[0]!.selector }],
      by: 'Analyst B',
    });
    const before = { counts: rowCounts(b.db), fingerprint: storeFingerprint(b.db) };
    const report = importPack(b.db, (await a.call('packs.export', { factIds: ['seed-004'] })).json);
    expect(report).toEqual({
      added: [], updated: [], skipped: [], sourcesAdded: [],
      conflicts: [{ factId: 'seed-004', reason: 'version 1 in the pack differs from version 1 in this store' }],
    });
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
    expect(createFactStore(b.db).getFact('seed-004').statement).toBe('A different reading of the same passage.');
  });

  it('exports every fact of the starter store and imports it whole', async () => {
    const ids = (await a.call('facts.list', { limit: 200 })).facts.map((f) => f.id);
    expect(ids).toHaveLength(69);
    const report = importPack(b.db, (await a.call('packs.export', { factIds: ids })).json);
    expect(report.added).toHaveLength(69);
    expect(rowCounts(b.db)).toEqual(rowCounts(a.services.db));
    expect((await a.call('facts.conflicts', {})).groups.map((g) => g.facts.map((f) => f.id))).toEqual(
      listConflicts(b.db).map((g) => g.facts.map((f) => f.id)),
    );
  });
});
