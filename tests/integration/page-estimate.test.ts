/**
 * The page estimate against LibreOffice (issue 14 acceptance: within one page): the starter's
 * two sample notes (English, and the Vietnamese Tờ trình) and the 30-section benchmark note, exported by the command line, converted to PDF
 * and counted with pdfinfo, compared with what the pre-export check says.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCli } from '../../electron/cli/run';
import { longNote } from '../../scripts/bench/long-note';
import { writeLongNoteStore } from '../../scripts/bench/long-note-store';
import { convertToPdf } from '../support/libreoffice';
import { tempDir } from '../support/notes';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cli(dataDir: string, ...argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  expect(code, stderr).toBe(0);
  return stdout;
}

const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('the page estimate', () => {
  it('is within one page of LibreOffice for both sample notes and the long benchmark note', async () => {
    const out = tempDir('briefing-pages-out-');
    const sampleStore = tempDir('briefing-pages-sample-');
    const longStore = tempDir('briefing-pages-long-');
    dirs.push(out, sampleStore, longStore);
    writeLongNoteStore(longStore, longNote());

    const cases = [
      { store: sampleStore, noteId: 'sample-decision-note', docx: join(out, 'sample.docx') },
      // The Vietnamese Tờ trình: Decree 30's page (Times 14 pt, 30 mm left margin) and its blocks.
      { store: sampleStore, noteId: 'sample-to-trinh-vi', docx: join(out, 'to-trinh.docx') },
      { store: longStore, noteId: 'bench-long-note', docx: join(out, 'long.docx') },
    ];
    const estimates: number[] = [];
    for (const c of cases) {
      estimates.push((JSON.parse(await cli(c.store, 'check', c.noteId, '--json')) as { pageEstimate: number }).pageEstimate);
      await cli(c.store, 'export', c.noteId, '--out', c.docx, '--json');
    }
    const pages = convertToPdf(cases.map((c) => c.docx), out).map(pdfPages);
    // The estimate is the height of the text; the last page is part filled, so it lies within (pages − 1, pages + 1).
    for (const [i, c] of cases.entries()) expect(Math.abs(estimates[i]! - pages[i]!), `${c.noteId}: estimate ${estimates[i]}, LibreOffice ${pages[i]} pages`).toBeLessThan(1);
    // The long note really is long: the test compares a multi-page layout, not two one-pagers.
    expect(pages[2]).toBeGreaterThan(20);
  }, 240_000);
});
