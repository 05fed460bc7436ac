import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { sourcesHandlers } from '../../../../electron/core/sources/handlers';
import { importSource } from '../../../../electron/core/sources/import-source';
import { getSource, sha256Of } from '../../../../electron/core/sources/source-store';
import type { SourcesExtractResponse, SourcesImportResponse } from '../../../../shared/contract/sources';
import type { ApiEnvelope } from '../../../../shared/errors';
import { openTempStore, seedsDir, vnsFile, type TempStore } from '../../../support/temp-store';

let store: TempStore;
beforeEach(() => (store = openTempStore('briefing-import-')));
afterEach(() => store.close());

const now = () => '2026-03-01T10:00:00.000Z';
type Result = SourcesExtractResponse & SourcesImportResponse;
const countSources = () => store.db.prepare('SELECT count(*) FROM sources').pluck().get() as number;

describe('sources.import', () => {
  it('stores the text verbatim with its sha256; unknown metadata stays unknown and the title comes from the file name', () => {
    const text = 'Line one\r\n  indented\u0007 bell\n\nThủ tướng';
    const { source, alreadyImported } = importSource(store.db, { fileName: 'Ministry report.v2.txt', text, meta: {}, format: 'txt' }, { now });
    expect(alreadyImported).toBe(false);
    expect(source).toMatchObject({
      title: 'Ministry report.v2', publisher: null, authors: [], published: null, url: null, accessed: null, language: null,
      reliability: 'unknown', sha256: sha256Of(text), textLength: text.length, importedAt: now(), factCount: 0,
    });
    expect(getSource(store.db, source.id).text).toBe(text);
  });

  it('cleans controls and bidi overrides out of the metadata, never out of the text', () => {
    const { source } = importSource(
      store.db,
      {
        fileName: 'a.txt',
        text: 'body \u202E text',
        meta: { title: ' Budget\u202E fdp.exe \u0000report\n', publisher: '\u0085\u2066VNA\u2069', authors: ['  ', 'Lan\u0008 Nguyen'], url: '  ' },
        format: 'txt',
      },
      { now },
    );
    expect(source).toMatchObject({ title: 'Budget fdp.exe report', publisher: 'VNA', authors: ['Lan Nguyen'], url: null });
    expect(getSource(store.db, source.id).text).toBe('body \u202E text');
  });

  it('a text already stored is not stored again, whatever the metadata says', () => {
    const text = readFileSync(join(seedsDir(), vnsFile), 'utf8');
    const first = importSource(store.db, { fileName: vnsFile, text, meta: { title: 'First' }, format: 'txt' }, { now });
    const again = importSource(store.db, { fileName: 'copy.txt', text, meta: { title: 'Second' }, format: 'txt' }, { now });
    expect(again.alreadyImported).toBe(true);
    expect(again.source.id).toBe(first.source.id);
    expect(again.source.title).toBe('First');
    expect(countSources()).toBe(1);
  });

  it('through the contract: refuses a bad date and writes nothing', async () => {
    const call = createDispatcher(sourcesHandlers(store.db, { now }) as never);
    const bad = await call('sources.import', { fileName: 'a.txt', text: 'hello', meta: { published: '15/01/2026' }, format: 'txt' });
    expect(bad.ok).toBe(false);
    expect(countSources()).toBe(0);
  });
});

describe('sources.extract and sources.importFile', () => {
  const call = () => createDispatcher(sourcesHandlers(store.db, { now }) as never) as (m: string, r: unknown) => Promise<ApiEnvelope<Result>>;
  const html = `<!doctype html><html lang="en"><head><title>Port traffic rises</title><meta name="author" content="Mai Tran"></head>
    <body><script>window.__xss=1</script><p>Container throughput rose 12 per cent.</p><img src=x onerror="window.__xss=1"></body></html>`;
  const base64 = Buffer.from(html, 'utf8').toString('base64');

  it('previews an HTML file without storing anything: readable text, prefilled metadata', async () => {
    const result = await call()('sources.extract', { fileName: 'port.html', base64 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.result).toMatchObject({ format: 'html', meta: { title: 'Port traffic rises' } });
    expect(result.result.preview).toContain('Container throughput rose 12 per cent.');
    expect(result.result.preview).not.toContain('__xss');
    expect(result.result.alreadyImportedAs).toBeNull();
    expect(countSources()).toBe(0);
  });

  it('imports the file with the form’s metadata, the user’s edits winning over the file’s', async () => {
    const result = await call()('sources.importFile', { fileName: 'port.html', base64, meta: { title: 'Port traffic (edited)', publisher: 'Saigon Port', published: '2026-01' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.result.source).toMatchObject({ title: 'Port traffic (edited)', publisher: 'Saigon Port', published: '2026-01', reliability: 'unknown' });
    expect(getSource(store.db, result.result.source.id).text).toContain('Container throughput rose 12 per cent.');
    // Extracting the same file again says where its text already is.
    const again = await call()('sources.extract', { fileName: 'port-copy.html', base64 });
    expect(again.ok && again.result.alreadyImportedAs).toEqual({ id: result.result.source.id, title: 'Port traffic (edited)' });
  });

  it('refuses an empty file with a clear message and stores nothing', async () => {
    const result = await call()('sources.importFile', { fileName: 'empty.txt', base64: '', meta: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/empty\.txt/);
    expect(countSources()).toBe(0);
  });
});
