/**
 * Typographic quotes as Word's AutoFormat-as-you-type gives them: a quote after the start of a
 * paragraph, a space or an opening bracket or dash opens; anywhere else it closes (so an
 * apostrophe inside or after a word is ’, as in facts drawn from edited sources).
 */
const opensAfter = /[\s([{\u2018\u201c\u2013\u2014/-]/u;

export function typographicQuote(typed: "'" | '"', before: string | null): string {
  const opening = before === null || before === '' || opensAfter.test(before);
  if (typed === '"') return opening ? '\u201c' : '\u201d';
  return opening ? '\u2018' : '\u2019';
}
