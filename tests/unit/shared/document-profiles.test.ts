import { describe, expect, it } from 'vitest';
import {
  builtinProfiles,
  DocumentProfile,
  formatNoteDate,
  languageSpans,
  pageMetrics,
  placeDateLine,
  profileFor,
  textLanguage,
} from '../../../shared/document-profiles';

describe('built-in document profiles', () => {
  it('are valid profile data with unique ids, Decree 30 margins and Times New Roman for Viet Nam', () => {
    expect(new Set(builtinProfiles.map((p) => p.id)).size).toBe(builtinProfiles.length);
    for (const p of builtinProfiles) expect(DocumentProfile.safeParse(p).success).toBe(true);
    for (const p of builtinProfiles.filter((x) => x.heading.layout === 'decree30')) {
      const m = p.page.margins;
      expect([m.top >= 20 && m.top <= 25, m.bottom >= 20 && m.bottom <= 25, m.left >= 30 && m.left <= 35, m.right >= 15 && m.right <= 20]).toEqual([true, true, true, true]);
      expect(p.fonts.body).toBe('Times New Roman');
      expect(p.fonts.bodySize).toBeGreaterThanOrEqual(13);
      expect(p.fonts.bodySize).toBeLessThanOrEqual(14);
      expect(p.classification.scheme).toEqual(expect.arrayContaining(['MẬT', 'TỐI MẬT', 'TUYỆT MẬT']));
      expect(p.classification.urgency).toEqual(expect.arrayContaining(['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC']));
      expect(p.pageNumbers).toEqual({ position: 'header', style: 'number', onFirstPage: false });
    }
  });

  it('chooses the note’s own profile, else its template’s default in its language, and falls back when an imported one is gone', () => {
    const note = (profileId: string, language: 'en' | 'vi' = 'en') => ({ templateId: 'decision' as const, metadata: { profileId, language } });
    expect(profileFor(note('')).id).toBe('international-briefing');
    expect(profileFor(note('', 'vi')).id).toBe('vn-decree30-to-trinh');
    expect(profileFor(note('plain-memo')).id).toBe('plain-memo');
    expect(profileFor(note('removed-department-profile')).id).toBe('international-briefing');
  });

  it('gives the page estimate the metrics it needs', () => {
    const m = pageMetrics(builtinProfiles.find((p) => p.id === 'vn-decree30-to-trinh')!);
    expect(m).toMatchObject({ pageWidthMm: 210, pageHeightMm: 297, bodyFontPt: 14, footnoteFontPt: 11, meanCharEm: 0.43, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } });
  });
});

describe('dates in the note’s language', () => {
  it('writes "10 February 2026" and Decree 30’s "Hà Nội, ngày 05 tháng 01 năm 2026"', () => {
    expect(formatNoteDate('2026-02-10', 'en')).toBe('10 February 2026');
    expect(formatNoteDate('2026-01-05', 'vi')).toBe('ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-01-05', 'vi')).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(formatNoteDate('early 2026', 'en')).toBe('early 2026');
    expect(formatNoteDate('2026-13-01', 'en')).toBe('2026-13-01');
  });
});

describe('the language of text, for w:lang', () => {
  it('cuts a Vietnamese name out of English text, with the capitalised words that belong to it', () => {
    expect(languageSpans('Prime Minister Phạm Minh Chính called for Việt Nam to act.', 'en')).toEqual([
      { text: 'Prime Minister ', language: 'en' },
      { text: 'Phạm Minh Chính', language: 'vi' },
      { text: ' called for ', language: 'en' },
      { text: 'Việt Nam', language: 'vi' },
      { text: ' to act.', language: 'en' },
    ]);
  });

  it('marks English sentences in a Vietnamese note English, and short names or acronyms Vietnamese', () => {
    expect(textLanguage('Prime Minister Urges Deeper Integration', 'vi')).toBe('en');
    expect(textLanguage('ASEAN', 'vi')).toBe('vi');
    expect(textLanguage('tổng kim ngạch xuất nhập khẩu', 'vi')).toBe('vi');
  });
});
