// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { longSentences, plainLanguageHints } from '../../../../../renderer/src/editor/plugins/PlainLanguagePlugin/plainLanguage';
import { findMatches } from '../../../../../renderer/src/editor/plugins/FindPlugin/findMatches';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('plain-language hints', () => {
  it('flags a sentence over 30 words and not one of exactly 30', () => {
    expect(longSentences(`${words(30)}.`)).toEqual([]);
    const text = `Short one. ${words(31)}. Another short one.`;
    const [long, ...rest] = longSentences(text);
    expect(rest).toEqual([]);
    expect(long).toMatchObject({ words: 31, start: expect.stringContaining('word0') });
    // Where it stands in the block, so the editor can mark that sentence and no other.
    expect(text.slice(long!.from, long!.to)).toBe(`${words(31)}.`);
  });

  it('marks the heading of a section that runs over the guideline', () => {
    const hints = plainLanguageHints(
      [
        { key: 'h1', isHeading: true, text: 'Background' },
        { key: 'p1', isHeading: false, text: `${words(20)}. ${words(20)}.` },
        { key: 'h2', isHeading: true, text: 'Options' },
        { key: 'p2', isHeading: false, text: 'Fine.' },
      ],
      { sentence: 30, section: 30 },
    );
    expect(hints.map((h) => [h.key, h.kind])).toEqual([['h1', 'long-section']]);
  });
});

describe('find', () => {
  it('finds every case-insensitive match in each text run', () => {
    expect(findMatches([{ key: 'a', text: 'Rate rose; the rate fell' }, { key: 'b', text: 'no' }], 'RATE')).toEqual([
      { key: 'a', start: 0, end: 4 },
      { key: 'a', start: 15, end: 19 },
    ]);
    expect(findMatches([{ key: 'a', text: 'x' }], '')).toEqual([]);
  });

  it('finds text in fact chips and marks those matches as chips, in reading order', () => {
    const runs = [
      { key: 't1', text: 'Turnover of ' },
      { key: 'c1', text: 'US$920 billion in 2025', chip: true },
      { key: 't2', text: ' (920 is a record)' },
    ];
    expect(findMatches(runs, '920')).toEqual([
      { key: 'c1', start: 3, end: 6, chip: true },
      { key: 't2', start: 2, end: 5 },
    ]);
  });
});
