import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { extractSource, importWarningText } from '../../../../electron/core/ingest';
import { expectRefusal, utf8 } from './expect-refusal';

const hostile = `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>PM urges deeper integration | Viet Nam News</title>
  <meta property="og:title" content="PM urges deeper integration">
  <meta property="og:site_name" content="Viet Nam News">
  <meta property="article:published_time" content="2026-01-15T10:10:00+07:00">
  <meta name="author" content="Dương Giang">
  <link rel="canonical" href="https://vietnamnews.vn/politics-laws/pm-urges-deeper-integration.html">
  <style>body { color: red } .SCRIPT_TEXT_LEAKED { }</style>
  <script>window.__xss = 1; document.title = 'SCRIPT RAN';</script>
</head>
<body>
  <script>window.__xss = 1; document.body.append('SCRIPT RAN');</script>
  <h1>PM urges deeper integration</h1>
  <p>HÀ NỘI — Prime Minister   Phạm Minh Chính
     has called for a decisive shift.</p>
  <img src="x" onerror="window.__xss = 1; document.body.append('ONERROR RAN')">
  <p>Exports reached <b>US$475</b> billion<br>in 2025.</p>
  <ul><li>first point</li><li>second point</li></ul>
  <noscript>Please enable JavaScript</noscript>
  <iframe src="https://example.com/ad"></iframe>
  <template><p>template text</p></template>
  <p hidden>hidden text</p>
  <table><tr><th>Year</th><th>Growth</th></tr><tr><td>2025</td><td>8.02%</td></tr></table>
  <pre>  keep   these
    spaces</pre>
</body>
</html>`;

describe('web pages', () => {
  afterEach(() => {
    delete (globalThis as { __xss?: unknown }).__xss;
  });

  it('extracts readable text with a blank line between blocks, and runs nothing', async () => {
    const source = await extractSource(utf8(hostile), 'pm.html');
    expect(source.format).toBe('html');
    expect(source.text).toBe(
      [
        'PM urges deeper integration',
        'HÀ NỘI — Prime Minister Phạm Minh Chính has called for a decisive shift.',
        'Exports reached US$475 billion\nin 2025.',
        'first point',
        'second point',
        'Year\tGrowth',
        '2025\t8.02%',
        '  keep   these\n    spaces',
      ].join('\n\n'),
    );
    // Had the script or the onerror handler run, their marker would be in the page's text.
    expect(source.text).not.toMatch(/RAN|__xss|SCRIPT_TEXT|color: red|JavaScript|template text|hidden text/);
    expect((globalThis as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('keeps the original page byte for byte', async () => {
    const bytes = utf8(hostile);
    const source = await extractSource(bytes, 'pm.html');
    expect(source.original).toEqual({ bytes, mediaType: 'text/html', fileName: 'pm.html' });
  });

  it('prefills what the page head says about itself', async () => {
    const source = await extractSource(utf8(hostile), 'pm.html');
    expect(source.meta).toEqual({
      title: 'PM urges deeper integration',
      published: '2026-01-15',
      url: 'https://vietnamnews.vn/politics-laws/pm-urges-deeper-integration.html',
      publisher: 'Viet Nam News',
      authors: ['Dương Giang'],
      language: 'vi',
    });
  });

  it('falls back to <title> and <time datetime>, and leaves the rest unknown', async () => {
    const page = '<html><head><title> Báo cáo  năm 2025 </title></head><body><article><time datetime="2025-11">Nov</time><p>Text.</p></article></body></html>';
    const source = await extractSource(utf8(page), 'report.htm');
    expect(source.meta).toEqual({ title: 'Báo cáo năm 2025', published: '2025-11' });
  });

  it('leaves the date unknown when the page shows several different dates outside an article', async () => {
    const page = '<html><body><header><time datetime="2026-11-23">Today</time></header><p>Text.</p><aside><time datetime="2025-03-01">Older story</time></aside></body></html>';
    expect((await extractSource(utf8(page), 'page.html')).meta).toEqual({});
  });

  it('reads an XHTML page saved as .txt as a web page', async () => {
    const page = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Readable.</p></body></html>';
    expect((await extractSource(utf8(page), 'page.txt')).text).toBe('Readable.');
  });

  it('ignores a relative canonical link and a garbled date', async () => {
    const page = '<html><head><link rel="canonical" href="/a/b"><meta property="article:published_time" content="yesterday"></head><body><p>Text.</p></body></html>';
    expect((await extractSource(utf8(page), 'page.html')).meta).toEqual({});
  });

  it('refuses a page that is all script', async () => {
    const page = '<html><head><script>var a = 1;</script></head><body><script>document.write("<p>hi</p>")</script><noscript>Enable JavaScript</noscript></body></html>';
    await expectRefusal(extractSource(utf8(page), 'app.html'), 'app.html', /no readable text/);
  });

  it('reads a page in Windows-1258 when the page declares it', async () => {
    // "Hà Nội" in Windows-1258: H, a + combining grave (0xCC), space, N, ô (0xF4) + combining dot below (0xF2), i.
    const bytes = new Uint8Array([...utf8('<html><head><meta charset="windows-1258"></head><body><p>'), 0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69, ...utf8('</p></body></html>')]);
    const source = await extractSource(bytes, 'hanoi.html');
    // Windows-1258 writes the tone marks as combining characters; the stored text is NFC, as typed.
    expect(source.text).toBe('Hà Nội');
    expect(source.encoding).toBe('windows-1258');
  });

  it('reads an HTML page saved as .txt as a web page, with a warning', async () => {
    const source = await extractSource(utf8('<!doctype html><html><body><p>Hello <i>there</i></p><script>x()</script></body></html>'), 'saved.txt');
    expect([source.format, source.text]).toEqual(['html', 'Hello there']);
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/named like a plain text file but is a web page/);
  });

  it('imports a PDF named .html as a PDF, with a warning', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Quarterly figures', { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const source = await extractSource(await pdf.save(), 'figures.html');
    expect([source.format, source.text]).toEqual(['pdf', 'Quarterly figures']);
    expect(source.warnings.map(importWarningText).join(' ')).toMatch(/named like a web page \(HTML\) but is a PDF/);
  });
});
