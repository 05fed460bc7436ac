/**
 * Desktops syncing with a department on a real PostgreSQL (issue 16): data folders that joined
 * with `briefing department connect`, their changes pushed from the outbox and the department's
 * pulled after the cursor by `briefing department sync`. One throw-away cluster for the file;
 * the tests tell one department's story in order:
 *
 *   B (dana, a drafter) proposes a fact; A (carl, a curator) verifies it; B sees it verified.
 *   A retracts it; B's note citing it is blocked at the pre-export check after B's sync.
 *   A and C (cleo, a curator) revise the same version offline: a diverged fact on both, both versions kept.
 *   Dana with plain SQL cannot verify, retract, rewrite or delete.
 *   The server stops in the middle: the outbox waits, and the next sync after the restart converges.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/core/app/services';
import { connectDepartment } from '../../electron/core/department/connection';
import { initDepartment } from '../../electron/core/department/migrate';
import { watchDepartment, type LinkState } from '../../electron/core/department/sync/watch';
import { createSyncSession, type SyncReport } from '../../electron/core/department/sync/sync';
import { createFactStore } from '../../electron/core/facts/fact-store';
import type { FactDetail } from '../../shared/model';
import type { StoredNote } from '../../shared/note-format';
import { projectRoot } from '../support/host';
import { callOnDesk, usePgpass } from '../support/department';
import { runCliCaptured } from '../support/hostile';
import { content, fact, paragraph, text } from '../support/note-content';
import { expectOriginalBeforeTranslation, printedCitations } from '../support/citations';
import { postgresSkipReason, startPostgres, type PgCluster } from '../support/postgres';

const skipReason = postgresSkipReason();
if (skipReason) console.log(`department sync tests skipped: ${skipReason}`);

const pw = { dana: 'dana-Dr4fter#sync', carl: 'carl-Cur4tor?sync', cleo: 'cleo-Cur4tor&sync' };
type Person = keyof typeof pw;

let pgc: PgCluster;
let root: string;
const desks = {} as Record<'A' | 'B' | 'C', string>;

/** The URL a desktop joins with: no password in it (it comes from ~/.pgpass, here PGPASSFILE). */
const joinUrl = (user: Person) => `postgres://${user}@127.0.0.1:${pgc.port}/dept`;

async function cli(desk: string, ...argv: string[]) {
  return runCliCaptured([...argv, '--data-dir', desk]);
}
async function cliJson<T>(desk: string, ...argv: string[]): Promise<T> {
  const r = await cli(desk, ...argv, '--json');
  if (r.code !== 0) throw new Error(`briefing ${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A contract call on a desk's store, as the app makes it. */

async function server<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: pgc.url('postgres', pgc.superuserPassword, 'dept') });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const sourceText = 'Vietnam GDP grew 8.02% in 2025, the General Statistics Office said on Monday.';
const exact = 'GDP grew 8.02% in 2025';
const originalTitle = 'Thông cáo báo chí của Tổng cục Thống kê';
const correctedTitle = 'Thông cáo báo chí của Cục Thống kê';
const start = sourceText.indexOf(exact);

let factId = '';
let noteId = '';
let exportsId = '';

describe.skipIf(skipReason !== undefined)('desktops syncing with a department', () => {
  beforeAll(async () => {
    pgc = await startPostgres();
    pgc.createDatabase('dept');
    const admin = await connectDepartment(pgc.url('postgres', pgc.superuserPassword, 'dept'), { desktop: 'setup' });
    await initDepartment(admin.client);
    await admin.client.query(`
      CREATE ROLE dana LOGIN PASSWORD '${pw.dana}' IN ROLE briefing_drafter;
      CREATE ROLE carl LOGIN PASSWORD '${pw.carl}' IN ROLE briefing_curator;
      CREATE ROLE cleo LOGIN PASSWORD '${pw.cleo}' IN ROLE briefing_curator;`);
    await admin.close();
    root = mkdtempSync(join(tmpdir(), 'briefing-department-sync-'));
    for (const d of ['A', 'B', 'C'] as const) desks[d] = join(root, d);
    // libpq's password file, as a department's users keep it; the URLs the desktops store name no password.
    usePgpass(root, pgc.port, 'dept', pw);
  }, 60_000);
  afterAll(() => {
    delete process.env.PGPASSFILE;
    pgc?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('three data folders join; the stored link has no password, and facts made before joining stay local', async () => {
    const joined = await cliJson<{ role: string; memberOf: string[]; url: string }>(desks.B, 'department', 'connect', '--url', joinUrl('dana'));
    expect(joined).toMatchObject({ role: 'dana', memberOf: ['briefing_reader', 'briefing_drafter'] });
    await cliJson(desks.A, 'department', 'connect', '--url', joinUrl('carl'));
    await cliJson(desks.C, 'department', 'connect', '--url', joinUrl('cleo'));
    // A URL with a password joins too, but only the rest of it is kept.
    const withPassword = await cliJson<{ url: string }>(desks.C, 'department', 'connect', '--url', pgc.url('cleo', pw.cleo, 'dept'));
    expect(withPassword.url).not.toContain(encodeURIComponent(pw.cleo));
    const status = await cliJson<{ linked: boolean; online: boolean; url: string; waiting: number }>(desks.C, 'department', 'status');
    expect(status).toMatchObject({ linked: true, online: true, waiting: 0, url: joinUrl('cleo') });

    const first = await cliJson<{ pushed: number; pulled: number }>(desks.B, 'department', 'sync');
    // The starter facts were made before joining: nothing of them leaves the desktop.
    expect(first.pushed).toBe(0);
    expect(await server('SELECT id FROM briefing.facts')).toEqual([]);
  });

  it('a drafter on B proposes a fact; a curator on A verifies it; B sees it verified after its sync', async () => {
    // B's source keeps its title in its own language beside the translation: it travels with the first quote (issue 15).
    const meta = { title: 'GSO press release', originalTitle, reliability: 'official' as const };
    const source = await callOnDesk(desks.B, 'sources.import', { fileName: 'gso.txt', text: sourceText, meta, format: 'txt' });
    const created = await callOnDesk(desks.B, 'facts.create', {
      fields: { statement: 'Vietnam GDP grew 8.02% in 2025.', metric: 'gdp growth', subject: 'Vietnam', valueLow: 8.02, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: 'GSO', topics: ['economy'], notes: '' },
      evidence: [{ sourceId: source.source.id, selector: { exact, prefix: sourceText.slice(0, start), suffix: sourceText.slice(start + exact.length, start + exact.length + 20), start, end: start + exact.length } }],
      by: 'Dana',
    });
    factId = created.id;
    expect((await cliJson<{ waiting: number }>(desks.B, 'department', 'status')).waiting).toBe(3); // identity, version 1, quote

    const pushed = await cliJson<{ pushed: number; refused: unknown[] }>(desks.B, 'department', 'sync');
    expect(pushed).toMatchObject({ pushed: 3, refused: [] });
    expect(await server(`SELECT recorded_by, desktop LIKE 'desktop-%' AS desktop FROM briefing.facts WHERE id = $1`, [factId])).toEqual([{ recorded_by: 'dana', desktop: true }]);
    // The source text moved with its first quote, once.
    expect(await server('SELECT original_title FROM briefing.sources')).toEqual([{ original_title: originalTitle }]);

    // A's first pull, with --progress: the bar goes to stderr even when it is not a terminal, and reaches 100%.
    const firstPull = await cli(desks.A, 'department', 'sync', '--progress', '--json');
    expect(firstPull.code).toBe(0);
    expect((JSON.parse(firstPull.stdout) as { pulled: number }).pulled).toBeGreaterThan(0);
    expect(firstPull.stderr).toMatch(/^pulling \[#{30}\] 100%$/m);
    const onA = await cliJson<FactDetail>(desks.A, 'facts', 'show', factId);
    expect(onA).toMatchObject({ status: 'unverified', statement: 'Vietnam GDP grew 8.02% in 2025.' });
    expect(onA.evidence[0]?.anchor).toBe('anchored');
    // A cites it as B does: "Original [Translated]", in Chicago and APA.
    expectOriginalBeforeTranslation(await printedCitations(desks.A, factId), originalTitle, meta.title);

    const verified = await cliJson<FactDetail>(desks.A, 'facts', 'verify', factId);
    expect(verified).toMatchObject({ status: 'verified', verifiedBy: 'carl' });
    // A corrects the original title: the edit is pushed and pulled like the verification.
    await cliJson(desks.A, 'sources', 'edit', onA.evidence[0]!.sourceId, '--original-title', correctedTitle);
    expect(await cliJson<{ pushed: number }>(desks.A, 'department', 'sync')).toMatchObject({ pushed: 2, refused: [] });

    const onB = await cliJson<{ pulled: number }>(desks.B, 'department', 'sync');
    expect(onB.pulled).toBeGreaterThan(0);
    expect(await cliJson<FactDetail>(desks.B, 'facts', 'show', factId)).toMatchObject({ status: 'verified', verifiedBy: 'carl' });
    expectOriginalBeforeTranslation(await printedCitations(desks.B, factId), correctedTitle, meta.title);
    // A second sync with nothing new changes nothing.
    expect(await cliJson(desks.B, 'department', 'sync')).toMatchObject({ pushed: 0, pulled: 0 });
  });

  it('A retracts the fact B\'s note cites: after B\'s sync, B\'s pre-export check blocks the note', async () => {
    const note = await callOnDesk(desks.B, 'notes.create', { templateId: 'information', title: 'GDP brief' });
    const saved = await callOnDesk(desks.B, 'notes.save', {
      id: note.id,
      metadata: note.metadata,
      content: content(paragraph(text('Growth: '), fact(factId, '8.02%'))),
      baseUpdatedAt: note.updatedAt,
      snapshot: false,
    });
    noteId = (saved as { note?: StoredNote }).note?.id ?? note.id;
    const before = await cliJson<{ blocked: boolean }>(desks.B, 'check', noteId);
    expect(before.blocked).toBe(false);

    expect(await cliJson<FactDetail>(desks.A, 'facts', 'retract', factId, '--reason', 'GSO revised the figure')).toMatchObject({ status: 'retracted' });
    await cliJson(desks.A, 'department', 'sync');
    // Before B syncs, B still has the fact as verified: the replica works offline on what it has.
    expect((await cliJson<{ blocked: boolean }>(desks.B, 'check', noteId)).blocked).toBe(false);
    await cliJson(desks.B, 'department', 'sync');
    const after = await cliJson<{ blocked: boolean; findings: { kind: string; factId?: string }[] }>(desks.B, 'check', noteId);
    expect(after.blocked).toBe(true);
    expect(after.findings.map((f) => f.factId)).toContain(factId);
  });

  it('two curators revising the same version offline make a diverged fact on both desktops, both versions kept', async () => {
    const made = await callOnDesk(desks.A, 'facts.create', {
      fields: { statement: 'Exports rose 14% in 2025.', metric: 'exports growth', subject: 'Vietnam', valueLow: 14, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: null, topics: [], notes: '' },
      evidence: [{ sourceId: (await callOnDesk(desks.A, 'facts.get', { id: factId })).evidence[0]!.sourceId, selector: { exact: 'Vietnam', prefix: '', suffix: ' GDP', start: 0, end: 7 } }],
      by: 'carl',
    });
    exportsId = made.id;
    await cliJson(desks.A, 'department', 'sync');
    await cliJson(desks.C, 'department', 'sync');
    const fields = (statement: string) => ({ statement, metric: 'exports growth', subject: 'Vietnam', valueLow: 14, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: null, topics: [], notes: '' });
    // Both revise version 1 without syncing in between (offline).
    await callOnDesk(desks.A, 'facts.revise', { id: made.id, fields: fields('Exports rose 14.1% in 2025 (customs).'), reason: 'customs figure', by: 'carl' });
    await callOnDesk(desks.C, 'facts.revise', { id: made.id, fields: fields('Exports rose 13.9% in 2025 (GSO).'), reason: 'GSO figure', by: 'cleo' });
    await cliJson(desks.A, 'department', 'sync');
    await cliJson(desks.C, 'department', 'sync');
    await cliJson(desks.A, 'department', 'sync');

    const onServer = await server<{ version: number; based_on: number; recorded_by: string }>(
      'SELECT version, based_on, recorded_by FROM briefing.fact_versions WHERE fact_id = $1 ORDER BY version', [made.id]);
    expect(onServer).toEqual([
      { version: 1, based_on: null, recorded_by: 'carl' },
      { version: 2, based_on: 1, recorded_by: 'carl' },
      { version: 3, based_on: 1, recorded_by: 'cleo' },
    ]);
    for (const desk of [desks.A, desks.C]) {
      const status = await cliJson<{ diverged: { factId: string; versions: { version: number; statement: string }[] }[] }>(desk, 'department', 'status');
      expect(status.diverged).toEqual([
        { factId: made.id, versions: [expect.objectContaining({ version: 2, statement: 'Exports rose 14.1% in 2025 (customs).' }), expect.objectContaining({ version: 3, statement: 'Exports rose 13.9% in 2025 (GSO).' })] },
      ]);
      const versions = (await callOnDesk(desk, 'facts.get', { id: made.id })).versions.map((v) => v.statement);
      expect(versions).toEqual(['Exports rose 14% in 2025.', 'Exports rose 14.1% in 2025 (customs).', 'Exports rose 13.9% in 2025 (GSO).']);
    }
  });

  it('the department refuses a drafter\'s dispute: it stays here with the department\'s words, and the rest of the page goes through', async () => {
    // A fourth data folder of Dana's, so the refusal it keeps waits in no other test's outbox.
    const D = join(root, 'D');
    await cliJson(D, 'department', 'connect', '--url', joinUrl('dana'));
    await cliJson(D, 'department', 'sync');
    // Oldest first in the outbox: the refused dispute comes before the three records of a new fact.
    const disputed = await cli(D, 'facts', 'dispute', exportsId, '--reason', 'the customs office says otherwise', '--json');
    expect(disputed.code).toBe(0);
    const sourceId = (await callOnDesk(D, 'sources.import', { fileName: 'gso.txt', text: sourceText, meta: { title: 'GSO press release', reliability: 'official' }, format: 'txt' })).source.id;
    const proposed = await callOnDesk(D, 'facts.create', {
      fields: { statement: 'GDP grew 8.02% in 2025 (second reading).', metric: null, subject: null, valueLow: null, valueHigh: null, unit: null, qualifier: null, period: null, claimant: null, topics: [], notes: '' },
      evidence: [{ sourceId, selector: { exact, prefix: sourceText.slice(0, start), suffix: sourceText.slice(start + exact.length, start + exact.length + 20), start, end: start + exact.length } }],
      by: 'Dana',
    });
    const report = await cliJson<SyncReport>(D, 'department', 'sync');
    expect(report.pushed).toBe(3);
    expect(report.refused).toEqual([expect.objectContaining({ kind: 'fact_status_changes', factId: exportsId })]);
    expect(await server('SELECT count(*)::int AS n FROM briefing.fact_versions WHERE fact_id = $1', [proposed.id])).toEqual([{ n: 1 }]);
    expect(await server(`SELECT count(*)::int AS n FROM briefing.fact_status_changes WHERE fact_id = $1 AND recorded_by = 'dana'`, [exportsId])).toEqual([{ n: 0 }]);
    expect(await cliJson<{ waiting: number; refused: number }>(D, 'department', 'status')).toMatchObject({ waiting: 1, refused: 1 });
  });

  it('a drafter with plain SQL cannot verify, retract, rewrite or delete anything', async () => {
    const outputs = pgc.psqlEach('dana', pw.dana, [
      `INSERT INTO briefing.fact_status_changes (id, fact_id, status, changed_by, changed_at, reason) VALUES (gen_random_uuid(), '${exportsId}', 'verified', 'dana', 'now', 'mine')`,
      `INSERT INTO briefing.fact_status_changes (id, fact_id, status, changed_by, changed_at, reason) VALUES (gen_random_uuid(), '${exportsId}', 'retracted', 'dana', 'now', 'mine')`,
      `UPDATE briefing.fact_versions SET statement = 'rewritten' WHERE fact_id = '${exportsId}'`,
      `DELETE FROM briefing.fact_versions WHERE fact_id = '${exportsId}'`,
      `DELETE FROM briefing.fact_status_changes`,
      `INSERT INTO briefing.fact_versions (id, fact_id, version, based_on, statement, reason, created_at, created_by) VALUES (gen_random_uuid(), '${exportsId}', 9, 1, 'rewritten', 'r', 'now', 'dana')`,
    ], 'dept');
    for (const out of outputs) expect(out).toMatch(/^ERROR: {2}(permission denied|new row violates row-level security|briefing\.\w+ is append-only)/);
    expect(await server('SELECT count(*)::int AS n FROM briefing.fact_versions WHERE statement = $1', ['rewritten'])).toEqual([{ n: 0 }]);
  });

  it('B watching (LISTEN): a dispute synced on A reaches B\'s replica without B asking, and B says online', async () => {
    const services = openAppServices({ dataDir: desks.B, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron' });
    const stop = new AbortController();
    const states: LinkState[] = [];
    const syncs: SyncReport[] = [];
    let heard: () => void = () => undefined;
    const watching = watchDepartment(services.db, createFactStore(services.db), {
      signal: stop.signal,
      onState: (s) => states.push(s),
      onSync: (r) => {
        syncs.push(r);
        heard();
      },
    });
    try {
      // The first sync on connecting catches up; then B waits for the department to speak.
      while (syncs.length === 0) await new Promise<void>((resolve) => (heard = resolve));
      const pulledBefore = syncs.length;
      await cliJson(desks.A, 'facts', 'dispute', exportsId, '--reason', 'customs and GSO disagree');
      const sentAt = performance.now();
      await cliJson(desks.A, 'department', 'sync');
      const onB = () => services.db.prepare('SELECT status FROM facts WHERE id = ?').pluck().get(exportsId);
      while (onB() !== 'disputed') await new Promise<void>((resolve) => (heard = resolve));
      console.log(`department sync: a dispute pushed by A reached B's replica through LISTEN in ${Math.round(performance.now() - sentAt)} ms (A's sync included)`);
      expect(syncs.length).toBeGreaterThan(pulledBefore);
      expect(states[0]).toEqual({ state: 'online', waiting: 0 });
    } finally {
      stop.abort();
      await watching;
      services.close();
    }
  });

  it('the server stops in the middle: the outbox waits, the status says offline, and the next sync after the restart converges', async () => {
    // The app's "sync now" keeps its connection between syncs (one handshake), and finds a restarted server again.
    const services = openAppServices({ dataDir: desks.C, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron' });
    const session = createSyncSession(services.db);
    const replica = createFactStore(services.db);
    const backends = () => server<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE usename = 'cleo'`);
    const exportsFact = exportsId;
    try {
      await session.sync(replica);
      const kept = await backends();
      expect(kept).toHaveLength(1);
      expect(await session.sync(replica)).toMatchObject({ pushed: 0, refused: [] });
      expect(await backends()).toEqual(kept);
      await cliJson(desks.C, 'facts', 'dispute', exportsFact, '--reason', 'two figures');
      pgc.pause();
      try {
        await expect(session.sync(replica)).rejects.toThrow(/Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+/);
        const failed = await cli(desks.C, 'department', 'sync');
        expect(failed.code).toBe(1);
        expect(failed.stderr).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+/);
        expect(failed.stderr).not.toContain(pw.cleo);
        const offline = await cliJson<{ online: boolean; waiting: number }>(desks.C, 'department', 'status');
        expect(offline).toMatchObject({ online: false, waiting: 1 });
        const text = await cli(desks.C, 'department', 'status');
        expect(text.stdout).toContain('offline, 1 changes waiting');
      } finally {
        pgc.resume();
      }
      expect(await session.sync(replica)).toMatchObject({ pushed: 1, refused: [] });
      const again = await backends();
      expect(again).toHaveLength(1);
      expect(again).not.toEqual(kept);
    } finally {
      await session.close();
      await services.close();
    }
    await cliJson(desks.A, 'department', 'sync');
    expect(await cliJson<FactDetail>(desks.A, 'facts', 'show', exportsFact)).toMatchObject({ status: 'disputed' });
    const statusOnServer = await server<{ n: number }>(`SELECT count(*)::int AS n FROM briefing.fact_status_changes WHERE fact_id = $1 AND status = 'disputed' AND recorded_by = 'cleo'`, [exportsFact]);
    expect(statusOnServer).toEqual([{ n: 1 }]);
  });
});
