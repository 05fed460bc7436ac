import { formatFigure, noFigureReason, type FigureFields } from '../../../../shared/figure-format';
import type { FactFields, FactStatus } from '../../../../shared/model';
import { uiLanguageOf } from '../../../../shared/ui-language';
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

/**
 * A fact's value as the interface says it: the one figure formatter (shared/figure-format.ts) in
 * the interface's language, so "khoảng 28,5 tỷ USD" reads as the chip does. '' when the fact has
 * no value; a stored date that is no calendar date is shown as stored, marked as such.
 */
export function valueLabel(fields: FigureFields): string {
  const figure = formatFigure(fields, uiLanguageOf(i18n.language ?? 'en'));
  if (figure !== null) return figure;
  return noFigureReason(fields) === 'bad-date' ? i18n.t('fact.badDateValue', { value: String(fields.valueLow ?? fields.valueHigh) }) : '';
}
