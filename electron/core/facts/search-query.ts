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
 * (implicit AND); the last one also matches as a prefix, for typeahead, once it has two
 * characters (a one-letter prefix matches nearly everything and narrows nothing).
 */
export function matchExpression(query: string): string | null {
  // Filter tokens start with ǂ; without it in the query, no word can ever match one.
  const tokens = (foldForSearch(query).replace(/ǂ/g, ' ').match(wordToken) ?? []).slice(0, maxTokens).map((t) => Array.from(t).slice(0, maxTokenLength).join(''));
  if (tokens.length === 0) return null;
  const last = tokens.length - 1;
  const words = tokens.map((token, i) => `"${token}"${i === last && Array.from(token).length >= 2 ? '*' : ''}`).join(' ');
  return words;
}

export type FilterKind = 'status' | 'period' | 'topic' | 'source';
const filterMarks: Record<FilterKind, string> = { status: 's', period: 'p', topic: 't', source: 'o' };

/**
 * One index token for a filter value: an exact value becomes a word FTS5 can intersect
 * with the user's words. "ǂ" (a letter nobody types) keeps these apart from real words
 * even under prefix matching; hex keeps any value (spaces, punctuation) one token.
 */
export function filterToken(kind: FilterKind, value: string): string {
  return `ǂ${filterMarks[kind]}${Buffer.from(value, 'utf8').toString('hex')}`;
}

/** `match` narrowed to facts carrying every given filter token. */
export function withFilters(match: string, filters: readonly (readonly [FilterKind, string])[]): string {
  return [match, ...filters.map(([kind, value]) => `"${filterToken(kind, value)}"`)].join(' ');
}
