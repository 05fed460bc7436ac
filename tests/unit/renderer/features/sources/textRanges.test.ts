import { describe, expect, it } from 'vitest';
import { selectorFor, textRuns, trimRange } from '../../../../../renderer/src/features/sources/textRanges';

describe('quotes in a source text', () => {
  const text = 'Exports rose. Imports fell 12 per cent in 2025. Exports rose again.';

  it('a selector carries the exact text, 32 characters of context each side, and its offsets', () => {
    const start = text.indexOf('Imports');
    const end = text.indexOf(' Exports rose again');
    const selector = selectorFor(text, start, end);
    expect(selector).toEqual({ exact: 'Imports fell 12 per cent in 2025.', prefix: 'Exports rose. ', suffix: ' Exports rose again.', start, end });
    expect(selectorFor('x'.repeat(40) + 'QUOTE' + 'y'.repeat(40), 40, 45)).toMatchObject({ prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  });

  it('never cuts a surrogate pair in the context (half an emoji would never match again)', () => {
    const emoji = '😀';
    const t = `${emoji}${'a'.repeat(31)}QUOTE`;
    const start = t.indexOf('QUOTE');
    expect(selectorFor(t, start, start + 5).prefix).toBe('a'.repeat(31));
  });

  it('a mouse selection loses the spaces and line breaks caught at its ends; a blank one is nothing', () => {
    const t = 'one\n\n  two three  \nfour';
    const r = trimRange(t, 3, 18)!;
    expect(t.slice(r.start, r.end)).toBe('two three');
    expect(trimRange(t, 3, 7)).toBeNull();
  });

  it('runs cover the whole text once, cut where quotes start and end, overlapping quotes both kept', () => {
    const runs = textRuns(20, [
      { start: 2, end: 8, factId: 'a', status: 'verified' },
      { start: 5, end: 12, factId: 'b', status: 'disputed' },
      { start: 30, end: 40, factId: 'outside', status: 'verified' },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.map((h) => h.factId).join('+')])).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 8, 'a+b'],
      [8, 12, 'b'],
      [12, 20, ''],
    ]);
  });
});
