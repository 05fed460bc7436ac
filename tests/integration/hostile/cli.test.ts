/**
 * Hostile command-line arguments: ids that are paths or control characters, and data
 * folders that are files, missing, or reached through `..`. Each gives a clear message on
 * stderr and a non-zero exit, nothing appears outside the intended folder, and no control
 * character from the store or the arguments reaches the terminal raw.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredNote } from '../../../shared/note-format';
import { shortHostileStrings } from '../../fixtures/hostile/strings';
import { hostileFiles } from '../../fixtures/hostile/files';
import { openHostileStore, runCliCaptured, storeHealth, tableCounts, type HostileStore } from '../../support/hostile';

let store: HostileStore;
let scratch: string;
beforeAll(() => {
  store = openHostileStore();
  scratch = mkdtempSync(join(tmpdir(), 'briefing-cli-scratch-'));
});
afterAll(() => {
  store.close();
  rmSync(scratch, { recursive: true, force: true });
});

// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('hostile ids', () => {
  const ids = ['../../x', '..\\..\\x', '/etc/passwd', 'C:\\Windows', '\u001b[31mred\u001b[0m', 'a\u0000b', '\r\rhidden', '\u009b31m', '%s%n', "'; DROP TABLE facts; --", '__proto__', 'x'.repeat(300)];

  it.each(ids.map((id) => [JSON.stringify(id).slice(0, 40), id] as const))('facts show / notes show %s', async (_label, id) => {
    const before = readdirSync(store.dataDir).sort();
    for (const command of [['facts', 'show'], ['notes', 'show']]) {
      const result = await store.cli(...command, '--', id);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^briefing: (No (fact|note)|Invalid request)/);
      expect(result.stderr).not.toMatch(rawControl);
    }
    // An id is only ever a key: nothing is read or written at the path it spells.
    expect(readdirSync(store.dataDir).sort()).toEqual(before);
  });

  it('an id over 200 characters is refused by the contract, naming the field', async () => {
    const result = await store.cli('notes', 'show', 'x'.repeat(201));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid request for notes.get: id');
  });
});

describe('control characters stored in a note never reach the terminal raw', () => {
  it.each(shortHostileStrings.filter((s) => rawControl.test(s.value)).map((s) => [s.name, s.value] as const))('%s', async (_name, value) => {
    const created = (await store.dispatch('notes.create', { templateId: 'decision', title: value.slice(0, 500) })) as { ok: true; result: StoredNote };
    for (const argv of [['notes', 'show', created.result.id], ['notes', 'show', created.result.id, '--json'], ['notes', 'list']]) {
      const result = await store.cli(...argv);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(rawControl);
      if (argv.includes('--json')) expect((JSON.parse(result.stdout) as StoredNote).metadata.title).toBe(created.result.metadata.title);
    }
  });
});

describe('hostile --data-dir', () => {
  it('a file: clear message, non-zero exit, the file untouched', async () => {
    const file = join(scratch, 'not-a-folder.sqlite');
    writeFileSync(file, 'precious');
    const result = await runCliCaptured(['notes', 'list', '--data-dir', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`briefing: The data folder ${file} is a file, not a folder. Check --data-dir.\n`);
    expect(readdirSync(scratch)).not.toContain('not-a-folder.sqlite-journal');
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('a missing folder is not created several levels deep (no mkdir -p)', async () => {
    const missing = join(scratch, 'no', 'such', 'folder');
    const result = await runCliCaptured(['facts', 'search', 'x', '--data-dir', missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^briefing: There is no data folder at .*no\/such\/folder, nor a folder to create it in\. Check --data-dir/);
    expect(existsSync(join(scratch, 'no'))).toBe(false);
  });

  it('a path that climbs with ..: refused, the resolved place named, nothing created there', async () => {
    const escape = `briefing-escaped-${process.pid}-${Date.now()}`;
    // Built as text: join() would resolve the `..` away before the CLI saw them.
    const traversal = `${scratch}/inner/../../../../../../../../tmp/${escape}`;
    for (const argv of [['notes', 'list', `--data-dir=${traversal}`], ['notes', 'list', '--data-dir', `${scratch}/inner/../../${escape}`], ['info', '--data-dir', '..\\..\\x']]) {
      const result = await runCliCaptured(argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^briefing: --data-dir must not climb with "\.\.": it leads to \//);
    }
    expect(existsSync(resolve(traversal))).toBe(false);
    expect(existsSync(join(scratch, 'inner'))).toBe(false);
    expect(existsSync(join(scratch, '..', escape))).toBe(false);
  });

  it('a new folder inside an existing one is created, as on first run', async () => {
    const fresh = join(scratch, 'fresh');
    const result = await runCliCaptured(['notes', 'list', '--data-dir', fresh]);
    expect(result.code).toBe(0);
    expect(existsSync(join(fresh, 'briefing.sqlite'))).toBe(true);
  });

  it('control characters in --data-dir are shown escaped', async () => {
    const result = await runCliCaptured(['notes', 'list', '--data-dir', join(scratch, 'missing', '\u001b]0;pwned\u0007')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('\\u001b]0;pwned\\u0007');
    expect(result.stderr).not.toMatch(rawControl);
  });

  it('--data-dir with no value is a usage error', async () => {
    const result = await runCliCaptured(['notes', 'list', '--data-dir']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefing: --data-dir needs a value/);
  });
});

describe('hostile files named on the command line', () => {
  it('sources import: every hostile file is imported or refused by name, and a refused batch imports nothing', async () => {
    const dir = join(scratch, 'files');
    mkdirSync(dir, { recursive: true });
    const files = (await hostileFiles()).filter((f) => !/[\\/]/.test(f.fileName) && !f.fileName.includes(String.fromCharCode(0)) && f.fileName.length < 255);
    const paths = files.map((f) => {
      const path = join(dir, f.fileName);
      writeFileSync(path, f.bytes);
      return path;
    });
    const before = tableCounts(store.dataDir).sources;
    const batch = await store.cli('sources', 'import', ...paths);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toMatch(/Nothing was imported/);
    expect(batch.stderr).not.toMatch(rawControl);
    expect(tableCounts(store.dataDir).sources).toBe(before);
    for (const path of paths) {
      const one = await store.cli('sources', 'import', path);
      if (one.code === 0) expect(one.stdout).toMatch(/^(Imported|Already in the library)/);
      else expect(one.stderr).toMatch(/^briefing: “.*” cannot be imported: /);
      expect(one.stderr).not.toMatch(rawControl);
    }
  }, 120_000);

  it('paths that do not exist, climb, or are folders: a clear refusal naming them', async () => {
    for (const path of ['../../etc/passwd-no-such', join(scratch, 'missing.txt'), scratch, '/dev/null']) {
      const result = await store.cli('sources', 'import', path);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/^briefing: .*cannot be imported/);
    }
  });

  it('facts import and audit refuse files that are not packs or Word files', async () => {
    const garbage = join(scratch, 'garbage.json');
    writeFileSync(garbage, Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x5b]));
    for (const argv of [['facts', 'import', garbage], ['facts', 'import', '/etc/passwd'], ['audit', garbage], ['audit', join(scratch, 'nope.docx')]]) {
      const result = await store.cli(...argv);
      expect(result.code, argv.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(/^briefing: /);
      expect(result.stderr).not.toMatch(rawControl);
    }
  });

  it('export --out into a folder that does not exist, or onto a folder: a clear error, nothing written', async () => {
    const note = (await store.dispatch('notes.create', { templateId: 'decision', title: 'x' })) as { ok: true; result: StoredNote };
    const out = join(scratch, 'no-such-folder', 'note.docx');
    const result = await store.cli('export', note.result.id, '--out', out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`briefing: Cannot write ${out}: the folder ${join(scratch, 'no-such-folder')} does not exist. Nothing was written.\n`);
    expect(existsSync(join(scratch, 'no-such-folder'))).toBe(false);
    const ontoFolder = await store.cli('export', note.result.id, '--out', scratch);
    expect(ontoFolder.stderr).toContain(`briefing: Cannot write ${scratch}: that is a folder, not a file name. Nothing was written.\n`);
  });
});

describe('the store after every hostile argument', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
