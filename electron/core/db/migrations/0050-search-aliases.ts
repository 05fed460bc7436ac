import type { Migration } from './index';
import { standardAliases } from '../../facts/standard-aliases';
import { aliasesInText } from '../../facts/aliases-in-text';
import { searchKey } from '../../facts/search-query';

/**
 * Abbreviations search expands (issue 12 item 3): "FDI" also finds "foreign direct
 * investment" and "đầu tư trực tiếp nước ngoài", and the other way round.
 * - `search_aliases`: one abbreviation and one expansion per row, with who added it and when,
 *   where it came from (the standard list shipped with the app, a curator, or a source that
 *   defines it: "foreign direct investment (FDI)") and, for those, which source.
 *   `abbreviation_key`/`expansion_key` are facts/search-query.ts `searchKey`s, the form the
 *   query builder looks up. Written only by facts/aliases.ts; rows are never edited.
 * Seeded with the standard list, and learned from the sources already stored.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'search-aliases',
  up(db) {
    db.exec(`
      CREATE TABLE search_aliases (
        id INTEGER PRIMARY KEY,
        abbreviation TEXT NOT NULL CHECK (length(abbreviation) BETWEEN 1 AND 40),
        expansion TEXT NOT NULL CHECK (length(expansion) BETWEEN 1 AND 200),
        abbreviation_key TEXT NOT NULL CHECK (length(abbreviation_key) > 0),
        expansion_key TEXT NOT NULL CHECK (length(expansion_key) > 0),
        language TEXT CHECK (language IN ('en', 'vi')),
        origin TEXT NOT NULL CHECK (origin IN ('standard', 'curator', 'source')),
        source_id TEXT REFERENCES sources (id),
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        CHECK ((origin = 'source') = (source_id IS NOT NULL)),
        UNIQUE (abbreviation_key, expansion_key)
      ) STRICT;
      CREATE INDEX search_aliases_by_expansion ON search_aliases (expansion_key);
      CREATE TRIGGER search_aliases_never_change BEFORE UPDATE ON search_aliases
      BEGIN SELECT RAISE(ABORT, 'an alias is never edited: add another one instead'); END;
    `);
    const insert = db.prepare(
      `INSERT OR IGNORE INTO search_aliases (abbreviation, expansion, abbreviation_key, expansion_key, language, origin, source_id, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The standard list is dated by the release that shipped it, not by the moment a store
    // migrated: the same list gives the same rows, so the starter store builds byte for byte.
    const at = '2026-11-27T00:00:00.000Z';
    for (const a of standardAliases) insert.run(a.abbreviation, a.expansion, searchKey(a.abbreviation), searchKey(a.expansion), a.language, 'standard', null, 'Briefing Studio', at);
    for (const s of db.prepare('SELECT id, text, imported_at FROM sources ORDER BY imported_at').all() as { id: string; text: string; imported_at: string }[]) {
      for (const a of aliasesInText(s.text)) insert.run(a.abbreviation, a.expansion, searchKey(a.abbreviation), searchKey(a.expansion), null, 'source', s.id, 'learned from the source', s.imported_at);
    }
  },
};
