/**
 * Plain-text views of a note shared by the editor (status bar, library filter) and the notes
 * store (word and citation counts, title search), so both sides count the same way.
 */
import type { NoteContent, SerializedNode } from './note-format';

// Element types Lexical renders inline: their text runs on with the text around them.
const inlineElements = new Set(['link', 'autolink', 'mark', 'hashtag']);

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

/** Words as a reader counts them: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++;
  }
  return count;
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
