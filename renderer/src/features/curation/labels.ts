import type { FactFields, FactStatus } from '../../../../shared/model';
import { i18n } from '../../i18n';

/** A fact status in the interface's language (read at render time, so a language change shows at once). */
export const statusLabels: Readonly<Record<FactStatus, string>> = {
  get verified() {
    return i18n.t('status.verified');
  },
  get unverified() {
    return i18n.t('status.unverified');
  },
  get disputed() {
    return i18n.t('status.disputed');
  },
  get retracted() {
    return i18n.t('status.retracted');
  },
};

const qualifierKeys: Record<NonNullable<FactFields['qualifier']>, string> = {
  exact: 'qualifiers.exact',
  about: 'qualifiers.about',
  'more than': 'qualifiers.moreThan',
  'less than': 'qualifiers.lessThan',
  'at least': 'qualifiers.atLeast',
  'at most': 'qualifiers.atMost',
  record: 'qualifiers.record',
};

/** A qualifier ("about", "more than", …) in the interface's language. */
export function qualifierLabel(qualifier: NonNullable<FactFields['qualifier']>): string {
  return i18n.t(qualifierKeys[qualifier]);
}

/** "about 28–29 USD billion", "12 per cent", or "" when the fact has no value. */
export function valueLabel(fields: Pick<FactFields, 'valueLow' | 'valueHigh' | 'unit' | 'qualifier'>): string {
  if (fields.valueLow === null) return '';
  // Dates are stored as numbers (20250124) so they can be compared; show them as dates.
  if (fields.unit && /YYYYMMDD/.test(fields.unit)) {
    const asDate = (n: number) => String(n).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    return fields.valueHigh === null ? asDate(fields.valueLow) : `${asDate(fields.valueLow)} – ${asDate(fields.valueHigh)}`;
  }
  const value = fields.valueHigh === null ? String(fields.valueLow) : `${fields.valueLow}–${fields.valueHigh}`;
  return [fields.qualifier && fields.qualifier !== 'exact' ? qualifierLabel(fields.qualifier) : '', value, fields.unit ?? ''].filter(Boolean).join(' ');
}

