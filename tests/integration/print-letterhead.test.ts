/**
 * An imported profile's letterhead prints on every page, as Word repeats a header, where Word
 * puts it: at the header's distance from the top of the page, in the left margin's line. The
 * print style sheets (shared/document-profiles/print.ts) laid out by a real Chromium, read back
 * from its PDF with poppler (pdftohtml -xml gives each image's place on each page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { afterAll, expect, it } from 'vitest';
import { letterheadCss, printCss, PrintProfile, printRootId, profileFor } from '../../shared/document-profiles';

const dir = mkdtempSync(join(tmpdir(), 'briefing-letterhead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
  const profile = PrintProfile.parse(profileFor({ templateId: 'decision', metadata: { language: 'en', profileId: '' } }));
  const logo = { mime: 'image/png' as const, base64: png(32, 16).toString('base64'), widthPt: 72, heightPt: 36 };
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1}: ${'the note goes on for a while. '.repeat(12)}</p>`).join('');
  const html = `<!doctype html><html><head><style>${printCss(profile)}</style><style>${letterheadCss([logo], profile.page.margins)}</style></head><body><main>app</main><div id="${printRootId}"><div class="print-body">${paragraphs}</div></div></body></html>`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path: join(dir, 'note.pdf'), preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
  // Points: pdftohtml at zoom 1.
  execFileSync('pdftohtml', ['-xml', '-zoom', '1', '-q', join(dir, 'note.pdf'), join(dir, 'note')]);
  const xml = readFileSync(join(dir, 'note.xml'), 'utf8');
  const pages = [...xml.matchAll(/<page number="(\d+)"[\s\S]*?<\/page>/g)].map((p) => [...p[0].matchAll(/<image top="(\d+)" left="(\d+)" width="(\d+)" height="(\d+)"/g)].map((m) => m.slice(1).map(Number)));
  expect(pages.length).toBeGreaterThan(2);
  const mm = 72 / 25.4;
  for (const images of pages) {
    expect(images).toHaveLength(1);
    const [top, left, width, height] = images[0]!;
    expect(top).toBeCloseTo(profile.page.margins.header * mm, -0.5);
    expect(left).toBeCloseTo(profile.page.margins.left * mm, -0.5);
    expect([width, height]).toEqual([72, 36]);
  }
});
