import { deflateRawSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractSource, importWarningText } from '../../../../electron/core/ingest';
import { expectRefusal } from './expect-refusal';
import type { ApiError } from '../../../../shared/errors';

async function wordDocument(title?: string): Promise<Uint8Array> {
  const doc = new Document({
    ...(title ? { title } : {}),
    creator: 'Administrator',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Hội nhập quốc tế 2025', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Thủ tướng Phạm Minh Chính chủ trì hội nghị tổng kết.'),
          new Paragraph({ children: [new TextRun('Kim ngạch xuất khẩu đạt '), new TextRun({ text: '475 tỷ USD', bold: true }), new TextRun('.')] }),
          new Paragraph({ text: 'Next steps', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Report back by March.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const expectedText = [
  'Hội nhập quốc tế 2025',
  'Thủ tướng Phạm Minh Chính chủ trì hội nghị tổng kết.',
  'Kim ngạch xuất khẩu đạt 475 tỷ USD.',
  'Next steps',
  'Report back by March.',
].join('\n\n');

/** Rewrites the uncompressed size a ZIP's central directory (and local header) declares for one entry. */
function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const dv = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (at: number) => name.every((b, i) => bytes[at + i] === b);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = dv.getUint32(at, true);
    if (signature === 0x02014b50 && dv.getUint16(at + 28, true) === name.length && nameAt(at + 46)) dv.setUint32(at + 24, size, true);
    if (signature === 0x04034b50 && dv.getUint16(at + 26, true) === name.length && nameAt(at + 30)) dv.setUint32(at + 22, size, true);
  }
  return bytes;
}

describe('Word documents', () => {
  it('extracts paragraphs and headings, Vietnamese intact, title from the document properties', async () => {
    const bytes = await wordDocument('Báo cáo hội nhập quốc tế');
    const source = await extractSource(bytes, 'bao-cao.docx');
    expect(source.format).toBe('docx');
    expect(source.text).toBe(expectedText);
    // The file's "creator" is who saved it (here "Administrator"), not the source's author: not prefilled.
    expect(source.meta).toEqual({ title: 'Báo cáo hội nhập quốc tế' });
    expect(source.warnings).toEqual([]);
    expect(source.original).toEqual({
      bytes,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: 'bao-cao.docx',
    });
  });

  it('reads a document handed over as a slice of a larger buffer', async () => {
    const bytes = await wordDocument();
    const larger = new Uint8Array(bytes.length + 64);
    larger.set(bytes, 32);
    const slice = larger.subarray(32, 32 + bytes.length);
    expect((await extractSource(slice, 'slice.docx')).text).toBe(expectedText);
  });

  it('leaves the title unknown when the document has none', async () => {
    expect((await extractSource(await wordDocument(), 'untitled.docx')).meta).toEqual({});
  });

  it('imports a Word document named .txt as a Word document, with a warning', async () => {
    const source = await extractSource(await wordDocument(), 'notes.txt');
    expect([source.format, source.text]).toEqual(['docx', expectedText]);
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/“notes\.txt” is named like a plain text file but is a Word document/);
  });

  it('refuses a document whose parts claim to unpack to gigabytes, before unpacking them', async () => {
    const bomb = declareSize(await wordDocument(), 'word/document.xml', 0xfffffff0);
    await expectRefusal(extractSource(bomb, 'bomb.docx'), 'bomb.docx', /would unpack to [\d,]+ MB/);
  });

  it('refuses a document whose part unpacks to more than it declares', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document>' + 'A'.repeat(5_000_000) + '</w:document>');
    const packed = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(packed.length).toBeLessThan(100_000);
    await expectRefusal(extractSource(declareSize(packed, 'word/document.xml', 1000), 'liar.docx'), 'liar.docx', /larger than it claims/);
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('report.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expectRefusal(extractSource(bytes, 'report.docx'), 'report.docx', /ZIP archive, not a Word document/);
  });

  it('refuses a damaged Word document, the reason keyed for the interface’s language too', async () => {
    const bytes = await wordDocument();
    const refusal = extractSource(bytes.subarray(0, bytes.length / 2), 'cut.docx');
    await expectRefusal(refusal, 'cut.docx', /damaged/);
    // The renderer words both parts from the catalogues (tests/unit/renderer/errorMessage.test.ts).
    const wording = await refusal.catch((error: ApiError) => error.wording);
    expect(wording).toMatchObject({ key: 'import.brokenWord', params: { name: 'cut.docx' }, reason: { key: 'ooxml.noDirectory' } });
  });

  it('refuses a document whose text part is not a Word document inside', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', deflateRawSync(Buffer.from('not xml at all')));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expectRefusal(extractSource(bytes, 'odd.docx'), 'odd.docx', /could not be read|damaged/);
  });
});
