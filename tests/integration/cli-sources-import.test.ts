import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openDatabase } from '../../electron/core/db/connection';
import { sha256Of } from '../../electron/core/sources/source-store';
import { seedsDir, vnsFile } from '../support/temp-store';

let dataDir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'briefing-cli-import-'))));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('briefing sources import', () => {
  const seed = join(seedsDir(), vnsFile);

  it('imports a new file verbatim, then reports it as already there', async () => {
    const file = join(dataDir, 'Port report.txt');
    const text = 'Container throughput at Cái Mép rose 12 per cent in 2025.\r\nSecond line.';
    writeFileSync(file, text);
    const first = await cli('sources', 'import', file, '--json');
    expect(first.code).toBe(0);
    const { imported } = JSON.parse(first.stdout) as { imported: { alreadyImported: boolean; source: { id: string; title: string; sha256: string; publisher: string | null } }[] };
    expect(imported).toHaveLength(1);
    // Line endings are normalized by extraction; that normalized text is what is stored and hashed.
    const stored = text.replace('\r\n', '\n');
    expect(imported[0]).toMatchObject({ alreadyImported: false, source: { title: 'Port report', publisher: null, sha256: sha256Of(stored) } });
    const db = openDatabase(join(dataDir, 'briefing.sqlite'), { readonly: true });
    expect(db.prepare('SELECT text FROM sources WHERE id = ?').pluck().get(imported[0]!.source.id)).toBe(stored);
    db.close();

    const again = await cli('sources', 'import', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already in the library: “Port report.txt”');
  });

  it('a seed article the starter store already holds is not stored twice', async () => {
    const result = await cli('sources', 'import', seed, '--json');
    expect(result.code).toBe(0);
    const { imported } = JSON.parse(result.stdout) as { imported: { alreadyImported: boolean; source: { sha256: string } }[] };
    expect(imported[0]).toMatchObject({ alreadyImported: true, source: { sha256: sha256Of(readFileSync(seed, 'utf8')) } });
  });

  it('refuses an empty file with its name and a non-zero exit', async () => {
    const empty = join(dataDir, 'empty.txt');
    writeFileSync(empty, '');
    const result = await cli('sources', 'import', empty);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/“empty\.txt” cannot be imported/);
  });
});
