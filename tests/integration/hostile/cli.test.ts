/**
 * Hostile command-line arguments: ids that are paths or control characters, and data
 * folders that are files, missing, or reached through `..`. Each gives a clear message on
 * stderr and a non-zero exit, nothing appears outside the intended folder, and no control
 * character from the store or the arguments reaches the terminal raw.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredNote } from '../../../shared/note-format';
import { shortHostileStrings } from '../../fixtures/hostile/strings';
import { openHostileStore, runCliCaptured, storeHealth, type HostileStore } from '../../support/hostile';

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
    expect(readdirSync(scratch)).toEqual(['not-a-folder.sqlite']);
  });

  it('a missing folder is not created, even several levels deep', async () => {
    const missing = join(scratch, 'no', 'such', 'folder');
    const result = await runCliCaptured(['facts', 'search', 'x', '--data-dir', missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^briefing: There is no data folder at .*no\/such\/folder\. Check --data-dir/);
    expect(existsSync(join(scratch, 'no'))).toBe(false);
  });

  it('a path with .. that leads outside: the resolved place is named and nothing is created there', async () => {
    const escape = `briefing-escaped-${process.pid}-${Date.now()}`;
    const traversal = join(scratch, 'inner', '..', '..', '..', '..', '..', '..', '..', '..', 'tmp', escape);
    const result = await runCliCaptured(['notes', 'list', `--data-dir=${traversal}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no data folder at ${resolve(traversal)}.`);
    expect(existsSync(resolve(traversal))).toBe(false);
    expect(existsSync(join(scratch, 'inner'))).toBe(false);
  });

  it('control characters in --data-dir are shown escaped', async () => {
    const result = await runCliCaptured(['notes', 'list', '--data-dir', join(scratch, '\u001b]0;pwned\u0007')]);
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

describe('the store after every hostile argument', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
