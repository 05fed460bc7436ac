/**
 * Numbers as people type them into a form, in the interface's language: the one rule for
 * reading a typed value and for showing a stored one back for editing, so that opening a fact
 * and saving it unchanged never changes its figure.
 *
 * English writes "1,240.5" and Vietnamese "1.240,5" (DOMAIN.md). What decides:
 * - both separators: the last one is the decimal mark ("1.240,5" and "1,240.5" both 1240.5);
 * - one separator, used more than once: it groups thousands ("1.240.000");
 * - one separator, once, in any other place: a decimal mark, in either language ("28,5" and
 *   "28.5" are both 28.5: nobody groups "28,5");
 * - one separator, once, between one to three digits (not starting with 0) and exactly three
 *   ("1,200", "1.200"): the interface's convention (English: 1,200 = 1200 and 1.200 = 1.2;
 *   Vietnamese the other way round).
 * Spaces (also no-break and narrow no-break) group thousands too: "1 200".
 */
import type { UiLanguage } from './ui-language';

const decimalMark: Record<UiLanguage, '.' | ','> = { en: '.', vi: ',' };

/** The typed text as a number; null when it is empty, undefined when it is not a number. */
export function parseTypedNumber(text: string, language: UiLanguage): number | null | undefined {
  const compact = text.trim().replace(/[\s\u00A0\u202F]/g, '').replace(/^\u2212/, '-');
  if (compact === '') return null;
  const sign = /^[+-]/.test(compact) ? compact[0] : '';
  const body = compact.slice(sign.length);
  const decimal = decimalSeparatorOf(body, language);
  const group = decimal === '.' ? ',' : '.';
  const [whole = '', fraction, extra] = body.split(decimal);
  if (extra !== undefined) return undefined;
  const grouped = whole.includes(group);
  if (grouped && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return undefined;
  const digits = grouped ? whole.split(group).join('') : whole;
  if (!/^\d+$/.test(digits) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return Number(`${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** Which of '.' and ',' is the decimal mark in `body` (see the rules above). */
function decimalSeparatorOf(body: string, language: UiLanguage): '.' | ',' {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (only === null) return decimalMark[language];
  if (body.indexOf(only) !== body.lastIndexOf(only)) return only === '.' ? ',' : '.';
  const [before = '', after = ''] = body.split(only);
  // Only "1,200"-like text could be either; "0.500" or "1234.567" cannot be grouped thousands.
  const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
  return couldGroup ? decimalMark[language] : only;
}

/** A stored value as the form shows it for editing: no grouping, the interface's decimal mark, so `parseTypedNumber` reads it back unchanged. */
export function typedNumberText(value: number, language: UiLanguage): string {
  const plain = Number.isInteger(value) ? value.toFixed(0) : String(value);
  return language === 'en' ? plain : plain.replace('.', decimalMark[language]);
}
