import type { Migration } from './index';

/**
 * Notes and facts in either language (issue 15):
 * - `fact_versions.language`: the language the version's own statement is written in (BCP 47
 *   primary tag; every fact written before this migration is English).
 * - `fact_versions.translations`: the statement in other languages, a JSON object
 *   `{ "vi": "…" }`. Part of the immutable version row: adding a translation writes a new
 *   version (reason "translation"), so a note can still cite exactly what it quoted. The quote
 *   is never translated: it stays verbatim in its source's language.
 * - `sources.original_title`: a source's title in its own language, beside a translated
 *   `title` (CSL `original-title`); NULL when the title is already the original.
 * - `spelling_words`: the words a user added to the spelling dictionary, per language.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'languages',
  up(db) {
    db.exec(`
      ALTER TABLE fact_versions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
      ALTER TABLE fact_versions ADD COLUMN translations TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(translations) AND json_type(translations) = 'object');
      ALTER TABLE sources ADD COLUMN original_title TEXT;

      CREATE TABLE spelling_words (
        language TEXT NOT NULL,
        word TEXT NOT NULL CHECK (length(word) BETWEEN 1 AND 100),
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (language, word)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
