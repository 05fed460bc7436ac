import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

/** Longer than any search anyone types after `@`; past it the `@` was not a search. */
const maxQueryLength = 60;

/**
 * `@` and what follows it up to the caret, when the `@` starts a word (after a space, an
 * opening parenthesis or at the start of a line; not in "name@example.org"). Unlike Lexical's
 * basic trigger, punctuation keeps the menu open: drafters search for "472.5", "US$920",
 * "88%", "28–29" and "double-digit" (issue 12 item 3).
 */
const atQuery = new RegExp(`(^|\\s|\\()(@([^@\\n]{0,${maxQueryLength}}))$`, 'u');

export function factQueryMatch(text: string): MenuTextMatch | null {
  const m = atQuery.exec(text);
  if (!m) return null;
  return { leadOffset: m.index + m[1]!.length, matchingString: m[3]!, replaceableString: m[2]! };
}
