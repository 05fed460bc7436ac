import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractSource } from '../../../../electron/core/ingest';
import { expectRefusal, utf8 } from './expect-refusal';

const work = mkdtempSync(join(tmpdir(), 'briefing-ingest-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A two-page PDF drawn with pdf-lib's standard fonts (WinAnsi only, so ASCII text). */
async function twoPagePdf(title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage();
  first.drawText('Exports reached US$475 billion in 2025.', { x: 50, y: 700, size: 12, font });
  first.drawText('Growth was 8.02 percent.', { x: 50, y: 680, size: 12, font });
  pdf.addPage().drawText('Annex: sources and methods.', { x: 50, y: 700, size: 12, font });
  return pdf.save();
}

const soffice = (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, 'soffice')));

describe('PDF files', () => {
  it('extracts the text layer page by page, title from the document information', async () => {
    const bytes = await twoPagePdf('Trade review 2025');
    const copy = bytes.slice();
    const source = await extractSource(bytes, 'trade.pdf');
    expect(source.format).toBe('pdf');
    expect(source.text).toBe('Exports reached US$475 billion in 2025.\nGrowth was 8.02 percent.\n\nAnnex: sources and methods.');
    expect(source.meta).toEqual({ title: 'Trade review 2025' });
    expect(source.original.mediaType).toBe('application/pdf');
    // pdf.js detaches the buffer it reads: the original kept for the store must survive intact.
    expect(source.original.bytes).toEqual(copy);
  });

  it('leaves the title unknown when the PDF has none, or only a file name', async () => {
    expect((await extractSource(await twoPagePdf(), 'a.pdf')).meta).toEqual({});
    expect((await extractSource(await twoPagePdf('Microsoft Word - draft3.docx'), 'b.pdf')).meta).toEqual({});
  });

  it('refuses a PDF with no text layer (a scanned page)', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.9, 0.9, 0.9) });
    await expectRefusal(extractSource(await pdf.save(), 'scan.pdf'), 'scan.pdf', /this PDF has no text layer \(scanned image\?\)/);
  });

  it('refuses a damaged PDF', async () => {
    await expectRefusal(extractSource(utf8('%PDF-1.7\nthis is not really a PDF\n%%EOF'), 'broken.pdf'), 'broken.pdf', /damaged/);
  });

  it.skipIf(!soffice)(
    soffice ? 'keeps Vietnamese from a PDF made by LibreOffice' : 'keeps Vietnamese from a PDF made by LibreOffice — SKIPPED: soffice (LibreOffice) is not installed',
    async () => {
      const doc = new Document({
        title: 'Báo cáo hội nhập',
        sections: [
          { children: [new Paragraph({ text: 'Hội nhập quốc tế', heading: HeadingLevel.HEADING_1 }), new Paragraph('Thủ tướng Phạm Minh Chính chủ trì hội nghị.')] },
          { children: [new Paragraph('Trang hai: GDP tăng 8,02%.')] },
        ],
      });
      const docx = join(work, 'bao-cao.docx');
      writeFileSync(docx, await Packer.toBuffer(doc));
      execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const source = await extractSource(readFileSync(join(work, 'bao-cao.pdf')), 'bao-cao.pdf');
      expect(source.format).toBe('pdf');
      expect(source.text).toBe('Hội nhập quốc tế\nThủ tướng Phạm Minh Chính chủ trì hội nghị.\n\nTrang hai: GDP tăng 8,02%.');
      expect(source.meta).toEqual({ title: 'Báo cáo hội nhập' });
    },
  );
});
