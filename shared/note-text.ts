/**
 * Plain-text views of a note shared by the editor (status bar, library filter) and the notes
 * store (word and citation counts, title search), so both sides count the same way. The word
 * count is one rule (issue 11: one note showed 274, 271 and 268 words in three places): the
 * status bar, the library, the export dialog, the version history and the CLI all count with `countWords`, over the text `noteText` gives (the editor over Lexical's
 * own text of each block, which separates words at the same places).
 */
import type { NoteContent, SerializedNode } from './note-format';

// Element types Lexical renders inline: their text runs on with the text around them.
const inlineElements = new Set(['link', 'autolink', 'mark', 'hashtag', 'fact-phrase', 'language-span']);

/** The note's text with one line per block; a fact chip contributes the text it shows. */
export function noteText(content: NoteContent): string {
  const out: string[] = [];
  const walk = (node: SerializedNode) => {
    if (node.type === 'text' || node.type === 'fact') {
      out.push(typeof node.text === 'string' ? node.text : '');
    } else if (node.type === 'linebreak') {
      out.push('\n');
    } else if (node.type === 'tab') {
      out.push('\t');
    }
    node.children?.forEach(walk);
    if (node.children && !inlineElements.has(node.type)) out.push('\n');
  };
  content.root.children.forEach(walk);
  return out.join('');
}

/**
 * Words as a reader (and Word) counts them: runs of non-space characters holding a letter or
 * digit. "US$28–29", "17.3%" and "59-NQ/TW" are one word each; a lone "–" or "•" is none.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++;
  }
  return count;
}

/** The words of a stored note: what the library, the history, the export check and the CLI show. */
export function noteWordCount(content: NoteContent): number {
  return countWords(noteText(content));
}

// Letters that carry no combining mark in Unicode, so NFD alone would leave them as is.
const extraFolds: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Folds case and diacritics so "Chinh" finds "Phạm Minh Chính" and "Montreal" finds
 * "Montréal". Both the stored search key and the query go through this one function.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðøłßæœı]/g, (ch) => extraFolds[ch] ?? ch)
    .replace(/\s+/gu, ' ')
    // Other control characters are never something to search for, and FTS5 reads a NUL in a
    // MATCH string as its end ("unterminated string"): issue #7's hostile corpus.
    .replace(/\p{Cc}/gu, '')
    .trim();
}
