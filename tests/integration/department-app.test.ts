/**
 * The department in the app (issue 16) on a real PostgreSQL: Settings' test says who you are or
 * why not, in keyed words; connect runs the live link in the app's back end, which tells the
 * renderer when a curator's change on another desktop arrives; disconnect keeps local facts and
 * the outbox. The password typed in Settings reaches neither the data folder nor an error.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import type { DepartmentPassword } from '../../electron/core/department/department-service';
import type { AppEventName, MethodName, RequestOf, ResponseOf } from '../../shared/api';
import type { ApiErrorBody } from '../../shared/errors';
import { callOnDesk, startDepartment, usePgpass } from '../support/department';
import { projectRoot } from '../support/host';
import { runCliCaptured } from '../support/hostile';
import { postgresSkipReason, type PgCluster } from '../support/postgres';

const skipReason = postgresSkipReason();
if (skipReason) console.log(`department app tests skipped: ${skipReason}`);

const pw = { carl: 'carl-Cur4tor?app', dana: 'dana-Dr4fter#app' };
let pgc: PgCluster;
let root: string;
let deskA: string;
let deskB: string;
let services: AppServices;
const events: AppEventName[] = [];
const errorTexts: string[] = [];

/** safeStorage, faked in memory: what Electron's department-secret.ts does, without the binary. */
const kept: { value?: string } = {};
const memoryKeeper: DepartmentPassword = {
  storage: 'safeStorage',
  save: (p) => void (kept.value = p),
  password: () => Promise.resolve(kept.value),
  isKept: () => kept.value !== undefined,
  forget: () => void delete kept.value,
};

async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<{ ok: true; result: ResponseOf<M> } | { ok: false; error: ApiErrorBody }> {
  const envelope = await createDispatcher(services.handlers)(method, request);
  if (!envelope.ok) errorTexts.push(JSON.stringify(envelope.error));
  return envelope as { ok: true; result: ResponseOf<M> } | { ok: false; error: ApiErrorBody };
}

async function cliJson<T>(desk: string, ...argv: string[]): Promise<T> {
  const r = await runCliCaptured([...argv, '--data-dir', desk, '--json']);
  if (r.code !== 0) throw new Error(`briefing ${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

const until = async (what: () => boolean | Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.skipIf(skipReason !== undefined)('the department in the app', () => {
  beforeAll(async () => {
    pgc = await startDepartment({ carl: { password: pw.carl, group: 'briefing_curator' }, dana: { password: pw.dana, group: 'briefing_drafter' } });
    pgc.createDatabase('empty');
    root = mkdtempSync(join(tmpdir(), 'briefing-department-app-'));
    deskA = join(root, 'A');
    deskB = join(root, 'B');
    // Carl's desktop (the CLI) takes his password from ~/.pgpass; Dana types hers in Settings.
    usePgpass(root, pgc.port, 'dept', { carl: pw.carl });
    services = openAppServices({ dataDir: deskB, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron', departmentPassword: memoryKeeper });
    services.events.subscribe((e) => events.push(e));
  }, 60_000);
  afterAll(async () => {
    await services?.close();
    delete process.env.PGPASSFILE;
    pgc?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const url = (user: string, database = 'dept', port = pgc.port) => `postgres://${user}@127.0.0.1:${port}/${database}`;

  it('Test connection says who you are, or why not, in keyed words; it stores nothing', async () => {
    expect(await call('department.test', { url: url('dana'), password: pw.dana })).toMatchObject({
      ok: true,
      result: { role: 'dana', departmentRole: 'drafter', memberOf: ['briefing_reader', 'briefing_drafter'], database: 'dept' },
    });
    const reasons = [
      await call('department.test', { url: url('dana'), password: 'not-her-password' }),
      await call('department.test', { url: url('dana', 'nosuchdb'), password: pw.dana }),
      await call('department.test', { url: url('dana', 'empty'), password: pw.dana }),
      await call('department.test', { url: url('dana', 'dept', 1), password: pw.dana }),
      await call('department.test', { url: `postgres://dana:${encodeURIComponent(pw.dana)}@127.0.0.1:${pgc.port}/dept` }),
    ].map((r) => (r.ok ? 'ok' : r.error.wording?.key));
    expect(reasons).toEqual(['department.wrongPassword', 'department.noDatabase', 'department.notInitialised', 'department.refused', 'department.passwordInUrl']);
    expect(await call('department.status', {})).toMatchObject({ ok: true, result: { state: 'none', url: null, passwordKept: false } });
  });

  it('connect follows the department live: a retraction by a curator elsewhere reaches this back end and its renderer', async () => {
    const joined = await call('department.connect', { url: url('dana'), password: pw.dana });
    expect(joined).toMatchObject({ ok: true, result: { url: url('dana'), role: 'dana', passwordKept: true } });
    await until(async () => {
      const s = await call('department.status', {});
      return s.ok && s.result.state === 'synced';
    });

    // Carl (desktop A, the CLI) joins, makes a fact, shares it; Dana's back end pulls it unasked.
    await cliJson(deskA, 'department', 'connect', '--url', url('carl'));
    const text = 'Vietnam GDP grew 8.02% in 2025, the General Statistics Office said.';
    const exact = 'GDP grew 8.02% in 2025';
    const source = await callOnDesk(deskA, 'sources.import', { fileName: 'gso.txt', text, meta: { title: 'GSO', reliability: 'official' }, format: 'txt' });
    const made = await callOnDesk(deskA, 'facts.create', {
      fields: { statement: 'Vietnam GDP grew 8.02% in 2025.', metric: 'gdp growth', subject: 'Vietnam', valueLow: 8.02, valueHigh: null, unit: '%', qualifier: null, period: '2025', claimant: 'GSO', topics: [], notes: '' },
      evidence: [{ sourceId: source.source.id, selector: { exact, prefix: 'Vietnam ', suffix: ', the', start: 8, end: 8 + exact.length } }],
      by: 'carl',
    });
    await cliJson(deskA, 'department', 'sync');
    const statusOnB = async () => {
      const r = await call('facts.status', { ids: [made.id] });
      return r.ok ? r.result.facts[0]?.status : undefined;
    };
    await until(async () => (await statusOnB()) === 'unverified');

    events.length = 0;
    await cliJson(deskA, 'facts', 'retract', made.id, '--reason', 'GSO revised the figure');
    const sent = Date.now();
    await cliJson(deskA, 'department', 'sync');
    await until(() => events.includes('facts-changed'));
    console.log(`retraction on A reached B's renderer event in ${Date.now() - sent} ms (CLI sync included)`);
    expect(await statusOnB()).toBe('retracted');
    // On each fact: where it lives. The pulled one is the department's; the starter facts, made before joining, stay local.
    const pulled = await call('facts.status', { ids: [made.id] });
    expect(pulled.ok && pulled.result.facts[0]?.origin).toBe('department');
    const starter = await call('facts.search', { query: '' });
    expect(starter.ok && starter.result.results.filter((f) => f.id !== made.id).every((f) => f.origin === 'local')).toBe(true);
  }, 30_000);

  it('disconnect keeps local facts and the outbox, forgets the password; it never reached the data folder or an error', async () => {
    const before = await call('department.status', {});
    const left = await call('department.disconnect', {});
    expect(left).toMatchObject({ ok: true, result: { state: 'none', url: null, passwordKept: false } });
    expect((left.ok && before.ok && left.result.waiting) === (before.ok && before.result.waiting)).toBe(true);
    const facts = await call('facts.search', { query: 'GDP 2025' });
    expect(facts.ok && facts.result.results.length).toBeGreaterThan(0);
    for (const file of filesUnder(deskB)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(pw.dana), file).toBe(false);
      expect(bytes.includes(encodeURIComponent(pw.dana)), file).toBe(false);
    }
    expect(errorTexts.length).toBeGreaterThan(0);
    for (const text of errorTexts) expect(text).not.toContain(pw.dana);
  });
});
