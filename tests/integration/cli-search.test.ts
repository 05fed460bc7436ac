/**
 * Issue 12 item 3 acceptance, on a copy of the starter store as shipped (its upgrade to
 * migration 0050 included): `briefing facts search` finds what drafters type.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { appRoot } from '../../electron/core/paths';

let dataDir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function search(query: string, limit = 5): Promise<{ id: string; statement: string }[]> {
  const { code, stdout, stderr } = await cli('facts', 'search', query, '--limit', String(limit), '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { results: { id: string; statement: string }[] }).results;
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'briefing-search-'));
  copyFileSync(join(appRoot(), 'resources', 'starter', 'briefing.sqlite'), join(dataDir, 'briefing.sqlite'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('briefing facts search finds what drafters type (starter store)', () => {
  it('FDI ranks the disbursed-FDI fact in the first five, though its statement says "foreign direct investment"', async () => {
    const results = await search('FDI');
    expect(results.map((r) => r.id)).toContain('seed-013');
    expect(results.find((r) => r.id === 'seed-013')!.statement).toMatch(/^Disbursed foreign direct investment .* US\$28–29 billion in 2025/);
    // …and the facts that say "FDI" itself, and the other way round.
    expect(results.map((r) => r.id)).toContain('seed-022');
    expect((await search('foreign direct investment')).map((r) => r.id)).toContain('seed-022');
    expect((await search('đầu tư trực tiếp nước ngoài')).map((r) => r.id)).toEqual(expect.arrayContaining(['seed-013', 'seed-022']));
  });

  it.each([
    ['US$920', 'seed-011'],
    ['920', 'seed-011'],
    ['786.29', 'seed-015'],
    ['24.77', 'seed-017'],
    ['88%', 'seed-020'],
    ['double-digit', 'seed-069'],
    ['28–29', 'seed-013'],
    ['US$28-29', 'seed-013'],
    ['WTO', 'seed-023'],
  ])('%s finds %s', async (query, id) => {
    expect((await search(query)).map((r) => r.id)).toContain(id);
  });

  it('a figure matches as written, not its digits anywhere: 786.29 is not 786 and 29 apart', async () => {
    const ids = (await search('786.29', 50)).map((r) => r.id);
    expect(ids).toEqual(['seed-015']);
    expect(await search('29.786')).toEqual([]);
  });

  it('facts aliases lists the list; a curator adds one and search uses it', async () => {
    const listed = await cli('facts', 'aliases');
    expect(listed.stdout).toMatch(/^FDI +foreign direct investment +\[standard\]$/m);
    expect(listed.stdout).toMatch(/^FDI +đầu tư trực tiếp nước ngoài +\[standard\]$/m);
    expect(listed.stdout).toMatch(/^FTAs +free trade agreements +\[learned from src-baotintuc-2025-11-06\]$/m);
    expect(await search('XTO')).toEqual([]);
    const added = await cli('facts', 'aliases', 'add', 'XTO', 'World', 'Trade', 'Organization', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ added: true, alias: { abbreviation: 'XTO', expansion: 'World Trade Organization', origin: 'curator' } });
    expect((await search('XTO')).map((r) => r.id)).toContain('seed-023');
    const bad = await cli('facts', 'aliases', 'remove', 'XTO');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/takes "add ABBREVIATION EXPANSION"/);
  });
});
