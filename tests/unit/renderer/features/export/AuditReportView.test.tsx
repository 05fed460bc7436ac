// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../../../shared/contract/export';
import { AuditReportView } from '../../../../../renderer/src/features/export/AuditReportView';
import { setUiLanguage } from '../../../../../renderer/src/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function render(report: AuditReport) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  act(() => root!.render(<AuditReportView fileName="Briefing.docx" report={report} />));
}

const empty = { unlinked: 0, retracted: 0, disputed: 0, stale: 0, unverified: 0, current: 0 };
const figure = (valueLow: number, valueHigh: number | null) => ({ valueLow, valueHigh, unit: 'USD billion', qualifier: 'about' as const });
const row = (factId: string, status: AuditReport['facts'][number]['status'], footnote: number, changes: AuditReport['facts'][number]['changes'] = []) => ({
  factId, exportedVersion: 1, currentVersion: status === 'unlinked' ? null : changes.length ? 2 : 1, footnote, statementInDocument: `Statement ${factId}`, uses: [{ form: 'statement' as const, text: `Statement ${factId}` }], status, conflicted: false, issues: [], changes,
});

describe('the Check a Word file report', () => {
  it('says so plainly when the file carries no provenance', () => {
    render({ hasProvenance: false, noteId: null, noteTitle: null, exportedAt: null, facts: [], counts: empty });
    expect(document.querySelector('[data-testid="audit-no-provenance"]')!.textContent).toMatch(/Briefing\.docx carries no Briefing Studio provenance/);
    expect(document.querySelector('table')).toBeNull();
  });

  it('lists each fact by footnote with its status, and a revision word by word and value by value', () => {
    const statementOld = 'Disbursed foreign direct investment reached about US$28 billion in 2025.';
    const statementNew = 'Disbursed foreign direct investment reached about US$29 billion in 2025.';
    render({
      hasProvenance: true,
      noteId: 'n',
      noteTitle: 'Viet Nam integration',
      exportedAt: '2026-11-01T10:00:00Z',
      facts: [
        row('f-rev', 'stale', 1, [
          { field: 'statement', old: { statement: statementOld, language: 'en', translations: {} }, new: { statement: statementNew, language: 'en', translations: {} } },
          { field: 'value', old: figure(28, null), new: figure(29, null) },
        ]),
        row('f-gone', 'retracted', 2),
        row('f-who', 'unlinked', 3),
      ],
      counts: { ...empty, stale: 1, retracted: 1, unlinked: 1 },
    });
    expect(document.querySelector('[data-testid="audit-summary"]')!.textContent).toBe('3 cited facts: 1 unknown to this store, 1 retracted, 1 revised since export.');
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="audit-fact"]')];
    expect(rows.map((r) => [r.dataset.factId, r.querySelector('.audit-badge')!.textContent])).toEqual([
      ['f-rev', 'Revised since export'],
      ['f-gone', 'Retracted'],
      ['f-who', 'Unknown to this store'],
    ]);
    expect(rows[0]!.textContent).toContain('v1 → v2');
    const statement = document.querySelector('[data-field="statement"]')!;
    expect([...statement.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['[removed: 28]']);
    expect([...statement.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['[added: 29]']);
    const value = document.querySelector('[data-field="value"]')!;
    expect(value.querySelector('del')!.textContent).toBe('about US$28 billion');
    expect(value.querySelector('ins')!.textContent).toBe('about US$29 billion');
  });

  it('is worded in Vietnamese when the interface is', async () => {
    await act(() => setUiLanguage('vi'));
    try {
      // The figure as a Vietnamese chip says it, and the statement in Vietnamese where the fact has it (else its own).
      const statement = (en: string, vi?: string) => ({ statement: en, language: 'en', translations: vi ? { vi } : ({} as Record<string, string>) });
      const changes: AuditReport['facts'][number]['changes'] = [
        { field: 'statement', old: statement('FDI reached US$28 billion'), new: statement('FDI reached US$29 billion', 'FDI đạt 29 tỷ USD') },
        { field: 'value', old: { ...figure(0, null), valueLow: null }, new: figure(28.5, 29) },
      ];
      render({ hasProvenance: true, noteId: 'n', noteTitle: null, exportedAt: null, facts: [row('f-rev', 'stale', 1, changes)], counts: { ...empty, stale: 1 } });
      expect(document.querySelector('[data-testid="audit-summary"]')!.textContent).toBe('1 dữ kiện được trích dẫn: 1 đã sửa đổi sau khi xuất.');
      expect(document.querySelector('.audit-badge')!.textContent).toBe('Đã sửa đổi sau khi xuất');
      expect(document.querySelector('[data-testid="audit-note-title"]')!.textContent).toBe('Ghi chú chưa có tiêu đề');
      expect(document.querySelector('[data-field="value"]')!.textContent).toBe('Giá trị(trống) →  đổi thành khoảng 28,5–29 tỷ USD');
      expect(document.querySelector('[data-field="statement"]')!.textContent).toBe('Mệnh đềFDI reached US$28 billion →  đổi thành FDI đạt 29 tỷ USD');
      expect(document.querySelector('th')!.textContent).toBe('Chú thích');
    } finally {
      await act(() => setUiLanguage('en'));
    }
  });
});
