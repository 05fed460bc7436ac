/**
 * The profiles every install has. A note's profile is `metadata.profileId`, or its template's
 * default when that is empty (`profileFor`).
 */
import type { NoteMetadata, TemplateId } from '../note-format';
import { DocumentProfile, profileFormat, profileFormatVersion } from './profile';

const a4 = { widthMm: 210, heightMm: 297 };

const canadianScheme = ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B', 'PROTECTED C', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

export const internationalProfile: DocumentProfile = {
  format: profileFormat,
  formatVersion: profileFormatVersion,
  id: 'international-briefing',
  name: { en: 'International briefing note', vi: 'Bản ghi nhớ tóm tắt (quốc tế)' },
  description: {
    en: 'A briefing note for a minister: title line, metadata block, numbered sections and paragraphs, decision block.',
    vi: 'Bản tóm tắt trình bộ trưởng: dòng tiêu đề, khối thông tin, mục và đoạn được đánh số, khối quyết định.',
  },
  page: { ...a4, margins: { top: 25, bottom: 25, left: 25, right: 25, header: 10, footer: 10 } },
  fonts: { body: 'Arial', heading: 'Arial', bodySize: 11, titleSize: 14, headingSize: 12, footnoteSize: 9, lineSpacing: 1.1, paragraphAfterPt: 6 },
  body: { justified: false, firstLineIndentMm: 0, numberSections: true, numberParagraphs: true },
  heading: {
    layout: 'briefing',
    letterhead: [],
    titleLine: { en: 'BRIEFING NOTE FOR THE MINISTER', vi: 'BẢN TÓM TẮT TRÌNH BỘ TRƯỞNG' },
    metadataFields: ['to', 'through', 'from', 'trackingNumber', 'date', 'type', 'drafter', 'contact', 'approvers', 'consultations'],
  },
  decisionBlock: 'for-decision',
  signatureBlock: false,
  recipientsBlock: false,
  classification: { scheme: canadianScheme, urgency: [], printed: 'every-page' },
  pageNumbers: { position: 'footer', style: 'page-of', onFirstPage: true },
  dateStyle: 'day-month-year',
  footnotes: { quote: true, repeated: 'same-note' },
  references: false,
};

/** Decree 30/2020/NĐ-CP, Appendix I: the common frame of the three Vietnamese profiles. */
function decree30(id: string, titleLine: string, name: DocumentProfile['name'], description: DocumentProfile['description']): DocumentProfile {
  return {
    format: profileFormat,
    formatVersion: profileFormatVersion,
    id,
    name,
    description,
    // Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (Appendix I, section I.5).
    page: { ...a4, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } },
    // Times New Roman, body 13–14 pt; line spacing from single to 1.5 lines; paragraph spacing at least 6 pt.
    fonts: { body: 'Times New Roman', heading: 'Times New Roman', bodySize: 14, titleSize: 14, headingSize: 14, footnoteSize: 11, lineSpacing: 1.15, paragraphAfterPt: 6 },
    // Justified, the first line indented 1–1.27 cm.
    body: { justified: true, firstLineIndentMm: 12.7, numberSections: false, numberParagraphs: false },
    heading: { layout: 'decree30', letterhead: [], titleLine: { en: titleLine, vi: titleLine }, metadataFields: [] },
    decisionBlock: 'never',
    signatureBlock: true,
    recipientsBlock: true,
    // Secrecy levels: Law on Protection of State Secrets 2018; urgency: Decree 30.
    classification: { scheme: ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'], urgency: ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'], printed: 'first-page' },
    // Page numbers centred in the top margin, none on page 1.
    pageNumbers: { position: 'header', style: 'number', onFirstPage: false },
    dateStyle: 'day-month-year',
    footnotes: { quote: false, repeated: 'new-note' },
    references: false,
  };
}

export const decree30SubmissionProfile = decree30(
  'vn-decree30-to-trinh',
  'TỜ TRÌNH',
  { en: 'Viet Nam, Decree 30: Tờ trình (submission)', vi: 'Tờ trình (Nghị định 30/2020/NĐ-CP)' },
  { en: 'A submission in the layout of Decree 30/2020/NĐ-CP, Appendix I.', vi: 'Tờ trình theo thể thức Phụ lục I, Nghị định 30/2020/NĐ-CP.' },
);
export const decree30ReportProfile = decree30(
  'vn-decree30-bao-cao',
  'BÁO CÁO',
  { en: 'Viet Nam, Decree 30: Báo cáo (report)', vi: 'Báo cáo (Nghị định 30/2020/NĐ-CP)' },
  { en: 'A report in the layout of Decree 30/2020/NĐ-CP, Appendix I.', vi: 'Báo cáo theo thể thức Phụ lục I, Nghị định 30/2020/NĐ-CP.' },
);
/** An official letter has no type line: its summary goes under the number as "V/v …". */
export const decree30LetterProfile = decree30(
  'vn-decree30-cong-van',
  '',
  { en: 'Viet Nam, Decree 30: Công văn (official letter)', vi: 'Công văn (Nghị định 30/2020/NĐ-CP)' },
  { en: 'An official letter in the layout of Decree 30/2020/NĐ-CP, Appendix I.', vi: 'Công văn theo thể thức Phụ lục I, Nghị định 30/2020/NĐ-CP.' },
);

export const plainMemoProfile: DocumentProfile = {
  ...internationalProfile,
  id: 'plain-memo',
  name: { en: 'Plain memo', vi: 'Bản ghi nhớ đơn giản' },
  description: { en: 'A memorandum: To, From, Date, Subject, then the text.', vi: 'Bản ghi nhớ: Gửi, Từ, Ngày, Về việc, rồi nội dung.' },
  fonts: { ...internationalProfile.fonts, body: 'Calibri', heading: 'Calibri' },
  body: { justified: false, firstLineIndentMm: 0, numberSections: false, numberParagraphs: false },
  heading: { layout: 'memo', letterhead: [], titleLine: { en: 'MEMORANDUM', vi: 'BẢN GHI NHỚ' }, metadataFields: ['to', 'from', 'date'] },
  decisionBlock: 'never',
  classification: { ...internationalProfile.classification, printed: 'every-page' },
  pageNumbers: { position: 'footer', style: 'number', onFirstPage: false },
  references: true,
};

export const builtinProfiles: readonly DocumentProfile[] = [
  internationalProfile,
  decree30SubmissionProfile,
  decree30ReportProfile,
  decree30LetterProfile,
  plainMemoProfile,
].map((p) => DocumentProfile.parse(p));

/** A template's profile when the note names none: the briefing note in English, Decree 30 in Vietnamese. */
export function defaultProfileId(templateId: TemplateId, language: NoteMetadata['language']): string {
  if (language === 'vi') return templateId === 'decision' ? decree30SubmissionProfile.id : decree30ReportProfile.id;
  return internationalProfile.id;
}

/**
 * The profile a note exports in: its own, else its template's default. `others` are the
 * profiles imported into this data folder; an id nobody knows falls back to the default (an
 * imported profile removed since), never to an error at export time.
 */
export function profileFor(
  note: { templateId: TemplateId; metadata: Pick<NoteMetadata, 'profileId' | 'language'> },
  others: readonly DocumentProfile[] = [],
): DocumentProfile {
  const wanted = note.metadata.profileId || defaultProfileId(note.templateId, note.metadata.language);
  const all = [...builtinProfiles, ...others];
  return all.find((p) => p.id === wanted) ?? all.find((p) => p.id === defaultProfileId(note.templateId, note.metadata.language))!;
}
