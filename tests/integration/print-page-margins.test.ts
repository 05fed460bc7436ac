/**
 * What every printed page carries in its margins, as Word's header and footer do: the
 * classification marking and the page number where the profile puts them (the rule the Word
 * export follows, shared/document-profiles/page-furniture.ts), and an imported profile's
 * letterhead at the header's distance from the top. The print style sheets
 * (shared/document-profiles/print.ts) laid out by a real Chromium, read back from its PDF with
 * poppler (pdftotext -bbox for words, pdftohtml -xml for each image's place on each page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { letterheadCss, pageFurnitureCss, printCss, PrintProfile, printRootId, profileFor } from '../../shared/document-profiles';
import { readPdf } from '../support/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'briefing-print-margins-'));
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1}: ${'the note goes on for a while. '.repeat(12)}</p>`).join('');

/** A long note printed with `css` beside the profile's own print style sheet; the PDF's path. */
async function printed(name: string, profile: PrintProfile, css: string): Promise<string> {
  const html = `<!doctype html><html><head><style>${printCss(profile)}</style><style>${css}</style></head><body><main>app</main><div id="${printRootId}"><div class="print-body">${paragraphs}</div></div></body></html>`;
  const page = await browser.newPage();
  await page.setContent(html);
  const file = join(dir, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.close();
  return file;
}

const printProfile = (profileId: string) => PrintProfile.parse(profileFor({ templateId: 'decision', metadata: { language: 'en', profileId } }));

/** A w × h PNG of one colour. */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x40)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

it('prints the letterhead on every page, at the header distance in the left margin line, at its size', async () => {
  const profile = printProfile('international-briefing');
  const logo = { mime: 'image/png' as const, base64: png(32, 16).toString('base64'), widthPt: 72, heightPt: 36 };
  /** Each page's images as [top, left, width, height] in points (pdftohtml at zoom 1). */
  const imagesPerPage = async (name: string, css: string, p: PrintProfile) => {
    await printed(name, p, css);
    execFileSync('pdftohtml', ['-xml', '-zoom', '1', '-q', join(dir, `${name}.pdf`), join(dir, name)]);
    const xml = readFileSync(join(dir, `${name}.xml`), 'utf8');
    return [...xml.matchAll(/<page number="(\d+)"[\s\S]*?<\/page>/g)].map((page) => [...page[0].matchAll(/<image top="(\d+)" left="(\d+)" width="(\d+)" height="(\d+)"/g)].map((m) => m.slice(1).map(Number)));
  };
  const pages = await imagesPerPage('note', letterheadCss([logo], profile), profile);
  expect(pages.length).toBeGreaterThan(2);
  const mm = 72 / 25.4;
  for (const images of pages) {
    expect(images).toHaveLength(1);
    const [top, left, width, height] = images[0]!;
    expect(top).toBeCloseTo(profile.page.margins.header * mm, -0.5);
    expect(left).toBeCloseTo(profile.page.margins.left * mm, -0.5);
    expect([width, height]).toEqual([72, 36]);
  }
  // A profile with a page 1 of its own (no number there) keeps its own header on page 1, as Word does.
  const memo = printProfile('plain-memo');
  expect((await imagesPerPage('memo', letterheadCss([logo], memo), memo)).map((images) => images.length)).toEqual(pages.map((_, i) => (i === 0 ? 0 : 1)));
});

it('prints the marking on every page, top and bottom, and the page number where the profile puts it', async () => {
  const mm = 72 / 25.4;
  const lines = (file: string) => {
    const pdf = readPdf(file);
    return pdf.pages.map((size, i) => {
      const words = pdf.words.filter((w) => w.page === i + 1);
      const line = (keep: (y: number) => boolean) => words.filter((w) => keep(w.y)).map((w) => w.text).join(' ');
      // The margins: above the top margin and below the bottom one.
      return { top: line((y) => y < 20 * mm), bottom: line((y) => y > size.height - 20 * mm) };
    });
  };
  // The international briefing: the marking top and bottom of every page, "Page n of N" in the footer from page 1.
  const briefing = lines(await printed('briefing', printProfile('international-briefing'), pageFurnitureCss(printProfile('international-briefing'), { classification: 'OFFICIAL-SENSITIVE', language: 'en' })));
  expect(briefing.length).toBeGreaterThan(2);
  briefing.forEach((page, i) => {
    expect(page.top).toBe('OFFICIAL-SENSITIVE');
    expect(page.bottom).toBe(`Page ${i + 1} of ${briefing.length} OFFICIAL-SENSITIVE`);
  });
  // A note with no marking says so, loudly, rather than look unmarked.
  expect(lines(await printed('unmarked', printProfile('international-briefing'), pageFurnitureCss(printProfile('international-briefing'), { classification: ' ', language: 'en' })))[0]!.top).toBe('CLASSIFICATION NOT SET');
  // Decree 30: no marking in the margins (it is printed under the number on page 1), the number at the top, from page 2.
  const toTrinh = lines(await printed('to-trinh', printProfile('vn-decree30-to-trinh'), pageFurnitureCss(printProfile('vn-decree30-to-trinh'), { classification: '', language: 'vi' })));
  expect(toTrinh.map((page) => page.top)).toEqual(toTrinh.map((_, i) => (i === 0 ? '' : String(i + 1))));
  expect(toTrinh.every((page) => page.bottom === '')).toBe(true);
  // An imported reference's own header replaces ours, as in Word: the top margin keeps only its letterhead.
  const imported = lines(await printed('imported', printProfile('international-briefing'), pageFurnitureCss(printProfile('international-briefing'), { classification: 'OFFICIAL', language: 'en' }, { header: true, footer: false })));
  expect(imported.every((page, i) => page.top === '' && page.bottom === `Page ${i + 1} of ${imported.length} OFFICIAL`)).toBe(true);
});
