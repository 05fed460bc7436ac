/** The fact form's text fields and their conversion to the contract's FactFields. */
import type { FactFields } from '../../../../shared/model';
import { qualifiers } from '../../../../shared/model';
import { parseTypedNumber, typedNumberText } from '../../../../shared/typed-number';
import { uiLanguageOf } from '../../../../shared/ui-language';
import { i18n } from '../../i18n';

export interface FactDraft {
  statement: string;
  metric: string;
  subject: string;
  valueLow: string;
  valueHigh: string;
  unit: string;
  qualifier: string;
  period: string;
  claimant: string;
  topics: string;
  notes: string;
}

export const emptyDraft: FactDraft = {
  statement: '', metric: '', subject: '', valueLow: '', valueHigh: '', unit: '', qualifier: '', period: '', claimant: '', topics: '', notes: '',
};

/** The interface's language: numbers are typed and shown in its convention (shared/typed-number.ts). */
const typingLanguage = () => uiLanguageOf(i18n.language ?? 'en');

export function draftOf(fields: FactFields): FactDraft {
  const language = typingLanguage();
  return {
    statement: fields.statement,
    metric: fields.metric ?? '',
    subject: fields.subject ?? '',
    valueLow: fields.valueLow === null ? '' : typedNumberText(fields.valueLow, language),
    valueHigh: fields.valueHigh === null ? '' : typedNumberText(fields.valueHigh, language),
    unit: fields.unit ?? '',
    qualifier: fields.qualifier ?? '',
    period: fields.period ?? '',
    claimant: fields.claimant ?? '',
    topics: fields.topics.join(', '),
    notes: fields.notes,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Numbers as people type them in the interface's language ("28.5" or "28,5", "1,200" or "1.200", "1 200"); empty = no value. */
function parseValue(value: string, label: 'low' | 'high'): number | null {
  const number = parseTypedNumber(value, typingLanguage());
  if (number === null) return null;
  if (number === undefined || !Number.isFinite(number)) throw new Error(i18n.t(label === 'low' ? 'factForm.errors.valueNotNumber' : 'factForm.errors.highNotNumber', { example: 28.5, value: value.trim() }));
  return number;
}

/** The fields to send, or an error message in the user's words. */
export function fieldsOf(draft: FactDraft): { fields: FactFields } | { error: string } {
  try {
    if (draft.statement.trim() === '') return { error: i18n.t('factForm.errors.statement') };
    const valueLow = parseValue(draft.valueLow, 'low');
    const valueHigh = parseValue(draft.valueHigh, 'high');
    if (valueHigh !== null && valueLow === null) return { error: i18n.t('factForm.errors.rangeNeedsLow') };
    if (valueLow !== null && valueHigh !== null && valueHigh < valueLow) return { error: i18n.t('factForm.errors.rangeOrder') };
    const qualifier = orNull(draft.qualifier);
    return {
      fields: {
        statement: draft.statement.trim(),
        metric: orNull(draft.metric),
        subject: orNull(draft.subject),
        valueLow,
        valueHigh,
        unit: orNull(draft.unit),
        qualifier: qualifier && (qualifiers as readonly string[]).includes(qualifier) ? (qualifier as FactFields['qualifier']) : null,
        period: orNull(draft.period),
        claimant: orNull(draft.claimant),
        topics: [...new Set(draft.topics.split(',').map((t) => t.trim()).filter(Boolean))],
        notes: draft.notes.trim(),
      },
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
