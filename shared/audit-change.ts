/**
 * A changed field of an audited fact (electron/core/export/audit.ts), worded in a language: the
 * "Check a Word file" dialog words it in the interface's language, `briefing audit` in English.
 * Figures go through the one figure formatter and statements through the one statement choice,
 * so the audit says "khoảng 28–29 tỷ USD" where the chip does.
 */
import type { AuditFieldChange } from './contract/export';
import { statementIn } from './fact-statement';
import { formatFigure } from './figure-format';
import type { NoteLanguage } from './note-format';

export interface WordedChange {
  old: string;
  new: string;
}

function side(change: AuditFieldChange, which: 'old' | 'new', language: NoteLanguage): string {
  switch (change.field) {
    case 'statement':
      return statementIn(change[which], language).text;
    case 'value':
      return formatFigure(change[which], language) ?? '';
    default:
      return change[which] ?? '';
  }
}

/** The old and new text of `change` as a reader of `language` compares them ('' for an empty field). */
export function wordChange(change: AuditFieldChange, language: NoteLanguage): WordedChange {
  return { old: side(change, 'old', language), new: side(change, 'new', language) };
}
