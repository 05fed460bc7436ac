/**
 * A fact's figure as a drafter writes it mid-sentence ("US$28–29 billion", "17.3 per cent",
 * "24 January 2025"), from its value, range, unit and qualifier, in the note's language. The
 * one place figures are formatted: the figure chip, the typeahead and the fact panel previews
 * all call `formatFigure` (issue 12: chips are whole sentences and break the drafter's grammar).
 *
 * Numbers go through Intl.NumberFormat (en-GB: "1,240.5"; vi-VN: "1.240,5", DOMAIN.md). Units
 * the store writes in English that we cannot say in another language (counts such as
 * "provinces and cities") are kept as the store writes them.
 */
import type { NoteLanguage } from './note-format';
import type { FactFields } from './model';

export type FigureFields = Pick<FactFields, 'valueLow' | 'valueHigh' | 'unit' | 'qualifier'>;

/** Why a fact has no figure form (shown on the disabled control), or null when it has one. */
export type NoFigureReason = 'no-value' | 'bad-date';

const locales: Record<NoteLanguage, string> = { en: 'en-GB', vi: 'vi-VN' };

const qualifierWords: Record<NoteLanguage, Record<string, string>> = {
  en: { exact: '', about: 'about', 'more than': 'more than', 'less than': 'less than', 'at least': 'at least', 'at most': 'at most', record: 'a record' },
  vi: { exact: '', about: 'khoảng', 'more than': 'hơn', 'less than': 'dưới', 'at least': 'ít nhất', 'at most': 'tối đa', record: 'mức kỷ lục' },
};

type Scale = 'thousand' | 'million' | 'billion' | 'trillion';
const scaleWords: Record<NoteLanguage, Record<Scale, string>> = {
  en: { thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion' },
  vi: { thousand: 'nghìn', million: 'triệu', billion: 'tỷ', trillion: 'nghìn tỷ' },
};

/** Currencies as the store writes them, with the English prefix and the ISO code Vietnamese uses after the number. */
const currencies: Record<string, { en: string; code: string }> = {
  'US$': { en: 'US$', code: 'USD' },
  USD: { en: 'US$', code: 'USD' },
  VND: { en: 'VND ', code: 'VND' },
  '€': { en: '€', code: 'EUR' },
  EUR: { en: '€', code: 'EUR' },
  '£': { en: '£', code: 'GBP' },
  GBP: { en: '£', code: 'GBP' },
};

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const moneyUnit = /^(US\$|USD|VND|€|EUR|£|GBP)\s*(thousand|million|billion|trillion)?$/i;
const percentUnit = /^(%|per cent|percent)\s*(.*)$/i;
const dateUnit = /^date\b/i;

export function noFigureReason(fact: FigureFields): NoFigureReason | null {
  if (fact.valueLow === null && fact.valueHigh === null) return 'no-value';
  if (fact.unit && dateUnit.test(fact.unit) && dateParts(fact.valueLow ?? fact.valueHigh!) === null) return 'bad-date';
  return null;
}

function dateParts(value: number): { y: number; m: number; d: number } | null {
  const digits = String(value);
  if (!/^\d{8}$/.test(digits)) return null;
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : null;
}

function formatDate(value: number, language: NoteLanguage): string {
  const { y, m, d } = dateParts(value)!;
  // Decree 30/2020/NĐ-CP writes "ngày 05 tháng 01 năm 2026": two-digit day and month.
  if (language === 'vi') return `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
  return `${d} ${monthsEn[m - 1]} ${y}`;
}

/** "28–29" (an en dash, no spaces), or the single value, in the language's digits and separators. */
function formatNumbers(fact: FigureFields, language: NoteLanguage): string {
  const format = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 6 });
  const low = fact.valueLow ?? fact.valueHigh!;
  const high = fact.valueHigh;
  return high !== null && high !== low ? `${format.format(low)}–${format.format(high)}` : format.format(low);
}

function withQualifier(figure: string, fact: FigureFields, language: NoteLanguage): string {
  const word = fact.qualifier ? qualifierWords[language][fact.qualifier] : '';
  return word ? `${word} ${figure}` : figure;
}

/**
 * The figure a chip shows in `language`, or null when the fact has no usable value
 * (`noFigureReason` says why).
 */
export function formatFigure(fact: FigureFields, language: NoteLanguage): string | null {
  if (noFigureReason(fact) !== null) return null;
  const unit = (fact.unit ?? '').trim();
  const numbers = formatNumbers(fact, language);

  if (dateUnit.test(unit)) return formatDate(fact.valueLow ?? fact.valueHigh!, language);

  const money = moneyUnit.exec(unit);
  if (money) {
    const currency = currencies[money[1]!.toUpperCase() === 'US$' ? 'US$' : money[1]!.toUpperCase()] ?? currencies['US$']!;
    const scale = money[2] ? scaleWords[language][money[2].toLowerCase() as Scale] : '';
    const figure =
      language === 'vi'
        ? [numbers, scale, currency.code].filter(Boolean).join(' ')
        : `${currency.en}${numbers}${scale ? ` ${scale}` : ''}`;
    return withQualifier(figure, fact, language);
  }

  const percent = percentUnit.exec(unit);
  if (percent) {
    const rest = percent[2] ? ` ${percent[2]}` : '';
    return withQualifier(language === 'vi' ? `${numbers}%${rest}` : `${numbers} per cent${rest}`, fact, language);
  }

  if (/^top N$/i.test(unit)) return withQualifier(language === 'vi' ? `top ${numbers}` : `top ${numbers}`, fact, language);
  if (/^rank$/i.test(unit)) return withQualifier(language === 'vi' ? `thứ ${numbers}` : ordinalEn(fact.valueLow ?? fact.valueHigh!), fact, language);

  return withQualifier(unit ? `${numbers} ${unit}` : numbers, fact, language);
}

function ordinalEn(n: number): string {
  const rule = new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(n);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rule];
  return `${n}${suffix}`;
}
