import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, fieldsOf } from '../../../../../renderer/src/features/curation/factDraft';
import { valueLabel } from '../../../../../renderer/src/features/curation/labels';
import { setUiLanguage } from '../../../../../renderer/src/i18n';

describe('the fact form', () => {
  it('turns what was typed into fields: numbers as people write them, empty = unknown, topics deduplicated', () => {
    const result = fieldsOf({ ...emptyDraft, statement: ' FDI reached US$28–29 billion. ', valueLow: '28', valueHigh: '29', unit: 'USD billion', qualifier: 'about', topics: 'investment, , FDI, investment', period: '2025' });
    expect(result).toEqual({
      fields: {
        statement: 'FDI reached US$28–29 billion.', metric: null, subject: null, valueLow: 28, valueHigh: 29, unit: 'USD billion',
        qualifier: 'about', period: '2025', claimant: null, topics: ['investment', 'FDI'], notes: '',
      },
    });
    expect(fieldsOf({ ...emptyDraft, statement: 'x', valueLow: '1,200' })).toMatchObject({ fields: { valueLow: 1200 } });
  });

  it('reads and shows numbers in the interface’s convention, so a Vietnamese “28,5” is 28.5, not 285', async () => {
    await setUiLanguage('vi');
    try {
      expect(fieldsOf({ ...emptyDraft, statement: 'x', valueLow: '28,5', valueHigh: '1.200' })).toMatchObject({ fields: { valueLow: 28.5, valueHigh: 1200 } });
      const fields = { statement: 's', metric: null, subject: null, valueLow: 1.234, valueHigh: 17.3, unit: 'per cent', qualifier: null, period: null, claimant: null, topics: [], notes: '' };
      expect(draftOf(fields)).toMatchObject({ valueLow: '1,234', valueHigh: '17,3' });
      expect(fieldsOf(draftOf(fields))).toEqual({ fields });
    } finally {
      await setUiLanguage('en');
    }
    expect(fieldsOf({ ...emptyDraft, statement: 'x', valueLow: '28,5' })).toMatchObject({ fields: { valueLow: 28.5 } });
  });

  it('says what is wrong instead of sending it', () => {
    expect(fieldsOf(emptyDraft)).toEqual({ error: 'A fact needs a statement.' });
    expect(fieldsOf({ ...emptyDraft, statement: 'x', valueLow: 'twelve' })).toMatchObject({ error: expect.stringContaining('must be a number') });
    expect(fieldsOf({ ...emptyDraft, statement: 'x', valueLow: '29', valueHigh: '28' })).toMatchObject({ error: expect.stringContaining('cannot be below') });
    expect(fieldsOf({ ...emptyDraft, statement: 'x', valueHigh: '28' })).toMatchObject({ error: expect.stringContaining('lower value') });
  });

  it('a revision starts from the fact as it is', () => {
    const fields = { statement: 's', metric: 'm', subject: null, valueLow: 28, valueHigh: null, unit: 'USD billion', qualifier: null, period: '2025', claimant: null, topics: ['a', 'b'], notes: '' };
    expect(fieldsOf(draftOf(fields))).toEqual({ fields });
  });

  it('shows values as the figure chip says them, in the interface language, and stored dates as dates', async () => {
    expect(valueLabel({ valueLow: 28, valueHigh: 29, unit: 'USD billion', qualifier: 'about' })).toBe('about US$28–29 billion');
    expect(valueLabel({ valueLow: 12, valueHigh: null, unit: 'per cent', qualifier: 'exact' })).toBe('12 per cent');
    expect(valueLabel({ valueLow: 20241222, valueHigh: null, unit: 'date (YYYYMMDD)', qualifier: null })).toBe('22 December 2024');
    expect(valueLabel({ valueLow: 20241332, valueHigh: null, unit: 'date (YYYYMMDD)', qualifier: null })).toBe('20241332 (not a calendar date)');
    expect(valueLabel({ valueLow: null, valueHigh: null, unit: null, qualifier: null })).toBe('');
    // A Vietnamese interface writes a Vietnamese decimal comma, not JavaScript's point.
    await setUiLanguage('vi');
    try {
      expect(valueLabel({ valueLow: 28.5, valueHigh: null, unit: 'USD billion', qualifier: 'about' })).toBe('khoảng 28,5 tỷ USD');
      expect(valueLabel({ valueLow: 1240.5, valueHigh: null, unit: 'per cent', qualifier: null })).toBe('1.240,5%');
      expect(valueLabel({ valueLow: 20241332, valueHigh: null, unit: 'date (YYYYMMDD)', qualifier: null })).toBe('20241332 (không phải ngày hợp lệ)');
    } finally {
      await setUiLanguage('en');
    }
  });
});
