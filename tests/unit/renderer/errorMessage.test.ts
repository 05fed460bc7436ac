import { afterAll, describe, expect, it } from 'vitest';
import { ApiError, keyedError, wrappingError } from '../../../shared/errors';
import { errorMessage } from '../../../renderer/src/errorMessage';
import { setUiLanguage } from '../../../renderer/src/i18n';

afterAll(() => setUiLanguage('en'));

describe('errors from the back end, worded in the interface language', () => {
  const missing = ApiError.fromBody(keyedError('not_found', 'noteNotFound', { id: 'n-42' }).toBody());

  it('keeps the English wording in the message for the CLI and logs', () => {
    expect(missing.message).toBe('No note with id n-42.');
    expect(keyedError('store_busy', 'store.busy', { file: 'none', seconds: 5 }).message).toMatch(/^Another Briefing Studio process .* is writing to your Briefing Studio store and did not finish within 5 seconds\./);
  });

  it('says a keyed error in Vietnamese, with its arguments, after a switch', async () => {
    expect(errorMessage(missing)).toBe('No note with id n-42.');
    await setUiLanguage('vi');
    expect(errorMessage(missing)).toBe('Không có ghi chú tóm tắt nào có mã n-42.');
    const store = ApiError.fromBody(keyedError('store_full', 'store.full', { file: '/data/briefing.sqlite' }).toBody());
    expect(errorMessage(store)).toContain('Ổ đĩa chứa kho dữ liệu Briefing Studio của bạn (/data/briefing.sqlite) đã đầy');
  });

  it('words an error without a key by its code, keeping the detail', async () => {
    await setUiLanguage('vi');
    expect(errorMessage(new ApiError('refused', 'Cannot write x.docx: the folder is gone.'))).toBe('Không thể thực hiện thao tác này. (Cannot write x.docx: the folder is gone.)');
  });

  it('says a refusal from the back end in Vietnamese, its English kept for the CLI', async () => {
    // What electron/core/packs/read-pack.ts throws for a pack from a newer app (shared code only: this project cannot import the back end).
    const thrown = keyedError('refused', 'api.pack.newer', { version: 99, supported: 1 });
    // As it arrives over either transport: the envelope's body.
    const received = ApiError.fromBody(thrown.toBody());
    expect(received.message).toMatch(/^This fact pack was made by a newer version of Briefing Studio \(pack version 99;/);
    await setUiLanguage('vi');
    expect(errorMessage(received)).toMatch(/^Gói dữ kiện này được tạo bởi phiên bản Briefing Studio mới hơn \(phiên bản gói 99; .*không có gì được nhập\.$/);
  });

  it('words a Word-file write refusal whole, reason included, in Vietnamese', async () => {
    // What electron/core/export/write.ts throws for a read-only target (tests/unit/core/export/write.test.ts checks the English).
    const readOnly = ApiError.fromBody(keyedError('refused', 'write.refused', { path: 'D:/Briefs/Note.docx', reason: 'readOnly', folder: '', kind: 'other', detail: '' }).toBody());
    expect(readOnly.message).toBe('Cannot write D:/Briefs/Note.docx: the file is read-only. Save under another name, or make it writable first. Nothing was written.');
    await setUiLanguage('vi');
    expect(errorMessage(readOnly)).toBe('Không thể ghi D:/Briefs/Note.docx: tệp chỉ cho phép đọc. Hãy lưu với tên khác, hoặc cho phép ghi tệp trước. Không có gì được ghi.');
  });

  it('words an error that wraps another one with both parts in Vietnamese', async () => {
    // electron/core/facts/conflict-resolution.ts: a refusal from the fact store, and what was (not) done.
    const inner = keyedError('refused', 'factRetractedStays', { id: 'f-1' });
    const wrapped = ApiError.fromBody(wrappingError('refused', 'api.nothingChanged', inner).toBody());
    expect(wrapped.message).toBe(`${inner.message} Nothing was changed.`);
    await setUiLanguage('vi');
    expect(errorMessage(wrapped)).toBe(`${errorMessage(inner)} Không có gì được thay đổi.`);
    expect(errorMessage(wrapped)).not.toContain(inner.message);
  });

  it('words a damaged Word file’s refusal whole in Vietnamese, the package’s own problem included', async () => {
    // What electron/core/ingest/docx.ts throws for a ZIP bomb (tests/unit/core/ingest/docx.test.ts checks its keys).
    const problem = keyedError('refused', 'ooxml.tooManyParts', { count: 20002, limit: 10000 });
    const refused = ApiError.fromBody(wrappingError('refused', 'import.brokenWord', problem, { name: 'bomb.docx' }).toBody());
    expect(refused.message).toBe('“bomb.docx” cannot be imported: it looks like a Word document, but it holds 20,002 parts, more than the 10,000 a document may hold (a damaged or malicious file?).');
    await setUiLanguage('vi');
    expect(errorMessage(refused)).toBe('Không thể nhập “bomb.docx”: tệp có vẻ là tài liệu Word, nhưng tệp chứa 20.002 phần, nhiều hơn mức 10.000 phần một tài liệu có thể có (tệp bị hỏng hoặc độc hại?).');
  });

  it('words an importer’s safety refusal in Vietnamese, numbers in Vietnamese form', async () => {
    // What electron/core/ingest/pdf.ts throws for a PDF of too many pages (tests/integration/hostile checks the English).
    const refused = ApiError.fromBody(keyedError('refused', 'import.pdfTooManyPages', { name: 'report.pdf', pages: 12500, limit: 5000 }).toBody());
    expect(refused.message).toMatch(/^“report\.pdf” cannot be imported: it has 12,500 pages, more than the 5,000 Briefing Studio reads/);
    await setUiLanguage('vi');
    expect(errorMessage(refused)).toMatch(/^Không thể nhập “report\.pdf”: tệp có 12\.500 trang, nhiều hơn 5\.000 trang/);
  });
});
