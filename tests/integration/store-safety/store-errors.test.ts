/**
 * Issue 13, item 3: a store that is damaged, newer, full, read-only or busy is said in plain
 * words with a code of its own, never raw SQLite text with `internal`, and the file is not
 * touched. Real SQLite files in temp folders, through the real dispatcher (the app's and the
 * browser host's path).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { openAppServices } from '../../../electron/core/app/services';
import { openDatabase } from '../../../electron/core/db/connection';
import { latestSchemaVersion } from '../../../electron/core/db/migrations/index';
import { ApiError } from '../../../shared/errors';
import { formatMessage, type MessageParams } from '../../../shared/messages';
import { openStarterApp, type StarterApp } from '../../support/starter-services';
import { briefingBin, garbage, holdWriteLock, requireBuiltCli, sha256 } from '../../support/store-files';
import { appRoot } from '../../../electron/core/paths';

const rawSqlite = /file is not a database|readonly database|database or disk is full|database is locked|malformed|SQLITE_/;

const open: StarterApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of open.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function starterApp(): StarterApp {
  const app = openStarterApp();
  open.push(app);
  return app;
}

function dataDirWith(store: Buffer | null): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-broken-'));
  dirs.push(dir);
  const file = join(dir, 'briefing.sqlite');
  if (store) writeFileSync(file, store);
  return { dir, file };
}

const openServices = (dataDir: string) => openAppServices({ dataDir, resourcesDir: join(appRoot(), 'resources'), version: 'test', transport: 'cli' });

function openingFails(dataDir: string): ApiError {
  try {
    openServices(dataDir).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('the store opened');
}

describe('a store that cannot be used is refused in plain words, untouched', () => {
  it('random bytes: store_corrupt, the file unchanged and no -wal/-shm left beside it', () => {
    const { dir, file } = dataDirWith(garbage(100_000));
    const before = sha256(file);
    const error = openingFails(dir);
    expect(error.code).toBe('store_corrupt');
    expect(error.message).toMatch(/damaged or is not a Briefing Studio store/);
    expect(error.message).not.toMatch(rawSqlite);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(false);
  });

  it('a store damaged past its first pages: the call that meets the damage gets store_corrupt', async () => {
    const app = starterApp();
    const file = join(app.dataDir, 'briefing.sqlite');
    app.services.close();
    // Keep the schema (the first pages) and overwrite the rest: opening works, reading notes does not.
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = DELETE');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    const bytes = new BetterSqlite3(file, { readonly: true }).serialize();
    garbage((pages - 8) * pageSize, 7).copy(bytes, 8 * pageSize);
    writeFileSync(file, bytes);
    const before = sha256(file);
    let error: ApiError;
    try {
      const services = openServices(app.dataDir);
      const envelope = await createDispatcher(services.handlers)('notes.list', {});
      services.close();
      expect(envelope.ok).toBe(false);
      error = ApiError.fromBody((envelope as { ok: false; error: ApiError }).error);
    } catch (thrown) {
      error = thrown as ApiError; // the damage reached the pages read at open
    }
    expect(error.code).toBe('store_corrupt');
    expect(error.message).not.toMatch(rawSqlite);
    expect(sha256(file)).toBe(before);
  });

  it('a newer schema: store_newer, the file unchanged (not even switched to WAL)', () => {
    const { dir, file } = dataDirWith(null);
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${latestSchemaVersion + 10}`);
    raw.close();
    const before = sha256(file);
    const error = openingFails(dir);
    expect(error.code).toBe('store_newer');
    expect(error.message).toMatch(/newer version of Briefing Studio .* the file was not changed/);
    expect(sha256(file)).toBe(before);
  });

  it('a full disk (simulated with max_page_count): store_full, nothing half-written, the store still reads', async () => {
    const app = starterApp();
    const notesBefore = (await app.call('notes.list', {})).notes.length;
    // SQLite reports a store that reaches max_page_count exactly as a full disk (SQLITE_FULL).
    const pages = app.services.db.pragma('page_count', { simple: true }) as number;
    app.services.db.pragma(`max_page_count = ${pages}`);
    const text = garbage(3_000_000).toString('base64');
    const error = await app.refusal('sources.import', { fileName: 'big.txt', format: 'txt', text, meta: {} });
    expect(error.code).toBe('store_full');
    expect(error.message).toMatch(/disk holding your Briefing Studio store is full/);
    expect(error.message).not.toMatch(rawSqlite);
    expect((await app.call('notes.list', {})).notes.length).toBe(notesBefore);
    expect(app.services.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a 0444 store opens read-only and says so: reading works, a change gets store_read_only, the file unchanged', async () => {
    const app = starterApp();
    app.services.close();
    const file = join(app.dataDir, 'briefing.sqlite');
    chmodSync(file, 0o444);
    const before = sha256(file);
    const services = openServices(app.dataDir);
    try {
      const dispatch = createDispatcher(services.handlers);
      const info = await dispatch('app.info', {});
      expect(info.ok && (info.result as { readOnly: string | null }).readOnly).toMatch(/open read-only \(the file .* is read-only\)/);
      // The app words the same notice in its language (issue 15): in Vietnamese, from the catalogue.
      const wording = info.ok ? (info.result as { readOnlyWording: { key: string; params: MessageParams } }).readOnlyWording : null;
      expect(formatMessage('vi', `errors.${wording!.key}`, wording!.params)).toBe(`Kho dữ liệu Briefing Studio của bạn đang mở ở chế độ chỉ đọc (tệp ${file} chỉ đọc được): bạn vẫn có thể đọc, tìm kiếm và xuất, nhưng không thể lưu thay đổi.`);
      const list = await dispatch('notes.list', {});
      expect(list.ok).toBe(true);
      // Opening a note still works (its "recently opened" time is simply not kept).
      expect((await dispatch('notes.get', { id: 'sample-decision-note' })).ok).toBe(true);
      const created = await dispatch('notes.create', { templateId: 'decision' });
      expect(created).toMatchObject({ ok: false, error: { code: 'store_read_only' } });
      expect(JSON.stringify(created)).not.toMatch(rawSqlite);
      const profile = await dispatch('profile.set', { name: 'Lan' });
      expect(profile).toMatchObject({ ok: false, error: { code: 'store_read_only' } });
    } finally {
      services.close();
    }
    expect(sha256(file)).toBe(before);
  });
});

describe('a busy store: a writer waits for another process, then says who holds it', () => {
  it('waits while another process writes for 1.5 s, then saves', async () => {
    const app = starterApp();
    const file = join(app.dataDir, 'briefing.sqlite');
    const { released } = await holdWriteLock(file, 1500);
    const created = await app.call('notes.create', { templateId: 'decision', title: 'Written after the lock' });
    await released;
    expect(created.metadata.title).toBe('Written after the lock');
    expect((await app.call('profile.set', { name: 'Lan' })).profile.name).toBe('Lan');
  });

  it('beyond busy_timeout: store_busy naming another Briefing Studio process, nothing written', async () => {
    const app = starterApp();
    const file = join(app.dataDir, 'briefing.sqlite');
    const before = (await app.call('notes.list', {})).notes.length;
    const { released } = await holdWriteLock(file, 7000);
    const error = await app.refusal('notes.create', { templateId: 'decision' });
    expect(error.code).toBe('store_busy');
    expect(error.message).toMatch(/Another Briefing Studio process .* is writing to your Briefing Studio store/);
    expect(error.message).not.toMatch(rawSqlite);
    await released;
    expect((await app.call('notes.list', {})).notes.length).toBe(before);
  }, 20_000);
});

describe('migrations under a second process', () => {
  it('an older store opened by six processes at once is migrated once (IMMEDIATE, version read inside)', async () => {
    requireBuiltCli();
    // Three rounds of six: the old deferred migration failed ("table settings already exists") in about one round in three.
    for (let round = 0; round < 3; round++) {
      const { dir, file } = dataDirWith(null);
      openDatabase(file, { targetVersion: 20 }).close();
      const runs = await Promise.all(Array.from({ length: 6 }, () => infoProcess(dir)));
      expect(runs.map((r) => r.stderr).join('')).toBe('');
      expect(runs.every((r) => r.status === 0)).toBe(true);
      const check = new BetterSqlite3(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }
  }, 90_000);
});

function infoProcess(dir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [briefingBin, 'info', '--json', '--data-dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}
