import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSourceFile, getSourceOriginal } from '../../../../electron/core/db/repositories/sources';
import { sha256Of } from '../../../../electron/core/sources/source-store';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';
import { rowCounts, storeFingerprint } from '../../../support/store-dump';

let app: StarterApp;
beforeEach(() => {
  app = openStarterApp();
});
afterEach(() => app.close());

// Control characters a PDF text layer or an old Word file can carry; they must survive storage.
const text = 'Ministry of Finance\r\nBudget release, Q1 2026\n\n\tRevenue rose 4.2%.\u000c Page 2\u0001 footer\u0000end\u0085 and 😀 emoji.';
const request = (overrides: Record<string, unknown> = {}) => ({
  fileName: 'mof-q1.txt',
  text,
  format: 'txt' as const,
  meta: { title: 'Budget release, Q1 2026' },
  ...overrides,
});

const importSource = async (r: ReturnType<typeof request>) => (await app.call('sources.import', r)).source;
const originalFile = (base64: string) => ({ originalBase64: base64 });

describe('importing a source from a file', () => {
  it('stores the text exactly as given, with its sha256, and fills what is unknown with null', async () => {
    const summary = await importSource(request({ meta: { title: 'Budget release', publisher: 'Ministry of Finance', published: '2026-04' } }));
    expect(summary).toMatchObject({
      title: 'Budget release', publisher: 'Ministry of Finance', published: '2026-04', authors: [], url: null, accessed: null,
      language: null, reliability: 'unknown', sha256: sha256Of(text), textLength: text.length, factCount: 0,
    });
    const stored = await app.call('sources.get', { id: summary.id });
    expect(stored.text).toBe(text);
    expect(Buffer.from(stored.text, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(getSourceFile(app.services.db, summary.id)).toEqual({ fileName: 'mof-q1.txt', format: 'txt' });
    expect((await app.call('sources.list', {})).sources.map((s) => s.id)).toContain(summary.id);
  });

  it('cleans control characters and bidi overrides out of the title and other metadata', async () => {
    const summary = await importSource(request({
      fileName: 'report\u202E.txt',
      meta: {
        title: '  Annual\u0000 report\n2025\u202E\u2066 (draft)\u0007 ',
        publisher: '\u009BMinistry\u202D of Trade',
        authors: ['Nguyễn\tThị Lan', '\u200B', ' \u0001 '],
        url: ' https://example.gov.vn/report\u0000 ',
        language: '\u202Avi',
      },
    }));
    expect(summary).toMatchObject({
      title: 'Annual report 2025 (draft)', publisher: 'Ministry of Trade', url: 'https://example.gov.vn/report', language: 'vi',
    });
    // A zero-width space is not a control character; only C0/C1 and bidi controls go.
    expect(summary.authors).toEqual(['Nguyễn Thị Lan', '\u200B']);
    expect(getSourceFile(app.services.db, summary.id)!.fileName).toBe('report.txt');
  });

  it('never imports a text twice: a text already stored answers with the source it is', async () => {
    const first = await importSource(request());
    const again = await app.call('sources.import', request({ fileName: 'copy.txt', meta: { title: 'Another title' } }));
    expect(again).toMatchObject({ alreadyImported: true, source: { id: first.id, title: 'Budget release, Q1 2026' } });
    const vov = await app.call('sources.get', { id: 'src-vov-2026-01-14' });
    const seed = await app.call('sources.import', request({ text: vov.text, meta: { title: 'VOV' } }));
    expect(seed).toMatchObject({ alreadyImported: true, source: { id: vov.id, title: vov.title } });
    expect(rowCounts(app.services.db).sources).toBe(6);
  });

  it('keeps the original file beside the text', async () => {
    const bytes = Buffer.from('%PDF-1.7\n\u00ff\u0000binary', 'latin1');
    const summary = await importSource(request({ format: 'pdf', ...originalFile(bytes.toString('base64')) }));
    const original = getSourceOriginal(app.services.db, summary.id)!;
    expect(original.mediaType).toBe('application/pdf');
    expect(Buffer.compare(original.bytes, bytes)).toBe(0);
    expect(original.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what it cannot store faithfully, with the field named', async () => {
    // A title that is nothing but control characters falls back to the file's name.
    expect((await importSource(request({ meta: { title: ' \u0000\u202E ' } }))).title).toBe('mof-q1');
    app.services.db.exec("DELETE FROM sources WHERE title = 'mof-q1'");
    expect((await app.refusal('sources.import', request({ text: '' }))).code).toBe('invalid_request');
    expect((await app.refusal('sources.import', request({ text: 'half a pair \uD83D here' }))).message).toMatch(/unpaired UTF-16 surrogates/);
    expect((await app.refusal('sources.import', request(originalFile("abc")))).code).toBe('invalid_request');
    expect((await app.refusal('sources.import', request({ format: 'exe' as never }))).code).toBe('invalid_request');
    expect((await app.refusal('sources.import', request({ meta: { title: 'x', published: 'last week' } }))).issues[0]!.path).toBe('meta.published');
    expect(rowCounts(app.services.db).sources).toBe(5);
  });

  it('is one transaction: a failure storing the original leaves no source behind', async () => {
    const before = storeFingerprint(app.services.db);
    app.services.db.exec(`CREATE TEMP TRIGGER fail_original BEFORE INSERT ON source_originals BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END`);
    const upload = originalFile(Buffer.from('original').toString('base64'));
    const error = await app.refusal('sources.import', request(upload));
    expect(error.message).toMatch(/disk full \(simulated\)/);
    expect(storeFingerprint(app.services.db)).toBe(before);
    app.services.db.exec('DROP TRIGGER temp.fail_original');
    // Not "already in the store": nothing of the failed import remained.
    expect((await importSource(request(upload))).title).toBe('Budget release, Q1 2026');
  });
});
