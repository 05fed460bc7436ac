import { describe, expect, it } from 'vitest';
import { extractSource, toImportRequest } from '../../../../electron/core/ingest';
import { SourcesImportRequest } from '../../../../shared/contract/sources';
import { utf8 } from './expect-refusal';

describe('the sources.import request for an extracted file', () => {
  it('omits the original when it is byte for byte the text', async () => {
    const request = toImportRequest(await extractSource(utf8('GDP grew 8.02% in 2025.\n'), 'gdp.txt'));
    expect(SourcesImportRequest.parse(request)).toEqual({ fileName: 'gdp.txt', text: 'GDP grew 8.02% in 2025.\n', meta: {}, format: 'txt' });
  });

  it('carries the original when the text differs from it (byte-order mark, CRLF)', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Line one\r\nLine two')]);
    const request = SourcesImportRequest.parse(toImportRequest(await extractSource(bytes, 'memo.txt')));
    expect(request.text).toBe('Line one\nLine two');
    expect(new Uint8Array(Buffer.from(request.originalBase64 ?? '', 'base64'))).toEqual(bytes);
  });

  it('passes a web page with its prefilled metadata through the strict schema', async () => {
    const page = '<html lang="en"><head><title>Trade</title><meta property="og:site_name" content="VNS"></head><body><p>Exports rose.</p></body></html>';
    const request = SourcesImportRequest.parse(toImportRequest(await extractSource(utf8(page), 'trade.html')));
    expect(request).toMatchObject({ fileName: 'trade.html', text: 'Exports rose.', format: 'html', meta: { title: 'Trade', publisher: 'VNS', language: 'en' } });
    expect(Buffer.from(request.originalBase64 ?? '', 'base64').toString('utf8')).toBe(page);
  });
});
