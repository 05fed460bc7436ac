import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../shared/messages';
import type { FactDetail } from '../../../../shared/model';
import { listConflicts, searchFacts } from '../../../../electron/core/facts/fact-queries';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import { exportPack } from '../../../../electron/core/packs/export-pack';
import { importPack } from '../../../../electron/core/packs/import-pack';
import { sourceMetadataHistory } from '../../../../electron/core/sources/edit-metadata';
import { importSource } from '../../../../electron/core/sources/import-source';
import { getSource, listSources } from '../../../../electron/core/sources/source-store';
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

/** What a colleague must see exactly as the exporter did (conflict flags depend on the rest of each store; where records came from differs by design). */
function comparable(f: FactDetail) {
  return { ...f, inConflict: null, importedFrom: null };
}

const nothingNew = { checksum: expect.any(String), added: [], toReview: [], conflicts: [], sourcesAdded: [], sourcesCompleted: [] };

describe('a fact pack carried from data directory A to an empty data directory B', () => {
  it('brings five starter facts with every version, quote, status change and source text, once', async () => {
    const { json, factCount, sourceCount } = await a.call('packs.export', { factIds: five });
    expect([factCount, sourceCount]).toEqual([5, 4]);

    const report = await importPack(b.db, json, { fileName: 'five.json', importedBy: 'Analyst B' });
    expect(report).toEqual({ checksum: JSON.parse(json).digest, added: five, toReview: [], skipped: [], conflicts: [], sourcesAdded: expect.any(Array), sourcesCompleted: [] });
    expect(report.sourcesAdded.sort()).toEqual(['src-baotintuc-2025-11-06', 'src-steering-2026-01-14', 'src-vns-2026-01-15', 'src-vov-2026-01-14']);

    const storeB = createFactStore(b.db);
    for (const id of five) {
      expect(comparable(storeB.getFact(id))).toEqual(comparable(await a.call('facts.get', { id })));
    }
    // The names are the pack's claims; where they came from, and who brought them, is recorded beside them.
    expect(storeB.getFact('seed-004')).toMatchObject({
      status: 'verified',
      verifiedBy: 'Briefing Studio starter set',
      importedFrom: [{ fileName: 'five.json', checksum: JSON.parse(json).digest, importedBy: 'Analyst B', versions: 1, quotes: 1, statusChanges: 1 }],
    });
    expect(storeB.getFact('seed-005').status).toBe('disputed');
    for (const s of listSources(b.db)) {
      const there = await a.call('sources.get', { id: s.id });
      expect(getSource(b.db, s.id)).toMatchObject({ text: there.text, sha256: there.sha256, title: there.title });
    }
    // Search in B finds the imported facts: the index was built as they arrived.
    expect(searchFacts(b.db, { query: 'Resolution 59', limit: 10 }).results.map((f) => f.id)).toEqual(expect.arrayContaining(['seed-004', 'seed-005']));

    const before = storeFingerprint(b.db);
    expect(await importPack(b.db, json)).toEqual({ ...nothingNew, skipped: five });
    expect(storeFingerprint(b.db)).toBe(before);

    // And back: what B re-exports is, to A, exactly what A already has.
    const fromA = storeFingerprint(a.services.db);
    expect(await importPack(a.services.db, exportPack(b.db, five).json)).toEqual({ ...nothingNew, skipped: five });
    expect(storeFingerprint(a.services.db)).toBe(fromA);
  });

  it('holds the versions B lacks for review when A revised a fact; accepted, B shows it needs verifying again', async () => {
    await importPack(b.db, (await a.call('packs.export', { factIds: five })).json);
    const current = await a.call('facts.get', { id: 'seed-002' });
    expect(current.statement).toContain('provinces');
    await a.call('facts.revise', {
      id: 'seed-002',
      fields: { ...fieldsOf(current), statement: current.statement.replace('provinces', 'provinces and centrally-run cities') },
      reason: 'wording as in the source',
      by: 'Analyst A',
    });
    const untouched = storeFingerprint(b.db);
    const storeB = createFactStore(b.db);
    const before = storeB.getFact('seed-002');
    const report = await importPack(b.db, (await a.call('packs.export', { factIds: five })).json, { fileName: 'revised.json', importedBy: 'Analyst B' });
    expect(report).toMatchObject({ added: [], toReview: [{ factId: 'seed-002' }], skipped: ['seed-001', 'seed-003', 'seed-004', 'seed-005'], conflicts: [] });
    expect(report.toReview[0]!.summary[0]).toMatch(/^new version 2\b.*centrally-run cities.*by “Analyst A” \(as the pack claims\)/);
    // The review screen words the same line in Vietnamese from its key and parameters.
    const [line] = createFactStore(b.db).getPackChange(report.toReview[0]!.changeId).summaryWordings;
    expect(formatMessage('vi', `packChangeSummary.${line!.key}`, line!.params)).toMatch(/^phiên bản mới 2[ :].*centrally-run cities.*do “Analyst A” tạo \(theo gói dữ kiện\)/);
    // Nothing about the fact changed: only the waiting change (and the record of the import) was written.
    expect(storeB.getFact('seed-002')).toEqual(before);
    expect(storeFingerprint(b.db)).not.toBe(untouched);

    // The same pack again asks once, not twice.
    const again = await importPack(b.db, (await a.call('packs.export', { factIds: five })).json);
    expect(again.toReview.map((c) => c.changeId)).toEqual([report.toReview[0]!.changeId]);
    expect(storeB.pendingPackChanges()).toHaveLength(1);

    const accepted = storeB.acceptPackChange({ id: report.toReview[0]!.changeId, by: 'Analyst B' });
    expect(accepted).toMatchObject({ decision: 'accepted', decidedBy: 'Analyst B' });
    const inB = storeB.getFact('seed-002');
    expect(inB.versions.map((v) => [v.version, v.reason])).toEqual([[1, 'created'], [2, 'wording as in the source']]);
    expect(inB.version).toBe(2);
    expect(inB.statement).toContain('centrally-run cities');
    expect(inB.status).toBe('unverified');
    expect(comparable(inB)).toEqual(comparable(await a.call('facts.get', { id: 'seed-002' })));
    expect(storeB.pendingPackChanges()).toEqual([]);
  });

  it('holds later status changes for review; accepted, the latest change decides the status', async () => {
    await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-020', 'seed-043'] })).json);
    await a.call('facts.verify', { id: 'seed-020', by: 'Analyst A' });
    await a.call('facts.verify', { id: 'seed-043', by: 'Analyst A' });
    // B disputes seed-043 after A verified it: B's later word stands.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const storeB = createFactStore(b.db);
    storeB.disputeFact({ id: 'seed-043', by: 'Analyst B', reason: 'the source counts four pillars' });
    const report = await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-020', 'seed-043'] })).json);
    expect(report).toMatchObject({ toReview: [{ factId: 'seed-020' }, { factId: 'seed-043' }], skipped: [], conflicts: [] });
    expect(storeB.getFact('seed-020').status).toBe('unverified');
    for (const { changeId } of report.toReview) storeB.acceptPackChange({ id: changeId, by: 'Analyst B' });
    expect(storeB.getFact('seed-020')).toMatchObject({ status: 'verified', verifiedBy: 'Analyst A' });
    const disputed = storeB.getFact('seed-043');
    expect(disputed.status).toBe('disputed');
    expect(disputed.history.map((h) => [h.status, h.by])).toEqual([
      ['unverified', 'Briefing Studio starter set'],
      ['disputed', 'Analyst B'],
      ['verified', 'Analyst A'],
    ]);
  });

  it('a rejected change leaves the fact as it was and is not asked again', async () => {
    await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-020'] })).json);
    await a.call('facts.verify', { id: 'seed-020', by: 'Analyst A' });
    const pack = (await a.call('packs.export', { factIds: ['seed-020'] })).json;
    const storeB = createFactStore(b.db);
    const { toReview } = await importPack(b.db, pack);
    expect(storeB.rejectPackChange({ id: toReview[0]!.changeId, by: 'Analyst B' })).toMatchObject({ decision: 'rejected', decidedBy: 'Analyst B' });
    expect(storeB.getFact('seed-020').status).toBe('unverified');
    expect(() => storeB.acceptPackChange({ id: toReview[0]!.changeId, by: 'Analyst B' })).toThrow(/already rejected by Analyst B/);
    expect(await importPack(b.db, pack)).toEqual({ ...nothingNew, skipped: ['seed-020'] });
  });

  it('a waiting change cannot be accepted once the fact moved on here: revised (a conflict) or retracted (refused); nothing changes', async () => {
    await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-002', 'seed-020'] })).json);
    for (const id of ['seed-002', 'seed-020']) {
      const current = await a.call('facts.get', { id });
      await a.call('facts.revise', { id, fields: { ...fieldsOf(current), notes: 'checked again' }, reason: 'note added', by: 'Analyst A' });
    }
    const { toReview } = await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-002', 'seed-020'] })).json);
    const change = new Map(toReview.map((c) => [c.factId, c.changeId]));
    const storeB = createFactStore(b.db);
    const mine = storeB.getFact('seed-002');
    storeB.reviseFact({ id: 'seed-002', fields: { ...fieldsOf(mine), notes: 'my own note' }, reason: 'my note', by: 'Analyst B' });
    storeB.retractFact({ id: 'seed-020', by: 'Analyst B', reason: 'withdrawn here' });
    const before = storeFingerprint(b.db);
    expect(() => storeB.acceptPackChange({ id: change.get('seed-002')!, by: 'Analyst B' })).toThrow(
      /^Fact seed-002 is at version 2 here, but the pack's change was made against version 1\. Nothing was changed/,
    );
    expect(() => storeB.acceptPackChange({ id: change.get('seed-020')!, by: 'Analyst B' })).toThrow(/^Fact seed-020 was retracted here, and a retracted fact stays retracted/);
    expect(() => storeB.acceptPackChange({ id: change.get('seed-020')!, by: '  ' })).toThrow(/set your name first/);
    expect(storeFingerprint(b.db)).toBe(before);
    expect(storeB.pendingPackChanges().map((c) => c.factId)).toEqual(['seed-002', 'seed-020']);
  });

  it('matches a source by its text, not its id, does not store the text twice, and fills in only what B lacks', async () => {
    const vov = await a.call('sources.get', { id: 'src-vov-2026-01-14' });
    importSource(b.db, { id: 'my-copy-of-vov', meta: { ...vov, title: 'VOV article (my copy)', publisher: null }, text: vov.text });
    await a.call('sources.updateMetadata', { id: vov.id, meta: { originalTitle: 'Bài viết của VOV' }, by: 'Analyst A' });
    const report = await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-004'] })).json, { importedBy: 'Analyst B' });
    expect(report).toMatchObject({ added: ['seed-004'], sourcesAdded: [], sourcesCompleted: [{ sourceId: 'my-copy-of-vov', fields: ['originalTitle', 'publisher'] }] });
    expect(listSources(b.db).map((s) => s.id)).toEqual(['my-copy-of-vov']);
    // B's own title stays; what it lacked is filled in, as a recorded change by the importer.
    expect(getSource(b.db, 'my-copy-of-vov')).toMatchObject({ title: 'VOV article (my copy)', originalTitle: 'Bài viết của VOV', publisher: vov.publisher });
    expect(sourceMetadataHistory(b.db, 'my-copy-of-vov').changes.map((c) => [c.field, c.new, c.by]).sort()).toEqual([
      ['originalTitle', 'Bài viết của VOV', 'Analyst B'],
      ['publisher', vov.publisher, 'Analyst B'],
    ]);
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
    const report = await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-004'] })).json);
    expect(report).toEqual({
      ...nothingNew, skipped: [],
      conflicts: [{ factId: 'seed-004', reason: 'version 1 in the pack differs from version 1 in this store' }],
    });
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
    expect(createFactStore(b.db).getFact('seed-004').statement).toBe('A different reading of the same passage.');
  });

  it('exports every fact of the starter store and imports it whole', async () => {
    const ids = (await a.call('facts.list', { limit: 200 })).facts.map((f) => f.id);
    expect(ids).toHaveLength(69);
    const report = await importPack(b.db, (await a.call('packs.export', { factIds: ids })).json);
    expect(report.added).toHaveLength(69);
    expect({ ...rowCounts(b.db), pack_imports: 0 }).toEqual({ ...rowCounts(a.services.db), pack_imports: 0 });
    expect((await a.call('facts.conflicts', {})).groups.map((g) => g.facts.map((f) => f.id))).toEqual(
      listConflicts(b.db).map((g) => g.facts.map((f) => f.id)),
    );
  });
});
