/**
 * Issue 13, items 3, 5 and 7, as a user meets them: the built `briefing` command on a data
 * folder that is read-only, full, damaged or shared by twenty first starts.
 *
 * Tests run as root here, and root writes through chmod. A read-only folder is therefore a
 * read-only bind mount and a full disk a 1 MB tmpfs, both made inside `unshare -m` so they vanish
 * with the shell (tests/support/store-files.ts). Where mounts are not possible (not root), the
 * read-only folder is a 0555 folder, which an ordinary user cannot write either; the full disk
 * is then covered only by the max_page_count case in store-errors.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';
import { briefing, briefingBin, garbage, inPrivateMount, privateMountsWork, requireBuiltCli, sha256 } from '../../support/store-files';

const rawSqlite = /file is not a database|readonly database|database or disk is full|database is locked|SQLITE_/;
const noteId = 'sample-decision-note';

let scratch: string;
/** A data folder made by a first start of the built command (the starter store, 0700/0600). */
let template: string;
let newSourceText: string;

beforeAll(() => {
  requireBuiltCli();
  scratch = mkdtempSync(join(tmpdir(), 'briefing-store-safety-'));
  template = join(scratch, 'template');
  expect(briefing(['info', '--json', '--data-dir', template]).status).toBe(0);
  newSourceText = join(scratch, 'new-source.txt');
  writeFileSync(newSourceText, 'A source no store holds yet: exports rose 12 percent in the first quarter.\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyOfStore(name: string): string {
  const dir = join(scratch, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

function integrityOf(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('a damaged store', () => {
  it('random bytes: a plain message, exit 1, the file unchanged', () => {
    const dir = join(scratch, 'corrupt');
    mkdirSync(dir);
    const file = join(dir, 'briefing.sqlite');
    writeFileSync(file, garbage(200_000));
    const before = sha256(file);
    const run = briefing(['notes', 'list', '--data-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is damaged or is not a Briefing Studio store.*did not change it/);
    expect(run.stderr).not.toMatch(rawSqlite);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['briefing.sqlite']);
  });
});

describe('a read-only store', () => {
  it('a 0444 store: notes list and export work, the notice is on stderr, an import is refused, the file unchanged', () => {
    const dir = copyOfStore('read-only-file');
    const file = join(dir, 'briefing.sqlite');
    chmodSync(file, 0o444);
    const before = sha256(file);
    const list = briefing(['notes', 'list', '--json', '--data-dir', dir]);
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).notes.map((n: { id: string }) => n.id)).toContain(noteId);
    expect(list.stderr).toMatch(/open read-only \(the file .* is read-only\): you can read, search and export/);
    const out = join(scratch, 'from-read-only-file.docx');
    const exported = briefing(['export', noteId, '--out', out, '--data-dir', dir]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(5000);
    const imported = briefing(['sources', 'import', newSourceText, '--data-dir', dir]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/store is read-only .* Nothing was changed\. Reading and export still work/);
    expect(imported.stderr).not.toMatch(rawSqlite);
    expect(sha256(file)).toBe(before);
  });

  it('a read-only data folder: notes list, export and info work; an import is refused; nothing changes', () => {
    const dir = copyOfStore('read-only-folder');
    const file = join(dir, 'briefing.sqlite');
    const before = sha256(file);
    const out = join(scratch, 'from-read-only-folder.docx');
    const commands = [
      ['notes', 'list', '--json'],
      ['export', noteId, '--out', out],
      ['info', '--json'],
      ['sources', 'import', newSourceText],
    ].map((args) => [...args, '--data-dir', dir]);
    let results: { status: number; stdout: string; stderr: string }[];
    if (privateMountsWork) {
      // One shell in a private mount namespace: bind the folder read-only, run each command, print each result as JSON.
      const quoted = (args: string[]) => args.map((a) => `'${a}'`).join(' ');
      const script = [
        `mount --bind '${dir}' '${dir}'`,
        `mount -o remount,bind,ro '${dir}'`,
        `if touch '${dir}/probe' 2>/dev/null; then echo 'the mount is writable' >&2; exit 9; fi`,
        ...commands.map((args) => `$BRIEFING ${quoted(args)} >"$OUT.out" 2>"$OUT.err" && echo 0 >"$OUT.rc" || echo $? >"$OUT.rc"; node -e 'const f=require("fs"),p=process.argv[1];console.log(JSON.stringify({status:+f.readFileSync(p+".rc","utf8"),stdout:f.readFileSync(p+".out","utf8"),stderr:f.readFileSync(p+".err","utf8")}))' "$OUT"`),
      ].join('\n');
      const shell = inPrivateMount(`OUT='${join(scratch, 'ro-run')}'\n${script}`);
      expect(shell.status, shell.stderr).toBe(0);
      results = shell.stdout.trim().split('\n').map((line) => JSON.parse(line) as { status: number; stdout: string; stderr: string });
    } else {
      chmodSync(dir, 0o555);
      results = commands.map((args) => {
        const r = briefing(args);
        return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
      });
      chmodSync(dir, 0o700);
    }
    const [list, exported, info, imported] = results as [typeof results[0], typeof results[0], typeof results[0], typeof results[0]];
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).notes.map((n: { id: string }) => n.id)).toContain(noteId);
    expect(list.stderr).toMatch(/open read-only \(its folder .* cannot be written\)/);
    expect(exported.status, exported.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(5000);
    expect(JSON.parse(info.stdout).readOnly).toMatch(/open read-only/);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/store is read-only/);
    expect(imported.stderr).not.toMatch(rawSqlite);
    expect(sha256(file)).toBe(before);
    // On the read-only mount SQLite could not even add -wal/-shm; a 0555 folder an ordinary user owns may keep them.
    expect(readdirSync(dir).filter((n) => privateMountsWork || !/-(wal|shm)$/.test(n))).toEqual(['briefing.sqlite']);
  });

  it.runIf(privateMountsWork)('an empty read-only data folder: says a store cannot be created there', () => {
    const dir = join(scratch, 'read-only-empty');
    mkdirSync(dir);
    const shell = inPrivateMount(`mount --bind '${dir}' '${dir}'; mount -o remount,bind,ro '${dir}'; $BRIEFING notes list --data-dir '${dir}'`);
    expect(shell.status).toBe(1);
    expect(shell.stderr).toMatch(/no Briefing Studio store in .* yet, and one cannot be created there: the folder cannot be written/);
  });
});

const asNobody = process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;

it.runIf(asNobody)('a store made writable again after a read-only session takes writes at once (its 0444 -wal/-shm follow it)', () => {
  const dir = copyOfStore('writable-again');
  const file = join(dir, 'briefing.sqlite');
  chmodSync(file, 0o444);
  expect(briefing(['notes', 'list', '--data-dir', dir]).status).toBe(0); // leaves 0444 -wal and -shm behind
  expect(statSync(`${file}-shm`).mode & 0o777).toBe(0o444);
  chmodSync(file, 0o600);
  // An ordinary user (root would write through the 0444 files anyway), who may pass through scratch.
  chmodSync(scratch, 0o711);
  const source = join(dir, 'source.txt');
  cpSync(newSourceText, source);
  chownSync(dir, nobody(), nobody());
  for (const name of readdirSync(dir)) chownSync(join(dir, name), nobody(), nobody());
  const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, briefingBin, 'sources', 'import', source, '--data-dir', dir], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^Imported: /);
});

function nobody(): number {
  return Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());
}

describe.runIf(privateMountsWork)('a full disk (a 1 MB tmpfs)', () => {
  it('an import that does not fit: a plain message; the store intact and readable, on the full disk', () => {
    const big = join(scratch, 'big.txt');
    // 4 MB of words (text, so the importer accepts it) that cannot fit in what is left of 1 MB.
    const words = garbage(3_000_000).toString('base64').replace(/[+/]/g, ' ');
    writeFileSync(big, words);
    const disk = join(scratch, 'full');
    mkdirSync(disk);
    const shell = inPrivateMount(
      [
        `mount -t tmpfs -o size=1m tmpfs '${disk}'`,
        `$BRIEFING info --data-dir '${disk}/data' >/dev/null`,
        `if $BRIEFING sources import '${big}' --data-dir '${disk}/data' 2>'${scratch}/import.err'; then echo 'the import fitted' >&2; exit 9; fi`,
        `cat '${scratch}/import.err'`,
        `$BRIEFING notes list --json --data-dir '${disk}/data' | node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>console.log("notes:"+JSON.parse(s).notes.length))'`,
        `node -e 'const D=require(process.argv[1]);const d=new D(process.argv[2],{readonly:true});console.log("integrity:"+d.pragma("integrity_check",{simple:true})+" sources:"+d.prepare("SELECT count(*) FROM sources").pluck().get())' '${join(projectRoot, 'node_modules', 'better-sqlite3')}' '${disk}/data/briefing.sqlite'`,
      ].join('\n'),
    );
    expect(shell.status, shell.stderr).toBe(0);
    expect(shell.stdout).toMatch(/The disk holding your Briefing Studio store is full, so this change could not be saved\. Nothing was changed\./);
    expect(shell.stdout).not.toMatch(rawSqlite);
    expect(shell.stdout).toMatch(/notes:2\b/);
    expect(shell.stdout).toMatch(/integrity:ok sources:5\b/);
  });
});

describe('first start', () => {
  it('20 simultaneous first starts on one empty folder: one store, no error, 0700 and 0600', async () => {
    const dir = join(scratch, 'first-starts');
    const runs = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, [briefingBin, 'info', '--json', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
            child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
            child.on('exit', (status) => resolve({ status, stdout, stderr }));
          }),
      ),
    );
    expect(runs.map((r) => r.stderr).join('')).toBe('');
    expect(runs.map((r) => r.status)).toEqual(Array(20).fill(0));
    // Every process saw the same store: the starter's counts, never an empty or half-copied one.
    const counts = new Set(runs.map((r) => JSON.stringify(JSON.parse(r.stdout).counts)));
    expect(counts.size).toBe(1);
    expect(JSON.parse(runs[0]!.stdout).counts.notes).toBe(2);
    // One store and nothing else (no temporary copy left behind; -wal/-shm are removed on close).
    expect(readdirSync(dir)).toEqual(['briefing.sqlite']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'briefing.sqlite')).mode & 0o777).toBe(0o600);
    expect(integrityOf(join(dir, 'briefing.sqlite'))).toBe('ok');
  }, 240_000);

  it('the -wal and -shm files of a private store are 0600 too, and a 0644 store of an earlier version is made private', () => {
    const dir = copyOfStore('old-permissions');
    const file = join(dir, 'briefing.sqlite');
    chmodSync(file, 0o644);
    const holder = new BetterSqlite3(file); // keeps -wal and -shm in place while the command runs
    try {
      holder.pragma('journal_mode = WAL');
      expect(briefing(['notes', 'list', '--data-dir', dir]).status).toBe(0);
      for (const name of ['briefing.sqlite', 'briefing.sqlite-wal', 'briefing.sqlite-shm']) {
        expect(existsSync(join(dir, name)), name).toBe(true);
        expect(statSync(join(dir, name)).mode & 0o777, name).toBe(0o600);
      }
    } finally {
      holder.close();
    }
  });
});
