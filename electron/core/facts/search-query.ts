/**
 * The one query builder (issue 12 item 3): turns whatever a drafter typed — in `@`, the fact
 * panel or `briefing facts search` — into a safe FTS5 MATCH string. User text is never FTS5
 * syntax: it is cut into word tokens, each one double-quoted, so quotes, parentheses,
 * AND/OR/NOT/NEAR, `*`, `-`, `:` and emoji are plain text. Pure: the alias list is passed in.
 *
 * What drafters type, and what it becomes:
 * - numbers keep their punctuation as adjacency: "472.5", "28–29", "1,000" and the
 *   Vietnamese "17,3" are phrases ("472 5"), so they find "472.5" but not a stray 5;
 * - currency around a number is dropped ("US$920", "920 USD", "₫", "88%" → the number), because
 *   sources write the same figure as "US$920", "$920" or "920 billion USD";
 * - hyphenated and slashed words are phrases ("double-digit" finds "double-digit" and "double digit");
 * - an abbreviation in the alias list also matches its expansions, and an expansion its
 *   abbreviation ("FDI" ↔ "foreign direct investment", "đầu tư trực tiếp nước ngoài").
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
const digits = /^\p{N}+$/u;

/** Currency written next to a figure; dropped so "US$920" finds "920 billion USD" too. */
const currencyWords = new Set(['us', 'usd', 'vnd', 'eur', 'gbp', 'jpy', 'cny', 'sgd', 'aud', 'dong']);

/** A search term: one word, or words that must stand next to each other (a number, a hyphenated word). */
export interface SearchTerm {
  tokens: string[];
  /** True when the term is a figure (only digit tokens). */
  number: boolean;
}

/** The comparison key of a phrase: folded, lower case, without diacritics, tokens joined by one space. */
export function searchKey(text: string): string {
  return (
    foldForSearch(text)
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase()
      .match(wordToken)
      ?.join(' ') ?? ''
  );
}

const cut = (token: string) => Array.from(token).slice(0, maxTokenLength).join('');

/**
 * The terms of `query`, in order. A run of text without spaces is one term; its currency
 * words go when it also holds a figure, and "%" and currency symbols are never words.
 */
export function searchTerms(query: string): SearchTerm[] {
  // Filter tokens start with ǂ; without it in the query, no word can ever match one.
  const chunks = foldForSearch(query).replace(/ǂ/g, ' ').split(/\s+/u);
  const terms: SearchTerm[] = [];
  let count = 0;
  for (const chunk of chunks) {
    let tokens = (chunk.match(wordToken) ?? []).map(cut);
    if (tokens.some((t) => digits.test(t))) tokens = tokens.filter((t) => digits.test(t) || !currencyWords.has(searchKey(t)));
    // "920 USD": a currency word on its own after a figure goes too.
    const previous = terms[terms.length - 1];
    if (tokens.length === 1 && previous?.number && currencyWords.has(searchKey(tokens[0]!))) continue;
    if (tokens.length === 0) continue;
    tokens = tokens.slice(0, maxTokens - count);
    if (tokens.length === 0) break;
    count += tokens.length;
    terms.push({ tokens, number: tokens.every((t) => digits.test(t)) });
  }
  return terms;
}

/** Alternatives for a phrase key (an abbreviation's expansions, an expansion's abbreviations), as keys. */
export type AliasLookup = (keys: readonly string[]) => ReadonlyMap<string, readonly string[]>;

/** Every key the alias list may know in `terms`: each one-word term, and each run of 2–6 word terms. */
export function aliasCandidates(terms: readonly SearchTerm[]): string[] {
  const keys = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.number) continue;
    for (let n = 1; n <= 6 && i + n <= terms.length; n++) {
      if (terms[i + n - 1]!.number) break;
      keys.add(searchKey(terms.slice(i, i + n).flatMap((t) => t.tokens).join(' ')));
    }
  }
  return [...keys].filter((k) => k.length > 0);
}

const phrase = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

/**
 * The MATCH string for `query`, or null when it holds no words. Every term must appear
 * (AND); the last one also matches as a prefix, for typeahead, once its last token has two
 * characters (a one-letter prefix matches nearly everything and narrows nothing), unless the
 * query ends in "%" (the figure is complete).
 */
export function matchExpression(query: string, aliases?: AliasLookup): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const known = aliases ? aliases(aliasCandidates(terms)) : new Map<string, readonly string[]>();
  const lastIndex = terms.length - 1;
  const finished = /%\s*$/u.test(query);
  // A one-character prefix has no prefix index (prefix = '2 3'): FTS5 would merge every token
  // starting with it, which made "12.3" (phrase "12 3"*) the slowest query of bench:search.
  const prefix = (term: SearchTerm) => !finished && Array.from(term.tokens[term.tokens.length - 1]!).length >= 2;
  const parts: string[] = [];
  for (let i = 0; i < terms.length; ) {
    // The longest run of word terms the alias list knows, from here.
    let run = 0;
    let alternatives: readonly string[] | undefined;
    for (let n = Math.min(6, terms.length - i); n >= 1 && known.size > 0; n--) {
      const slice = terms.slice(i, i + n);
      if (slice.some((t) => t.number)) continue;
      alternatives = known.get(searchKey(slice.flatMap((t) => t.tokens).join(' ')));
      if (alternatives?.length) {
        run = n;
        break;
      }
    }
    if (run > 0 && alternatives) {
      const typed = terms.slice(i, i + run).flatMap((t) => t.tokens);
      const isLast = i + run - 1 === lastIndex;
      const own = phrase(typed) + (isLast && prefix({ tokens: typed, number: false }) ? '*' : '');
      parts.push(`(${[own, ...alternatives.map((a) => phrase(a.split(' ')))].join(' OR ')})`);
      i += run;
      continue;
    }
    const term = terms[i]!;
    parts.push(phrase(term.tokens) + (i === lastIndex && prefix(term) ? '*' : ''));
    i++;
  }
  // Explicit AND: FTS5 joins bare phrases implicitly, but not a parenthesised group.
  return parts.join(' AND ');
}

/**
 * The first ranking tier: `match` found in the statement itself (and its translations). Facts
 * whose statement says it rank above those found only through claimant, quotes, topics or
 * source titles; within a tier, the most recently added first.
 */
export function inStatement(match: string): string {
  return `{statement} : (${match})`;
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
  return [match, ...filters.map(([kind, value]) => `"${filterToken(kind, value)}"`)].join(' AND ');
}
