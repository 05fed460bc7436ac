/**
 * The three ways to cite a fact (issue 12), through the Word export: a note citing a figure
 * mid-sentence, a statement and the writer's own words, exported by the command line, read back
 * by LibreOffice, then audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openAppServices, type AppServices } from '../../electron/core/app/services';
import { defaultResourcesDir } from '../../electron/core/paths';
import { formatFigure } from '../../shared/figure-format';
import { cliOn } from '../support/cli';
import { convertToPdf, pdfText } from '../support/libreoffice';
import { content, fact, figure, paragraph, phrase, text } from '../support/note-content';
import { tempDir } from '../support/notes';

const dataDir = tempDir('briefing-cite-forms-');
const outDir = tempDir('briefing-cite-forms-out-');
let services: AppServices;

const cli = cliOn(dataDir);

beforeAll(() => {
  services = openAppServices({ dataDir, resourcesDir: defaultResourcesDir(), version: 'test', transport: 'cli' });
});
afterAll(() => services.close());

const ownWords = 'trade with the world passed nine hundred billion dollars';
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('a note citing a figure, a statement and its own words', () => {
  const docx = join(outDir, 'forms.docx');
  let fdiQuote = '';

  it('exports them as ordinary text, each followed by its footnote mark, and LibreOffice reads the figure mid-sentence', async () => {
    const h = services.handlers;
    const fdi = await h['facts.get']({ id: 'seed-013' });
    const fdiFigure = formatFigure(fdi, 'en')!;
    const resolution = await h['facts.get']({ id: 'seed-004' });
    const note = await h['notes.create']({ templateId: 'information', title: 'Trade and FDI in 2025' });
    await h['notes.save']({
      id: note.id,
      metadata: note.metadata,
      baseUpdatedAt: note.updatedAt,
      snapshot: false,
      content: content(
        paragraph(text('Disbursed FDI reached '), figure('seed-013', fdiFigure), text(' in 2025, the highest on record.')),
        paragraph(text('The policy basis: '), fact('seed-004', resolution.statement)),
        paragraph(text('In 2025 '), phrase('seed-011', text(ownWords)), text(' for the first time.')),
      ),
    });
    const served = await h['export.citations']({ citations: [{ factId: 'seed-013', factVersion: 1 }], style: 'chicago', language: 'en' });
    fdiQuote = served.notes[0]!.quote!.text;

    const result = await cli('export', note.id, '--out', docx, '--json');
    expect(result.code, result.stderr).toBe(0);
    const [pdf] = convertToPdf([docx], outDir);
    const read = flat(pdfText(pdf!));
    // pdftotext writes a superscript footnote mark as a digit right after the word it follows.
    expect(fdiFigure).toBe('about US$28–29 billion');
    expect(read).toContain(`reached ${fdiFigure}1 in 2025, the highest on record.`);
    expect(read).toContain(`${resolution.statement}2`);
    expect(read).toContain(`In 2025 ${ownWords}3 for the first time.`);
    // Footnote 1, the one the figure's mark points to, carries the quote the figure stands on.
    expect(read).toContain(flat(fdiQuote));
    const footnotes = await (await JSZip.loadAsync(readFileSync(docx))).file('word/footnotes.xml')!.async('string');
    const footnote1 = /<w:footnote\b[^>]*w:id="1"[^>]*>(.*?)<\/w:footnote>/s.exec(footnotes)![1]!.replace(/<[^>]+>/g, '');
    expect(footnote1).toContain(fdiQuote);
  });

  it('audit lists all three, each with the form and words it has in the document', async () => {
    const result = await cli('audit', docx, '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { facts: { factId: string; footnote: number; uses: { form: string; text: string }[] }[] };
    expect(report.facts.map((f) => [f.factId, f.footnote, f.uses])).toEqual([
      ['seed-013', 1, [{ form: 'figure', text: 'about US$28–29 billion' }]],
      ['seed-004', 2, [{ form: 'statement', text: expect.stringContaining('24 January 2025') }]],
      ['seed-011', 3, [{ form: 'own-words', text: ownWords }]],
    ]);
    const plain = await cli('audit', docx);
    expect(plain.stdout).toContain('as figure: "about US$28–29 billion"');
    expect(plain.stdout).toContain(`as own words: "${ownWords}"`);
  });
});
