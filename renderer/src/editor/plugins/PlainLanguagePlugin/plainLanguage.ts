/** Plain-language guidance (DOMAIN.md): sentences never over 30 words; sections kept short. */
import { i18n } from '../../../i18n';

export const sentenceWordLimit = 30;
export const sectionWordGuideline = 250;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu;

export function wordsIn(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** A sentence over the limit: its length, its opening words, and where it sits in the block's text. */
export interface LongSentence {
  words: number;
  start: string;
  from: number;
  to: number;
}

/** Sentences over the limit, split on ., ! or ? followed by white space (abbreviations may split early: a hint, not a verdict). */
export function longSentences(text: string, limit = sentenceWordLimit): LongSentence[] {
  const long: LongSentence[] = [];
  let from = 0;
  const check = (to: number) => {
    const sentence = text.slice(from, to);
    const words = wordsIn(sentence);
    if (words > limit) long.push({ words, start: sentence.slice(0, 60), from, to });
  };
  for (const gap of text.matchAll(/(?<=[.!?])\s+/g)) {
    check(gap.index);
    from = gap.index + gap[0].length;
  }
  check(text.length);
  return long;
}

export interface Block {
  key: string;
  isHeading: boolean;
  text: string;
}

export interface Hint {
  key: string;
  kind: 'long-sentence' | 'long-section';
  message: string;
}

/** What the hints need from one block, computed once per version of the block. */
export interface BlockStats {
  key: string;
  isHeading: boolean;
  words: number;
  long: LongSentence[];
}

export function blockStats(block: Block, sentenceLimit = sentenceWordLimit): BlockStats {
  return { key: block.key, isHeading: block.isHeading, words: block.isHeading ? 0 : wordsIn(block.text), long: block.isHeading ? [] : longSentences(block.text, sentenceLimit) };
}

/** One hint per block with an over-long sentence, and one per heading whose section runs long. */
export function plainLanguageHints(blocks: Block[], limits = { sentence: sentenceWordLimit, section: sectionWordGuideline }): Hint[] {
  return hintsFromStats(
    blocks.map((b) => blockStats(b, limits.sentence)),
    limits,
  );
}

export function hintsFromStats(blocks: readonly BlockStats[], limits = { sentence: sentenceWordLimit, section: sectionWordGuideline }): Hint[] {
  const hints: Hint[] = [];
  let heading: BlockStats | null = null;
  let sectionWords = 0;
  const closeSection = () => {
    if (heading && sectionWords > limits.section) {
      hints.push({ key: heading.key, kind: 'long-section', message: i18n.t('plain.longSection', { words: sectionWords, limit: limits.section }) });
    }
  };
  for (const block of blocks) {
    if (block.isHeading) {
      closeSection();
      heading = block;
      sectionWords = 0;
      continue;
    }
    sectionWords += block.words;
    const { long } = block;
    if (long.length > 0) {
      const longest = Math.max(...long.map((s) => s.words));
      hints.push({
        key: block.key,
        kind: 'long-sentence',
        message: long.length === 1 ? i18n.t('plain.longSentence', { words: longest, limit: limits.sentence }) : i18n.t('plain.longSentences', { count: long.length, limit: limits.sentence, longest }),
      });
    }
  }
  closeSection();
  return hints;
}
