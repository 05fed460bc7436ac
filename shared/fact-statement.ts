/**
 * Which statement of a fact a reader sees in a given language: the chip, the typeahead, the
 * "update" of a stale chip, the pre-export check and the CLI all ask here (issue 15).
 */
import type { StatementLanguages } from './model';

export interface StatementInLanguage {
  text: string;
  /** The language `text` is in: the one asked for, or the fact's own when it has no translation. */
  language: string;
  /** False when the fact has no statement in the language asked for. */
  inLanguage: boolean;
}

type WithStatements = { statement: string } & StatementLanguages;

/** The fact's statement in `language`, or its own statement (in its own language) when it has none. */
export function statementIn(fact: WithStatements, language: string): StatementInLanguage {
  if (fact.language === language) return { text: fact.statement, language, inLanguage: true };
  const translated = fact.translations[language];
  if (translated) return { text: translated, language, inLanguage: true };
  return { text: fact.statement, language: fact.language, inLanguage: false };
}

/** Whether the fact can be read in `language` (its own language or a translation). */
export function hasStatementIn(fact: Pick<WithStatements, 'language' | 'translations'>, language: string): boolean {
  return fact.language === language || Boolean(fact.translations[language]);
}
