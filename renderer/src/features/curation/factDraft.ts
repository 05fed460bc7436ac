/** The fact form's text fields and their conversion to the contract's FactFields. */
import type { FactFields } from '../../../../shared/model';
import { qualifiers } from '../../../../shared/model';

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

export function draftOf(fields: FactFields): FactDraft {
  return {
    statement: fields.statement,
    metric: fields.metric ?? '',
    subject: fields.subject ?? '',
    valueLow: fields.valueLow === null ? '' : String(fields.valueLow),
    valueHigh: fields.valueHigh === null ? '' : String(fields.valueHigh),
    unit: fields.unit ?? '',
    qualifier: fields.qualifier ?? '',
    period: fields.period ?? '',
    claimant: fields.claimant ?? '',
    topics: fields.topics.join(', '),
    notes: fields.notes,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Numbers as people type them: "28.5", "1,200" or "1 200"; empty = no value. */
function parseValue(value: string, label: string): number | null {
  const cleaned = value.trim().replace(/[,\s\u00A0]/g, '');
  if (cleaned === '') return null;
  const number = Number(cleaned);
  if (!Number.isFinite(number)) throw new Error(`${label} must be a number, like 28.5 (got “${value.trim()}”).`);
  return number;
}

/** The fields to send, or an error message in the user's words. */
export function fieldsOf(draft: FactDraft): { fields: FactFields } | { error: string } {
  try {
    if (draft.statement.trim() === '') return { error: 'A fact needs a statement.' };
    const valueLow = parseValue(draft.valueLow, 'The value');
    const valueHigh = parseValue(draft.valueHigh, 'The upper value of the range');
    if (valueHigh !== null && valueLow === null) return { error: 'A range needs its lower value too.' };
    if (valueLow !== null && valueHigh !== null && valueHigh < valueLow) return { error: 'The upper value of a range cannot be below its lower value.' };
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
