/**
 * The Word export end to end on the shipped starter store: the sample note exported by the
 * command line, opened by LibreOffice, then audited after the store changed under it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { appRoot, defaultResourcesDir } from '../../electron/core/paths';
import { cliOn } from '../support/cli';
import { convertToPdf, pdfText } from '../support/libreoffice';
import { tempDir } from '../support/notes';

const dataDir = tempDir('briefing-export-cli-');
const outDir = tempDir('briefing-export-out-');
let services: AppServices;

const cli = cliOn(dataDir);

beforeAll(() => {
  services = openAppServices({ dataDir, resourcesDir: defaultResourcesDir(), version: 'test', transport: 'cli' });
});
afterAll(() => services.close());

describe('briefing export / audit on the starter store', () => {
  const docx = join(outDir, 'sample.docx');

  it('exports the sample note, which LibreOffice opens with every heading, marking and quote', async () => {
    const result = await cli('export', 'sample-decision-note', '--out', docx, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ noteId: 'sample-decision-note', path: docx });
    const [pdf] = convertToPdf([docx], outDir);
    const text = pdfText(pdf!);
    for (const heading of ['Purpose', 'Summary', 'Background', 'Current status', 'Considerations', 'Options', 'Recommendation', 'Next steps']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('UNCLASSIFIED');
    expect(text).toContain('Phạm Minh Chính');
    // Keep page 1 for a person to look at.
    const shots = join(appRoot(), 'test-results', 'export');
    mkdirSync(shots, { recursive: true });
    const png = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf!, join(shots, 'starter-sample-note-page1')]);
    expect(png.status).toBe(0);
    expect(existsSync(join(shots, 'starter-sample-note-page1.png'))).toBe(true);
    copyFileSync(docx, join(shots, 'starter-sample-note.docx'));
  });

  it('exports the unchanged note again from the formatted citations kept in the data folder, with the same footnotes', async () => {
    const cache = join(dataDir, 'cache', 'citations');
    expect(readdirSync(cache)).toHaveLength(1);
    const again = join(outDir, 'sample-again.docx');
    const result = await cli('export', 'sample-decision-note', '--out', again, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
    const part = async (file: string, name: string) => (await JSZip.loadAsync(readFileSync(file))).file(name)!.async('string');
    for (const name of ['word/footnotes.xml', 'word/document.xml']) expect(await part(again, name)).toBe(await part(docx, name));
  });

  it('audits the file after the store changed: one fact revised, one retracted, the rest current or (never "current") unverified', async () => {
    const h = services.handlers;
    const fact = await h['facts.get']({ id: 'seed-047' });
    await h['facts.revise']({ id: 'seed-047', fields: { ...pick(fact), statement: `${fact.statement} (revised)` }, reason: 'wording checked against the transcript', by: 'Test Analyst' });
    await h['facts.retract']({ id: 'seed-013', by: 'Test Analyst', reason: 'source withdrew the figure' });
    const result = await cli('audit', docx, '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { facts: { factId: string; status: string; changes: { field: string }[] }[] };
    const byId = new Map(report.facts.map((f) => [f.factId, f]));
    expect(byId.get('seed-047')).toMatchObject({ status: 'stale', changes: [expect.objectContaining({ field: 'statement' })] });
    expect(byId.get('seed-013')?.status).toBe('retracted');
    // The rest as the chips and the export check see them (shared/citation-state.ts): an
    // unverified fact is "unverified", never "current" (the old audit called it current).
    const others = report.facts.filter((f) => f.factId !== 'seed-047' && f.factId !== 'seed-013');
    const live = new Map((await h['facts.status']({ ids: others.map((f) => f.factId) })).facts.map((f) => [f.id, f.status]));
    expect(others.map((f) => [f.factId, f.status])).toEqual(others.map((f) => [f.factId, live.get(f.factId) === 'unverified' ? 'unverified' : 'current']));
    const text = await cli('audit', docx);
    expect(text.stdout).toMatch(/seed-047 v1: STALE \(now v2\)/);
  });

  it('refuses to export a note citing a retracted fact, with a clear message and a non-zero exit', async () => {
    const result = await cli('export', 'sample-decision-note', '--out', join(outDir, 'blocked.docx'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot be exported yet/);
    expect(existsSync(join(outDir, 'blocked.docx'))).toBe(false);
  });

  it('says clearly when the file is not there or not a Word file', async () => {
    expect((await cli('audit', join(outDir, 'missing.docx'))).stderr).toMatch(/cannot read/);
    const notDocx = await cli('audit', join(appRoot(), 'package.json'));
    expect(notDocx.code).not.toBe(0);
  });
});

function pick(fact: Awaited<ReturnType<AppServices['handlers']['facts.get']>>) {
  const { statement, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes } = fact;
  return { statement, metric, subject, valueLow, valueHigh, unit, qualifier, period, claimant, topics, notes };
}
