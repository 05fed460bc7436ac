/**
 * Turns whatever a user typed into a safe FTS5 MATCH string. User text is never FTS5
 * syntax: it is cut into word tokens, each one double-quoted, so quotes, parentheses,
 * AND/OR/NOT/NEAR, `*`, `-`, `:` and emoji are plain text. Pure: no database.
 */

/**
 * The unicode61 tokenizer removes combining diacritics (Chính -> chinh) but đ/Đ are
 * letters of their own in Unicode, not d plus a mark, so Vietnamese names need this too.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** More words than anyone types narrows nothing; bounding them keeps a pasted essay fast. */
const maxTokens = 16;
const maxTokenLength = 64;

/** Word tokens as unicode61 sees them: letters, digits and the marks attached to them. */
const wordToken = /[\p{L}\p{N}\p{Mn}\p{Mc}]+/gu;

/**
 * The MATCH string for `query`, or null when it holds no words. Every token must appear
 * (implicit AND); the last one also matches as a prefix, for typeahead.
 */
export function matchExpression(query: string): string | null {
  const tokens = (foldForSearch(query).match(wordToken) ?? []).slice(0, maxTokens).map((t) => Array.from(t).slice(0, maxTokenLength).join(''));
  if (tokens.length === 0) return null;
  return tokens.map((token, i) => `"${token}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
}
