import { describe, expect, it } from 'vitest';
import { typographicQuote } from '../../../../../renderer/src/editor/plugins/SmartQuotesPlugin/quotes';

describe('typographicQuote', () => {
  it('opens at the start of a paragraph, after a space, a bracket or a dash', () => {
    for (const before of [null, '', ' ', '\u00a0', '(', '[', '\u2014', '\u2013', '-']) {
      expect(typographicQuote('"', before)).toBe('\u201c');
      expect(typographicQuote("'", before)).toBe('\u2018');
    }
  });

  it('closes after a letter, a digit or punctuation, so apostrophes are ’', () => {
    for (const before of ['n', 'Đ', '5', '.', ',', ')']) {
      expect(typographicQuote("'", before)).toBe('\u2019');
    }
    expect(typographicQuote('"', 'd')).toBe('\u201d');
    // Nested: a single quote right after an opening double quote opens too.
    expect(typographicQuote("'", '\u201c')).toBe('\u2018');
    expect(typographicQuote('"', '.')).toBe('\u201d');
  });
});
