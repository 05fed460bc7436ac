/**
 * The words a profile prints around the note, in the note's language, and its dates:
 * "10 February 2026" in English, "ngày 05 tháng 01 năm 2026" in Vietnamese (Decree 30,
 * Appendix I: day and month below 10 written with a leading zero).
 */
import type { NoteLanguage, NoteMetadata } from '../note-format';

export interface ProfileLabels {
  metadata: Partial<Record<keyof NoteMetadata, string>>;
  decision: { heading: string; approved: string; notApproved: string; signature: string; date: string };
  recipients: string;
  page: (current: string, total: string) => string[];
  references: string;
  memoSubject: string;
  number: string;
  nationalName: string;
  motto: string;
  missingMarking: string;
}

const en: ProfileLabels = {
  metadata: {
    to: 'To',
    through: 'Through',
    from: 'From',
    trackingNumber: 'Tracking number',
    date: 'Date',
    type: 'Type',
    drafter: 'Drafter',
    contact: 'Contact',
    approvers: 'Approvers',
    consultations: 'Consultations',
  },
  decision: { heading: 'Decision', approved: 'Approved', notApproved: 'Not approved', signature: 'Signature', date: 'Date' },
  recipients: 'Distribution:',
  page: (current, total) => ['Page ', current, ' of ', total],
  references: 'References',
  memoSubject: 'Subject',
  number: 'No.',
  nationalName: 'SOCIALIST REPUBLIC OF VIET NAM',
  motto: 'Independence - Freedom - Happiness',
  missingMarking: 'CLASSIFICATION NOT SET',
};

const vi: ProfileLabels = {
  metadata: {
    to: 'Kính gửi',
    through: 'Qua',
    from: 'Đơn vị',
    trackingNumber: 'Số',
    date: 'Ngày',
    type: 'Loại',
    drafter: 'Người soạn',
    contact: 'Liên hệ',
    approvers: 'Người duyệt',
    consultations: 'Ý kiến tham vấn',
  },
  decision: { heading: 'Quyết định', approved: 'Đồng ý', notApproved: 'Không đồng ý', signature: 'Chữ ký', date: 'Ngày' },
  recipients: 'Nơi nhận:',
  page: (current, total) => ['Trang ', current, '/', total],
  references: 'Tài liệu tham khảo',
  memoSubject: 'Về việc',
  number: 'Số',
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  missingMarking: 'CHƯA XÁC ĐỊNH ĐỘ MẬT',
};

export const profileLabels: Record<NoteLanguage, ProfileLabels> = { en, vi };

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A stored date (YYYY-MM-DD) as the note's language writes it; anything else prints as typed. */
export function formatNoteDate(value: string, language: NoteLanguage, style: 'day-month-year' | 'iso' = 'day-month-year'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m || style === 'iso') return value.trim();
  const [, year, month, day] = m;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return value.trim();
  if (language === 'vi') return `ngày ${day} tháng ${month} năm ${year}`;
  return `${Number(day)} ${englishMonths[monthIndex]} ${year}`;
}

/** Decree 30's place-date line: "Hà Nội, ngày 05 tháng 01 năm 2026". */
export function placeDateLine(place: string, date: string, language: NoteLanguage): string {
  const when = formatNoteDate(date, language);
  return [place.trim(), when].filter(Boolean).join(', ');
}
