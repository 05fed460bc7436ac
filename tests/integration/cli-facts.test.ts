import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices } from '../../electron/core/app/services';
import { selectorForUniqueQuote } from '../../electron/core/facts/anchoring';
import { appRoot } from '../../electron/core/paths';
import { buildStarter } from '../../scripts/build-starter';
import { seedsDir, vovFile } from '../support/temp-store';

let dataDir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
  buildStarter({ inputDir: join(appRoot(), 'tests', 'fixtures', 'starter-mini'), seedsDir: seedsDir(), outFile: join(dataDir, 'briefing.sqlite') });
  // A second reading of the FDI figure, through the same API the app uses, so the store holds a conflict.
  const services = openAppServices({ dataDir, resourcesDir: join(dataDir, 'none'), version: 'test', transport: 'cli' });
  const vov = readFileSync(join(seedsDir(), vovFile), 'utf8');
  const created = await createDispatcher(services.handlers)('facts.create', {
    fields: {
      statement: 'Disbursed FDI reached US$28 billion in 2025.', metric: 'FDI disbursed', subject: 'Vietnam',
      valueLow: 28, valueHigh: null, unit: 'USD billion', qualifier: null, period: '2025', claimant: null, topics: ['investment'], notes: '',
    },
    evidence: [{ sourceId: 'src-vov-2026-01-14', selector: selectorForUniqueQuote(vov, 'the highest level to date') }],
    by: 'test',
  });
  services.close();
  expect(created.ok).toBe(true);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('briefing facts / sources on the command line', () => {
  it('facts search Chinh --json finds the facts whose text says Chính', async () => {
    const { code, stdout } = await cli('facts', 'search', 'Chinh', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { results: { id: string; claimant: string }[]; total: number };
    expect(result.total).toBe(1);
    expect(result.results[0]).toMatchObject({ id: 'mini-001', claimant: 'Prime Minister Phạm Minh Chính' });
  });

  it('facts search prints readable text, honours --limit and --status', async () => {
    const { code, stdout } = await cli('facts', 'search', 'billion', '--limit', '1', '--status', 'verified');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 of 2 facts/);
    expect(stdout).toMatch(/\[verified\]/);
  });

  it('facts show prints the statement, quotes with their anchoring, versions and history', async () => {
    const { code, stdout } = await cli('facts', 'show', 'mini-001');
    expect(code).toBe(0);
    expect(stdout).toContain('Disbursed foreign direct investment reached a record of about US$28–29 billion in 2025.');
    expect(stdout).toContain('[anchored] "Disbursed foreign direct investment reached a record high of about US$28-29 billion"');
    expect(stdout).toMatch(/Value: +about 28–29 USD billion, period 2025/);
    expect(stdout).toMatch(/verified by Briefing Studio starter set/);
    expect(stdout).toMatch(/corroborated/);
  });

  it('facts conflicts --json lists the disagreement with both sources', async () => {
    const { code, stdout } = await cli('facts', 'conflicts', '--json');
    expect(code).toBe(0);
    const { groups } = JSON.parse(stdout) as { groups: { metric: string; period: string; facts: { id: string; sources: { id: string }[] }[] }[] };
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ metric: 'FDI disbursed', period: '2025' });
    expect(groups[0]!.facts.map((f) => f.sources.map((s) => s.id))).toEqual([['src-vov-2026-01-14'], ['src-vov-2026-01-14', 'src-vns-2026-01-15']]);
    const text = await cli('facts', 'conflicts');
    expect(text.stdout).toMatch(/FDI disbursed \/ Vietnam \/ 2025/);
  });

  it('sources list shows each source with what is known and what is not', async () => {
    const { code, stdout } = await cli('sources', 'list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/src-vov-2026-01-14 {2}n\.d\. {2}VOV\.VN {2}\[press\] {2}2 facts/);
    const json = JSON.parse((await cli('sources', 'list', '--json')).stdout) as { sources: { id: string; sha256: string }[] };
    expect(json.sources.map((s) => s.id).sort()).toEqual(['src-vns-2026-01-15', 'src-vov-2026-01-14']);
  });

  it('reports errors on stderr with a non-zero exit status', async () => {
    const missing = await cli('facts', 'show', 'no-such-fact');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/No fact with id no-such-fact/);
    const badStatus = await cli('facts', 'search', 'x', '--status', 'maybe');
    expect(badStatus.code).toBe(1);
    expect(badStatus.stderr).toMatch(/status/);
    expect((await cli('facts', 'search', 'x', '--limit', 'ten')).code).toBe(2);
  });
});
