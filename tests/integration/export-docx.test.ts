/**
 * The exported note opened in real clients: LibreOffice renders it to PDF (headings, markings,
 * footnotes with their quotes, exact diacritics), python-docx opens it, and the package parts
 * say what Word will see. Page 1 is saved as a PNG under test-results/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportNoteToDocx, readProvenance, referencesHeading } from '../../electron/core/export';
import { convertToPdf, pdfText, runPython } from '../support/libreoffice';
import { sampleFacts, sampleHeadings, sampleNote, sampleResolver } from '../support/sample-note';

const dir = mkdtempSync(join(tmpdir(), 'export-docx-'));
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
let chicago: { docx: Buffer; path: string; text: string };
let apa: { docx: Buffer; path: string; text: string };

beforeAll(async () => {
  const note = sampleNote();
  const chicagoDocx = await exportNoteToDocx(note, sampleResolver, { style: 'chicago' });
  const apaDocx = await exportNoteToDocx(note, sampleResolver, { style: 'apa' });
  const paths = [join(dir, 'sample-chicago.docx'), join(dir, 'sample-apa.docx')];
  writeFileSync(paths[0]!, chicagoDocx);
  writeFileSync(paths[1]!, apaDocx);
  const [chicagoPdf, apaPdf] = convertToPdf(paths, dir);
  chicago = { docx: chicagoDocx, path: paths[0]!, text: pdfText(chicagoPdf!) };
  apa = { docx: apaDocx, path: paths[1]!, text: pdfText(apaPdf!) };

  mkdirSync('test-results/export', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', chicagoPdf!, 'test-results/export/sample-note-page1']);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function part(docx: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(docx)).file(name)!.async('string');
}

describe('exported note as LibreOffice renders it', () => {
  it('has the title and every heading, sections numbered; no References list repeating the footnotes', () => {
    const text = flat(chicago.text);
    expect(text).toContain('Việt Nam’s international integration: results of 2025 and priorities for 2026');
    sampleHeadings.forEach((heading, i) => expect(chicago.text).toMatch(new RegExp(`^${i + 1}\\.\\s+${heading}$`, 'm')));
    expect(chicago.text).toMatch(/^Economic$/m);
    // The international profile prints no reference list under footnotes (issue 14: it repeated them).
    expect(chicago.text).not.toMatch(new RegExp(`^${referencesHeading}$`, 'm'));
  });

  it('marks the classification at the top and bottom of every page and numbers pages "Page X of Y"', () => {
    const pages = chicago.text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines[0]).toBe('PROTECTED A');
      expect(lines.at(-1)).toBe('PROTECTED A');
      expect(lines).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('prints each footnote with its citation and its quote in quotation marks', () => {
    const text = flat(chicago.text);
    for (const f of Object.values(sampleFacts)) expect(text).toContain(`“${f.quote}”`);
    expect(text).toContain('VOV.VN, January 14, 2026');
    expect(text).toContain('Le Van, “General Secretary To Lam: International Integration Is a Key Driver Developments,” [publisher unknown], n.d.');
  });

  it('keeps Vietnamese diacritics exactly', () => {
    const text = flat(chicago.text);
    for (const name of ['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Thủ tướng Phạm Minh Chính', 'Việt Nam']) expect(text).toContain(name);
  });

  it('gives author-date citations and a reference list in APA', () => {
    const text = flat(apa.text);
    expect(text).toContain('(Le Van, n.d.)');
    expect(text).toContain('Le Van. (n.d.). General Secretary To Lam: International integration is a key driver developments.');
    expect(apa.text).toMatch(new RegExp(`^${referencesHeading}$`, 'm'));
  });
});

describe('exported note as Word will read it', () => {
  it('opens in python-docx with real Word styles and document properties', () => {
    const out = runPython(
      [
        'import docx, json, sys',
        'd = docx.Document(sys.argv[1])',
        'p = d.core_properties',
        'print(json.dumps({"styles": sorted({x.style.name for x in d.paragraphs}), "author": p.author, "title": p.title,',
        '  "subject": p.subject, "keywords": p.keywords, "created": p.created.isoformat(), "modified": p.modified.isoformat(),',
        '  "header": d.sections[0].header.paragraphs[0].text}))',
      ].join('\n'),
      chicago.path,
    );
    const info = JSON.parse(out);
    expect(info.styles).toEqual(
      expect.arrayContaining(['Title', 'Heading 1', 'Heading 2', 'List Bullet', 'List Number', 'Quote', 'Body Text']),
    );
    expect(info).toMatchObject({
      author: 'Nguyễn Thị Hằng, Policy Analyst',
      title: sampleNote().metadata.title,
      subject: `For information: ${sampleNote().metadata.title}`,
      keywords: 'PROTECTED A, BN-2026-0142, For information, briefing note',
      created: '2026-01-26T09:00:00',
      modified: '2026-01-27T16:30:00',
      header: 'PROTECTED A',
    });
  });

  it('carries bold, italic and underline from the note as run formatting', () => {
    const out = runPython(
      [
        'import docx, json, sys',
        'd = docx.Document(sys.argv[1])',
        'print(json.dumps([[r.text, bool(r.bold), bool(r.italic), bool(r.underline)] for p in d.paragraphs for r in p.runs if r.text.strip()]))',
      ].join('\n'),
      chicago.path,
    );
    const runs = JSON.parse(out) as [string, boolean, boolean, boolean][];
    expect(runs).toContainEqual(['is an estimate', true, false, false]);
    expect(runs).toContainEqual(['it should be quoted as a range', false, false, true]);
    // The Vietnamese name is a run of its own, marked vi-VN (w:lang), italic like its line.
    expect(runs).toContainEqual(['Thủ tướng Phạm Minh Chính', false, true, false]);
    expect(runs).toContainEqual(['The investment figure ', false, false, false]);
  });

  it('has exactly one footnote per cited fact, referenced once, with a repeat pointing at the same number through a NOTEREF field', async () => {
    const footnotes = await part(chicago.docx, 'word/footnotes.xml');
    const ids = [...footnotes.matchAll(/<w:footnote\b(?![^>]*w:type=)[^>]*w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    const document = await part(chicago.docx, 'word/document.xml');
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    // fact-fdi is cited again under "Economic": the same number, not a sixth footnote.
    expect(flat(chicago.text)).toMatch(/emphasis: Disbursed FDI reached a record of about US\$28–29 billion in 20251\./);
    expect(document).toContain('<w:fldSimple w:instr="NOTEREF _RefNote1 \\f \\h">');
    expect(footnotes).not.toContain('<w:numPr>');
  });

  it('writes the page numbers as PAGE and NUMPAGES fields and numbers lists with real numbering', async () => {
    const zip = await JSZip.loadAsync(chicago.docx);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const document = await part(chicago.docx, 'word/document.xml');
    expect((document.match(/<w:pStyle w:val="List(?:Bullet|Number)"\/><w:numPr>/g) ?? []).length).toBe(5);
    const numbering = await part(chicago.docx, 'word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });
});

describe('embedded provenance after the file is edited elsewhere', () => {
  it('survives LibreOffice opening the file and saving it again as DOCX', async () => {
    const out = join(dir, 'resaved');
    const profile = mkdtempSync(join(tmpdir(), 'lo-resave-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, chicago.path], {
        stdio: 'pipe',
        timeout: 120_000,
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const resaved = readFileSync(join(out, 'sample-chicago.docx'));
    expect(resaved.equals(chicago.docx)).toBe(false);
    expect(await readProvenance(resaved)).toEqual(await readProvenance(chicago.docx));
  }, 120_000);
});
