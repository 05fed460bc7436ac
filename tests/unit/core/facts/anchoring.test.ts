import { describe, expect, it } from 'vitest';
import { anchorQuote, selectorFor, selectorForUniqueQuote } from '../../../../electron/core/facts/anchoring';
import { seedText, vovFile } from '../../../support/temp-store';

const text = seedText(vovFile);

describe('anchoring a quote in its stored source', () => {
  it('is anchored when found once at the stored offsets', () => {
    const selector = selectorForUniqueQuote(text, 'a record high of about US$28-29 billion');
    expect(anchorQuote(text, selector)).toEqual({ state: 'anchored', start: selector.start, end: selector.end });
  });

  it('is relocated when found once at another offset (the hint is stale)', () => {
    const selector = { ...selectorForUniqueQuote(text, 'a record high of about US$28-29 billion') };
    const moved = anchorQuote(text, { ...selector, start: 3, end: 3 + selector.exact.length });
    expect(moved).toEqual({ state: 'relocated', start: selector.start, end: selector.end });
  });

  it('is ambiguous when found twice and the context does not tell which', () => {
    const at = text.indexOf('international integration');
    expect(text.indexOf('international integration', at + 1)).toBeGreaterThan(at);
    const selector = { exact: 'international integration', prefix: 'nowhere ', suffix: ' in this text', start: at, end: at + 25 };
    expect(anchorQuote(text, selector).state).toBe('ambiguous');
    // Even at the stored offset: a lookalike passage must not win by position alone.
    expect(anchorQuote(text, { ...selector, prefix: '', suffix: '' }).state).toBe('ambiguous');
  });

  it('uses prefix and suffix to pick the one occurrence they fit', () => {
    const second = text.indexOf('international integration', text.indexOf('international integration') + 1);
    const selector = selectorFor(text, second, second + 'international integration'.length);
    expect(anchorQuote(text, selector)).toEqual({ state: 'anchored', start: second, end: selector.end });
    expect(anchorQuote(text, { ...selector, start: 0, end: selector.exact.length }).state).toBe('relocated');
  });

  it('is an orphan when the text does not contain it', () => {
    const selector = { exact: 'US$30 billion', prefix: '', suffix: '', start: 10, end: 23 };
    expect(anchorQuote(text, selector)).toEqual({ state: 'orphan', start: null, end: null });
  });
});

describe('selectorFor', () => {
  it('keeps 32 characters of context each side, fewer at the edges', () => {
    const s = selectorFor(text, 100, 120);
    expect(s.exact).toBe(text.slice(100, 120));
    expect(s.prefix).toBe(text.slice(68, 100));
    expect(s.suffix).toBe(text.slice(120, 152));
    const first = selectorFor(text, 0, 10);
    expect(first.prefix).toBe('');
    const last = selectorFor(text, text.length - 5, text.length);
    expect(last.suffix).toBe('');
  });

  it('never cuts an emoji in half in the context', () => {
    const withEmoji = `${'x'.repeat(31)}😀 figure 😀${'y'.repeat(31)}`;
    const start = withEmoji.indexOf('figure');
    const s = selectorFor(withEmoji, start, start + 6);
    expect(s.prefix.startsWith('\uDE00')).toBe(false);
    expect(s.suffix.endsWith('\uD83D')).toBe(false);
    expect(anchorQuote(withEmoji, s).state).toBe('anchored');
  });

  it('refuses an empty or out-of-range quote', () => {
    expect(() => selectorFor(text, 5, 5)).toThrow(RangeError);
    expect(() => selectorFor(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it('selectorForUniqueQuote refuses a quote that occurs twice or not at all', () => {
    expect(() => selectorForUniqueQuote(text, 'international integration')).toThrow(/times/);
    expect(() => selectorForUniqueQuote(text, 'not in the article')).toThrow(/not found/);
  });
});
