/**
 * A large pull leaves the search index behind while it applies its pages and rebuilds it once
 * (issue 16 item 2): search must then find exactly what fact-by-fact indexing finds, say it is
 * rebuilding rather than answer from a half-written index, and a store a crash left mid-pull
 * must rebuild when it opens. Real stores in temp folders, the pages a department would send.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../../electron/core/app/services';
import { saveDepartmentLink } from '../../../../electron/core/db/repositories/department';
import { searchFacts } from '../../../../electron/core/facts/fact-queries';
import { createFactStore } from '../../../../electron/core/facts/fact-store';
import type { PulledChange } from '../../../../electron/core/facts/fact-replica';
import { ApiError } from '../../../../shared/errors';
import { projectRoot } from '../../../support/host';

const sourceText = 'The customs office said the province exported goods worth 7.5 billion USD in 2025.';
const at = '2026-01-01T00:00:00Z';

/** A department's first pages: a source and 30 facts, then their versions, then their quotes (a fact's records in different pages). */
function departmentPages(): PulledChange[][] {
  let seq = 0;
  const change = (kind: string, row: Record<string, unknown>): PulledChange => ({ seq: ++seq, kind, row });
  const ids = Array.from({ length: 30 }, (_, i) => i + 1);
  return [
    [change('sources', { id: 'src-dept', title: 'Customs Yearbook', reliability: 'official', text: sourceText, imported_at: at }), ...ids.map((i) => change('facts', { id: `dept-${i}`, created_at: at }))],
    ids.map((i) =>
      change('fact_versions', {
        id: `v-${i}`, fact_id: `dept-${i}`, version: 1, statement: `Province ${i} exported ${i * 3} million USD of rice.`, metric: 'exports', subject: `Province ${i}`,
        value_low: i * 3, unit: 'million USD', period: '2025', topics: i % 2 ? '["trade"]' : '["agriculture"]', notes: '', reason: 'created', created_at: at, created_by: 'curator',
        translations: i === 7 ? '{"vi":"Tỉnh 7 xuất khẩu gạo."}' : '{}',
      }),
    ),
    ids.map((i) => change('evidence', { id: `e-${i}`, fact_id: `dept-${i}`, n: 1, source_id: 'src-dept', exact: 'exported goods', prefix: 'the province ', suffix: ' worth', start_offset: 42, end_offset: 56, added_at: at, added_by: 'curator' })),
  ];
}

const opened: { dir: string; services: AppServices }[] = [];
function openReplica(dir = mkdtempSync(join(tmpdir(), 'briefing-replica-'))) {
  const services = openAppServices({ dataDir: dir, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'cli' });
  opened.push({ dir, services });
  services.db.transaction(() => saveDepartmentLink(services.db, { url: 'postgres://reader@127.0.0.1/dept', desktopId: 'desktop-test', role: 'reader', joinedAt: at })).immediate();
  return { dir, services, facts: createFactStore(services.db) };
}
afterAll(() => {
  for (const { dir, services } of opened) {
    if (services.db.open) services.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const queries = ['exported', 'rice', 'yearbook', 'goods', 'agriculture', 'xuat khau', 'province 2'];
const found = (replica: ReturnType<typeof openReplica>) =>
  queries.map((query) => {
    const { results, total } = searchFacts(replica.services.db, { query, limit: 50 });
    return { query, total, ids: results.map((f) => f.id) };
  });

describe('a large pull indexes its facts once, at the end', () => {
  it('finds what fact-by-fact indexing finds, and says it is rebuilding until then', () => {
    const byFact = openReplica();
    for (const page of departmentPages()) byFact.facts.applyPulledChanges(page, page.at(-1)!.seq);
    const expected = found(byFact);
    expect(expected.find((q) => q.query === 'exported')!.total).toBe(30);
    // The translation is searched too (the starter's Vietnamese facts may match as well).
    expect(expected.find((q) => q.query === 'xuat khau')!.ids.filter((id) => id.startsWith('dept-'))).toEqual(['dept-7']);

    const deferred = openReplica();
    const [first, second, third] = departmentPages();
    deferred.facts.applyPulledChanges(first!, first!.at(-1)!.seq, { deferIndex: true });
    deferred.facts.applyPulledChanges(second!, second!.at(-1)!.seq, { deferIndex: true });
    let refusal: unknown;
    try {
      searchFacts(deferred.services.db, { query: 'exported', limit: 6 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).wording?.key).toBe('searchIndexRebuilding');
    // Listing without words reads the facts, not the index: it still answers.
    const listed = (replica: ReturnType<typeof openReplica>) => searchFacts(replica.services.db, { query: '', limit: 50, period: '2025' }).total;
    expect(listed(deferred)).toBe(listed(byFact));
    deferred.facts.applyPulledChanges(third!, third!.at(-1)!.seq, { deferIndex: true });
    expect(deferred.facts.finishSearchIndex()).toBe(true);
    expect(found(deferred)).toEqual(expected);
    expect(deferred.facts.finishSearchIndex()).toBe(false);
  });

  it('a store a crash left mid-pull rebuilds its index when it opens', () => {
    const crashed = openReplica();
    const [first, second] = departmentPages();
    crashed.facts.applyPulledChanges(first!, first!.at(-1)!.seq, { deferIndex: true });
    crashed.facts.applyPulledChanges(second!, second!.at(-1)!.seq, { deferIndex: true });
    crashed.services.close();
    const reopened = openReplica(crashed.dir);
    const { results, total } = searchFacts(reopened.services.db, { query: 'rice province 13', limit: 6 });
    expect(total).toBe(1);
    expect(results.map((f) => f.id)).toEqual(['dept-13']);
    expect(reopened.facts.finishSearchIndex()).toBe(false);
  });
});

describe('a page is applied once, whatever the replica held before it', () => {
  it('a page pulled again (its facts made by itself or already here) adds nothing and leaves every fact as it was', () => {
    const [identities, versions, quotes] = departmentPages();
    const verified: PulledChange = { seq: 1000, kind: 'fact_status_changes', row: { id: 's-1', fact_id: 'dept-1', status: 'verified', reason: 'checked', changed_by: 'curator', changed_at: at } };
    // One page making its facts from nothing (a first sync of a small department), then the same records again.
    const whole = [...identities!, ...versions!, ...quotes!, verified];
    const replica = openReplica();
    const held = () =>
      replica.services.db
        .prepare(`SELECT (SELECT count(*) FROM facts WHERE id LIKE 'dept-%') AS facts, (SELECT count(*) FROM fact_versions WHERE fact_id LIKE 'dept-%') AS versions,
          (SELECT count(*) FROM evidence WHERE fact_id LIKE 'dept-%') AS quotes, (SELECT count(*) FROM fact_status_changes WHERE fact_id LIKE 'dept-%') AS statuses,
          (SELECT status FROM facts WHERE id = 'dept-1') AS status`)
        .get();
    replica.facts.applyPulledChanges(whole, 1000);
    const once = held();
    expect(once).toMatchObject({ facts: 30, versions: 30, quotes: 30, status: 'verified' });
    const search = found(replica);
    replica.facts.applyPulledChanges(whole, 1000);
    replica.facts.applyPulledChanges([...quotes!, verified], 1000);
    expect(held()).toEqual(once);
    expect(found(replica)).toEqual(search);
  });
});

