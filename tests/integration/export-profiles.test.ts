/**
 * The two starter samples in their house formats, rendered by LibreOffice and read back with
 * positions (`pdftotext -bbox`): the Vietnamese Tờ trình in the Decree 30 profile, the English
 * note in the international profile; a department's reference document (made by LibreOffice
 * from a fixture) imported as a profile; and the Word parts checked for the departures a Word
 * expert listed (issue 14). Page-1 PNGs of both samples are kept under test-results/profiles/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Document, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { importReferenceProfile } from '../../electron/core/export/profile-files';
import { exportHandlers } from '../../electron/core/export/handlers';
import { printHeaderImages } from '../../electron/core/export/header-images';
import { createExportService } from '../../electron/core/export/service';
import type { PrintHeaderImage } from '../../shared/contract/export';
import { printedNoteText, printedNotes, textLanguage, type CitationText, type PrintProfile } from '../../shared/document-profiles';
import { factNodesInOrder, type StoredNote } from '../../shared/note-format';
import { buildStarter } from '../../scripts/build-starter';
import { convertToPdf, readPdf, runPython, type Pdf } from '../support/libreoffice';
import { schemaOrderDepartures } from '../support/ooxml-order';

/** A 16 × 16 two-colour PNG, the department's logo in its template's header. */
function logoPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Array.from({ length: 16 }, (_, y) => Buffer.concat([Buffer.from([0]), ...Array.from({ length: 16 }, (_, x) => Buffer.from((x + y) % 2 ? [200, 16, 46] : [255, 205, 0]))]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const dir = mkdtempSync(join(tmpdir(), 'export-profiles-'));
const docx: Record<'vi' | 'en' | 'dept', Buffer> = {} as never;
const pdf: Record<'vi' | 'en' | 'dept', Pdf> = {} as never;
/** What the print view is given for a note in the department's profile (export.profile). */
let printed: PrintProfile;
/** The department's header images print is given with it. */
let printedHeader: PrintHeaderImage[];
let printedReplaced: { header: boolean; footer: boolean };
/** What print is given for the Tờ trình: its profile and its notes as export.citations formats them for it. */
let printedVi: { profile: PrintProfile; served: Map<string, CitationText>; cited: string[] };

beforeAll(async () => {
  const store = join(dir, 'data', 'briefing.sqlite');
  mkdirSync(join(dir, 'data'));
  buildStarter({ inputDir: 'scripts/starter', seedsDir: '../shared/seeds', outFile: store });

  // The department's template: its own font, wide margins and a header, saved by LibreOffice.
  const fixture = new Document({
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 2268, bottom: 2268, left: 2835, right: 2835 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new ImageRun({ type: 'png', data: logoPng(), transformation: { width: 48, height: 48 } }), new TextRun('MINISTRY OF EXAMPLE INTERNAL')] }),
            ],
          }),
        },
        children: [new Paragraph('Template body')],
      },
    ],
  });
  const rawFixture = join(dir, 'fixture-template.docx');
  writeFileSync(rawFixture, await Packer.toBuffer(fixture));
  const made = join(dir, 'lo');
  mkdirSync(made);
  const profileDir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', made, rawFixture], { stdio: 'pipe', timeout: 120_000 });
  rmSync(profileDir, { recursive: true, force: true });

  const db = openDatabase(store);
  try {
    const imported = importReferenceProfile(db, readFileSync(join(made, 'fixture-template.docx')), 'fixture-template.docx', 'Ministry of Example');
    const service = createExportService(db);
    docx.vi = (await service.exportNote('sample-to-trinh-vi', 'chicago', true)).buffer;
    docx.en = (await service.exportNote('sample-decision-note', 'chicago', true)).buffer;
    docx.dept = (await service.exportNote('sample-decision-note', 'chicago', true, imported.profile.id)).buffer;
    ({ profile: printed, headerImages: printedHeader, replaced: printedReplaced } = await exportHandlers(db)['export.profile']({ templateId: 'decision', language: 'en', profileId: imported.profile.id }));
    const sample = JSON.parse(readFileSync('scripts/starter/sample-note-vi.json', 'utf8')) as StoredNote;
    const chips = factNodesInOrder(sample.content);
    const viProfile = (await exportHandlers(db)['export.profile']({ templateId: sample.templateId, language: 'vi', profileId: sample.metadata.profileId ?? '' })).profile;
    const firsts = [...new Map(chips.map((c) => [c.factId, { factId: c.factId, factVersion: c.factVersion }])).values()];
    // The note's template and profile, as the editor asks: the back end resolves the repeat rule (Decree 30: new-note).
    const served = await exportHandlers(db)['export.citations']({ citations: firsts, style: 'chicago', language: 'vi', templateId: sample.templateId, profileId: sample.metadata.profileId ?? '' });
    printedVi = { profile: viProfile, served: new Map(served.notes.map((n) => [n.factId, n])), cited: chips.map((c) => c.factId) };
  } finally {
    db.close();
  }
  const files = (['vi', 'en', 'dept'] as const).map((k) => {
    const f = join(dir, `${k}.docx`);
    writeFileSync(f, docx[k]);
    return f;
  });
  const pdfs = convertToPdf(files, dir);
  (['vi', 'en', 'dept'] as const).forEach((k, i) => (pdf[k] = readPdf(pdfs[i]!)));
  mkdirSync('test-results/profiles', { recursive: true });
  for (const [k, name] of [
    [0, 'to-trinh'],
    [1, 'international-note'],
  ] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfs[k]!, `test-results/profiles/${name}-page1`]);
  }
  copyFileSync(files[0]!, 'test-results/profiles/to-trinh.docx');
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('gives print the imported profile a note names, as the export resolves it, without the reference document', () => {
  expect(printed.id).toBe('ministry-of-example');
  expect(printed.fonts.body).toBe('DejaVu Sans');
  expect(printed.page.margins.left).toBeCloseTo(50, 0);
  expect(printed).not.toHaveProperty('reference');
  // Its header's logo, as Word carries it: a PNG at the header's 48 px (36 pt).
  // Its header replaces the profile's in Word, so print leaves the profile's marking and number out of the top margin.
  expect(printedReplaced.header).toBe(true);
  expect(printedHeader).toHaveLength(1);
  expect(printedHeader[0]!.mime).toBe('image/png');
  expect(printedHeader[0]!.widthPt).toBeCloseTo(36, 0);
  expect(printedHeader[0]!.heightPt).toBeCloseTo(36, 0);
  expect(Buffer.from(printedHeader[0]!.base64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
});

it('prints only plain raster header images: an SVG named .png is left to Word', () => {
  const blip = (id: string) =>
    `<w:r><w:drawing><wp:inline><wp:extent cx="457200" cy="228600"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const images = printHeaderImages({
    fileName: 'dept.docx',
    styles: '',
    header: `<w:hdr ${ns}><w:p>${blip('rId1')}${blip('rId2')}</w:p></w:hdr>`,
    footer: null,
    headerRels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/reference-header-1.png"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/reference-header-2.png"/></Relationships>`,
    media: [
      { path: 'media/reference-header-1.png', base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64') },
      { path: 'media/reference-header-2.png', base64: logoPng().toString('base64') },
    ],
  });
  expect(images).toEqual([{ mime: 'image/png', base64: logoPng().toString('base64'), widthPt: 36, heightPt: 18 }]);
});

const first = (p: Pdf, text: string, page?: number) => {
  const found = p.words.find((w) => w.text === text && (page === undefined || w.page === page));
  if (!found) throw new Error(`"${text}" not found${page ? ` on page ${page}` : ''}`);
  return found;
};

describe('the Tờ trình in the Decree 30 profile', () => {
  it('puts the national name and motto in the top right half of page 1, the agency and "Số:" top left', () => {
    const { width, height } = pdf.vi.pages[0]!;
    for (const word of ['CỘNG', 'NAM', 'Độc', 'phúc']) {
      const w = first(pdf.vi, word, 1);
      expect(w.x, word).toBeGreaterThan(width / 2 - 30);
      expect(w.y, word).toBeLessThan(height / 5);
    }
    for (const word of ['BỘ', 'Số:']) {
      const w = first(pdf.vi, word, 1);
      expect(w.x2, word).toBeLessThan(width / 2);
      expect(w.y, word).toBeLessThan(height / 5);
    }
    expect(first(pdf.vi, 'Số:', 1).y).toBeGreaterThan(first(pdf.vi, 'BỘ', 1).y);
  });

  it('writes the place-date line in italics, in Vietnamese, and the body in Times New Roman or its metric twin', () => {
    expect(pdf.vi.text).toContain('Hà Nội, ngày 26 tháng 01 năm 2026');
    expect(pdf.vi.fonts).toMatch(/(TimesNewRoman|LiberationSerif)[-,]?Italic/);
    const fonts = pdf.vi.fonts.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/TimesNewRoman|LiberationSerif/);
  });

  it('numbers pages from page 2, centred at the top', () => {
    expect(pdf.vi.pages.length).toBeGreaterThanOrEqual(2);
    const { width, height } = pdf.vi.pages[0]!;
    const topNumber = (page: number) => pdf.vi.words.find((w) => w.page === page && /^\d+$/.test(w.text) && w.y < 60);
    expect(topNumber(1)).toBeUndefined();
    const two = topNumber(2)!;
    expect(two.text).toBe('2');
    const textCentre = ((30 + (210 - 15)) / 2 / 25.4) * 72;
    expect(Math.abs((two.x + two.x2) / 2 - textCentre)).toBeLessThan(15);
    expect(two.y).toBeLessThan(height / 10);
    expect(width).toBeCloseTo(595, 0); // A4
  });

  it('ends with "Nơi nhận:" bottom left and the signer bottom right of the last page', () => {
    const last = pdf.vi.pages.length;
    const { width } = pdf.vi.pages[last - 1]!;
    const recipients = first(pdf.vi, 'Nơi', last);
    const authority = first(pdf.vi, 'PHÓ', last);
    const name = first(pdf.vi, 'Mẫu', last);
    expect(recipients.x2).toBeLessThan(width / 2);
    expect(authority.x).toBeGreaterThan(width / 2);
    expect(name.x).toBeGreaterThan(width / 2);
    expect(name.y).toBeGreaterThan(authority.y + 40); // room to sign
    // Nothing of the body follows the closing blocks on that page.
    // The footnotes (a number at the margin, then the citation) start the page's foot.
    const footnoteMarks = pdf.vi.words.filter((w) => w.page === last && w.y > name.y + 5 && /^\d+$/.test(w.text) && w.x < recipients.x + 5);
    const foot = Math.min(pdf.vi.pages[last - 1]!.height * 0.75, ...footnoteMarks.map((w) => w.y - 2));
    const body = pdf.vi.words.filter((w) => w.page === last && w.y > name.y + 5 && !/^\d+$/.test(w.text) && w.y < foot);
    expect(body.map((w) => w.text).join(' ')).toBe('');
  });
  it('is Vietnamese throughout: labels, dates, footnotes cited with the vi-VN locale, and w:lang="vi-VN" on its text', async () => {
    const t = pdf.vi.text.replace(/\s+/g, ' ');
    for (const label of ['TỜ TRÌNH', 'Kính gửi:', 'Số:', 'Nơi nhận:']) expect(t, label).toContain(label);
    // CSL's vi-VN locale: its month names ("Tháng Giêng") and its placeholders, not English ones.
    expect(t).toMatch(/\d{1,2} Tháng Giêng 2026/);
    expect(t).toContain('[không rõ nơi xuất bản]');
    for (const english of ['January', 'November', '[publisher unknown]', 'n.d.']) expect(t, english).not.toContain(english);
    const zip = await JSZip.loadAsync(docx.vi);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:docDefaults>.*<w:lang w:val="vi-VN"/s);
    // Footnote runs with Vietnamese words are never marked as another language.
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    let vietnameseRuns = 0;
    for (const run of footnotes.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const text = [...run[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      if (textLanguage(text, 'vi') !== 'vi' || !/\p{L}/u.test(text)) continue;
      vietnameseRuns++;
      expect(/<w:lang w:val="([^"]+)"/.exec(run[1]!)?.[1] ?? 'vi-VN', text).toBe('vi-VN');
    }
    expect(vietnameseRuns).toBeGreaterThan(0);
  });
});

describe('the English note in the international profile', () => {
  it('has the title line, the type, numbered sections and paragraphs, and the decision block', () => {
    const t = pdf.en.text.replace(/\s+/g, ' ');
    expect(t).toContain('BRIEFING NOTE FOR THE MINISTER');
    expect(t).toContain('FOR DECISION');
    expect(t).toMatch(/1\. Purpose/);
    expect(t).toMatch(/1\.1 To seek your decision/);
    expect(t).toMatch(/2\. Summary/);
    expect(t).toMatch(/☐ Approved/);
    expect(t).toMatch(/☐ Not approved/);
    expect(t).toMatch(/Signature: _+/);
    expect(t).toContain('26 January 2026');
    // The decision block comes after the recommendation, on the last pages.
    expect(t.indexOf('Not approved')).toBeGreaterThan(t.indexOf('Recommendation'));
    const purpose = first(pdf.en, 'Purpose');
    const one = pdf.en.words.find((w) => w.page === purpose.page && w.text === '1.' && Math.abs(w.y - purpose.y) < 2);
    expect(one, 'the number 1. on the Purpose line').toBeDefined();
  });
});

describe('a department profile imported from a LibreOffice reference document', () => {
  it('carries the reference fonts, margins and header', async () => {
    expect(pdf.dept.fonts).toMatch(/DejaVuSans/);
    const header = first(pdf.dept, 'MINISTRY', 1);
    expect(header.y).toBeLessThan(72);
    // 50 mm left margin (2835 twips) in the fixture: the body starts there.
    const leftmost = Math.min(...pdf.dept.words.filter((w) => w.page === 1 && w.y > 150).map((w) => w.x));
    expect(leftmost).toBeGreaterThan(((50 - 1) / 25.4) * 72);
    const sectPr = (await (await JSZip.loadAsync(docx.dept)).file('word/document.xml')!.async('string')).match(/<w:pgMar [^>]*>/)![0];
    expect(sectPr).toContain('w:left="2835"');
  });

  it('carries the logo in the reference header: its relationship, its bytes, and LibreOffice draws it on page 1', async () => {
    const zip = await JSZip.loadAsync(docx.dept);
    const documentRels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(documentXml)![1];
    const headerFile = new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"`).exec(documentRels)![1]!;
    const header = await zip.file(`word/${headerFile}`)!.async('string');
    const embed = /r:embed="([^"]+)"/.exec(header)![1];
    const headerRels = await zip.file(`word/_rels/${headerFile}.rels`)!.async('string');
    const image = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${embed}"`).exec(headerRels)!;
    const media = zip.file(`word/${image[1] ?? image[2]}`);
    expect(media, 'the header image part').not.toBeNull();
    expect((await media!.async('nodebuffer')).subarray(1, 4).toString('latin1')).toBe('PNG');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types.match(/<Default [^>]*Extension="png"[^>]*>/)?.[0]).toContain('ContentType="image/png"');
    // pdfimages -list: page, num, type, width, height …; the 16 × 16 logo on page 1.
    const images = execFileSync('pdfimages', ['-list', join(dir, 'dept.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    expect(images.some(([page, , , width, height]) => page === '1' && width === '16' && height === '16')).toBe(true);
  });
});

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/\.xml$|\.rels$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('Word parts without the departures a Word expert found', () => {
  it.each(['vi', 'en'] as const)('%s: styles, numbering, separators, fields, properties and languages as Word writes them', async (k) => {
    const p = await parts(docx[k]);
    const styles = p['word/styles.xml']!;
    const ids = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    for (const m of styles.matchAll(/<w:basedOn w:val="([^"]+)"/g)) expect(ids.has(m[1]), `basedOn ${m[1]}`).toBe(true);
    for (const gone of ['Strong', 'Heading4', 'Heading5', 'Heading6']) expect(ids.has(gone), gone).toBe(false);
    expect(styles).toMatch(/w:styleId="ListBullet">(?:(?!<\/w:style>).)*<w:numPr>/s);
    expect(styles).toMatch(/w:styleId="ListNumber">(?:(?!<\/w:style>).)*<w:numPr>/s);
    const lang = k === 'vi' ? 'vi-VN' : 'en-GB';
    expect(styles).toMatch(new RegExp(`<w:docDefaults>.*<w:lang w:val="${lang}"`, 's'));
    const document = p['word/document.xml']!;
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).not.toContain('<w:pStyle w:val="Heading2"/>');
    // Used numbering only: every w:num is referenced.
    const used = new Set([...(document + styles).matchAll(/<w:numId w:val="(\d+)"/g)].map((m) => m[1]));
    for (const m of p['word/numbering.xml']!.matchAll(/<w:num w:numId="(\d+)"/g)) expect(used.has(m[1]), `num ${m[1]}`).toBe(true);
    const separators = p['word/footnotes.xml']!.match(/<w:footnote w:type="(?:separator|continuationSeparator)".*?<\/w:footnote>/gs)!;
    expect(separators).toHaveLength(2);
    for (const s of separators) expect(s).not.toContain('footnoteRef');
    // A fact cited twice (the Tờ trình cites seed-013 twice). Decree 30 (footnotes.repeated
    // 'new-note'): every citation has a footnote of its own with the full citation, no NOTEREF;
    // the international profile points at the first footnote (export-docx.test.ts).
    if (k === 'vi') {
      expect(document).not.toContain('NOTEREF');
      const referenced = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]!);
      const chips = factNodesInOrder((JSON.parse(readFileSync('scripts/starter/sample-note-vi.json', 'utf8')) as StoredNote).content).length;
      expect(referenced).toHaveLength(chips);
      expect(new Set(referenced).size).toBe(chips);
      const noteText = (id: string) =>
        [...p['word/footnotes.xml']!.match(new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`, 's'))![1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const texts = referenced.map(noteText);
      const repeatedText = texts.find((t, i) => texts.indexOf(t) !== i)!;
      expect(repeatedText).toMatch(/\d{4}/); // the full citation again, its date included
      expect(repeatedText).not.toMatch(/^\s*(Sđd|Tlđd|Ibid)/i);
      // Ctrl+P prints the same notes: as many, in the same order, each with Word's text (shared/document-profiles/print-notes.ts).
      const print = printedNotes(printedVi.cited, printedVi.served, printedVi.profile.footnotes.repeated);
      expect(print.marks).toEqual(referenced.map((_, i) => i + 1));
      expect(print.notes.map((n) => printedNoteText(n, printedVi.profile.footnotes.quote))).toEqual(texts.map((t) => t.trim()));
    }
    const bookmarks = new Set([...document.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
    for (const m of document.matchAll(/NOTEREF (_RefNote\d+)/g)) expect(bookmarks.has(m[1])).toBe(true);
    expect(p['word/footnotes.xml']).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>(?:(?!<\/w:hyperlink>).)*https?:\/\//s);
    // Cached page fields.
    const headersFooters = Object.entries(p).filter(([n]) => /word\/(header|footer)\d*\.xml/.test(n)).map(([, x]) => x).join('');
    expect(headersFooters).toMatch(/<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>1<\/w:t>/);
    expect(p['docProps/app.xml']).toMatch(/<Pages>[1-9]\d*<\/Pages><Words>[1-9]\d*<\/Words><Application>Briefing Studio<\/Application>/);
    expect(p['docProps/app.xml']).toMatch(/<Company>[^<]+<\/Company>/);
    expect(p['docProps/core.xml']).toMatch(/<dc:title>[^<]+<\/dc:title>/);
    expect(p['word/fontTable.xml']).toMatch(new RegExp(`<w:font w:name="${k === 'vi' ? 'Times New Roman' : 'Arial'}">`));
    // Every run's language matches its text.
    const noteLanguage = k;
    for (const run of document.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const text = [...run[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      if (!/\p{L}/u.test(text)) continue;
      const marked = /<w:lang w:val="([^"]+)"/.exec(run[1]!)?.[1] ?? lang;
      expect(marked, text).toBe(textLanguage(text, noteLanguage) === 'vi' ? 'vi-VN' : 'en-GB');
    }
  });

  it.each(['vi', 'en', 'dept'] as const)('%s: every part keeps the ECMA-376 child order of the elements it writes', async (k) => {
    const all = await parts(docx[k]);
    const checked = Object.entries(all).filter(([name]) => name.endsWith('.xml'));
    expect(checked.map(([name]) => name)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/footnotes.xml', 'word/numbering.xml', 'word/fontTable.xml']));
    expect(checked.flatMap(([name, xml]) => schemaOrderDepartures(xml, name))).toEqual([]);
  });

  it('opens in python-docx with Heading 1 sections and the profile page', () => {
    const out = runPython(
      `import sys, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(round(s.left_margin.mm), round(s.right_margin.mm), round(s.page_width.mm))
print(sum(1 for p in d.paragraphs if p.style.name == 'Heading 1'))
print(d.core_properties.title)`,
      join(dir, 'vi.docx'),
    ).split('\n');
    expect(out[0]).toBe('30 15 210');
    expect(Number(out[1])).toBeGreaterThanOrEqual(2);
    expect(out[2]).toContain('hội nhập quốc tế');
  });
});
