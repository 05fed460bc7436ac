import type { FactFields, FactStatus } from '../../../../shared/model';

export const statusLabels: Record<FactStatus, string> = {
  verified: 'Verified',
  unverified: 'Unverified',
  disputed: 'Disputed',
  retracted: 'Retracted',
};

/** "about 28–29 USD billion", "12 per cent", or "" when the fact has no value. */
export function valueLabel(fields: Pick<FactFields, 'valueLow' | 'valueHigh' | 'unit' | 'qualifier'>): string {
  if (fields.valueLow === null) return '';
  // Dates are stored as numbers (20250124) so they can be compared; show them as dates.
  if (fields.unit && /YYYYMMDD/.test(fields.unit)) {
    const asDate = (n: number) => String(n).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    return fields.valueHigh === null ? asDate(fields.valueLow) : `${asDate(fields.valueLow)} – ${asDate(fields.valueHigh)}`;
  }
  const value = fields.valueHigh === null ? String(fields.valueLow) : `${fields.valueLow}–${fields.valueHigh}`;
  return [fields.qualifier && fields.qualifier !== 'exact' ? fields.qualifier : '', value, fields.unit ?? ''].filter(Boolean).join(' ');
}

export function whenLabel(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
