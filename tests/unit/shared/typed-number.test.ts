import { describe, expect, it } from 'vitest';
import { parseTypedNumber, typedNumberText } from '../../../shared/typed-number';

describe('a typed number, read in the interface’s language', () => {
  it('reads what each language writes, and what either writes when only one reading is possible', () => {
    const cases: [string, number | null | undefined, number | null | undefined][] = [
      // text, in English, in Vietnamese
      ['28.5', 28.5, 28.5],
      ['28,5', 28.5, 28.5],
      ['1,200', 1200, 1.2],
      ['1.200', 1.2, 1200],
      ['1,240.5', 1240.5, 1240.5],
      ['1.240,5', 1240.5, 1240.5],
      ['1.240.000', 1240000, 1240000],
      ['1,240,000', 1240000, 1240000],
      ['1 200', 1200, 1200],
      ['1\u202F200,5', 1200.5, 1200.5],
      ['0.500', 0.5, 0.5],
      ['1234.567', 1234.567, 1234.567],
      ['-3,5', -3.5, -3.5],
      ['\u22123.5', -3.5, -3.5],
      ['', null, null],
      ['  ', null, null],
      ['twelve', undefined, undefined],
      ['1,2,3', undefined, undefined],
      ['12,34.5', undefined, undefined],
      ['1.2.3,4', undefined, undefined],
      ['5%', undefined, undefined],
    ];
    for (const [text, en, vi] of cases) {
      expect(parseTypedNumber(text, 'en'), `${text} in English`).toBe(en);
      expect(parseTypedNumber(text, 'vi'), `${text} in Vietnamese`).toBe(vi);
    }
  });

  it('shows a stored value so that saving it unchanged keeps it, in either language', () => {
    for (const value of [0, 28.5, 1.2, 1.234, 1200, 1234.567, 0.001, -17.3, 145000000000]) {
      for (const language of ['en', 'vi'] as const) {
        expect(parseTypedNumber(typedNumberText(value, language), language), `${value} in ${language}`).toBe(value);
      }
    }
    expect(typedNumberText(28.5, 'vi')).toBe('28,5');
    expect(typedNumberText(28.5, 'en')).toBe('28.5');
  });
});
