/**
 * The alias list search expands abbreviations with (issue 12 item 3), and its one writer:
 * the standard list (migration 0050), curators' additions, and what sources define themselves
 * ("foreign direct investment (FDI)"), learned when a source is imported.
 */
import type { Database } from 'better-sqlite3';
import type { SearchAlias } from '../../../shared/contract/facts';
import { keyedError } from '../../../shared/errors';
import { aliasPairsFor, aliasRow, insertAlias, listAliasRows } from '../db/repositories/search-aliases';
import { aliasesInText } from './aliases-in-text';
import { searchKey, type AliasLookup } from './search-query';

const isoNow = () => new Date().toISOString();

export function listAliases(db: Database): SearchAlias[] {
  return listAliasRows(db);
}

/** A curator's alias: stored once (adding it again changes nothing and says so). */
export function addAlias(
  db: Database,
  input: { abbreviation: string; expansion: string; by: string; language?: 'en' | 'vi' },
  now: () => string = isoNow,
): { alias: SearchAlias; added: boolean } {
  const abbreviation = input.abbreviation.trim();
  const expansion = input.expansion.trim().replace(/\s+/g, ' ');
  const abbreviationKey = searchKey(abbreviation);
  const expansionKey = searchKey(expansion);
  if (abbreviationKey === '' || expansionKey === '') {
    throw keyedError('invalid_request', 'api.aliasNeedsWords', {}, [
      { path: abbreviationKey === '' ? 'abbreviation' : 'expansion', message: 'no letters or digits' },
    ]);
  }
  if (abbreviationKey === expansionKey) {
    throw keyedError('invalid_request', 'api.aliasSameWords', { abbreviation, expansion }, [
      { path: 'expansion', message: 'same as the abbreviation' },
    ]);
  }
  return db
    .transaction(() => {
      const id = insertAlias(db, { abbreviation, expansion, abbreviationKey, expansionKey, language: input.language ?? null, origin: 'curator', sourceId: null, addedBy: input.by, addedAt: now() });
      if (id !== null) return { alias: aliasRow(db, id)!, added: true };
      const existing = listAliasRows(db).find((a) => searchKey(a.abbreviation) === abbreviationKey && searchKey(a.expansion) === expansionKey)!;
      return { alias: existing, added: false };
    })
    .immediate();
}

/**
 * Stores the abbreviations `text` defines, for source `sourceId`. Called by the source import
 * inside its own transaction, so a source and what was learned from it arrive together.
 */
export function learnAliasesFromSource(db: Database, sourceId: string, text: string, at: string): number {
  let learned = 0;
  for (const a of aliasesInText(text)) {
    const row = { ...a, abbreviationKey: searchKey(a.abbreviation), expansionKey: searchKey(a.expansion) };
    if (row.abbreviationKey === '' || row.expansionKey === '') continue;
    if (insertAlias(db, { ...row, language: null, origin: 'source', sourceId, addedBy: 'learned from the source', addedAt: at }) !== null) learned++;
  }
  return learned;
}

/**
 * What the query builder asks: for each key it found, the other side's keys. An expansion
 * also brings its abbreviation's other expansions, so "foreign direct investment" finds
 * "đầu tư trực tiếp nước ngoài" as well as "FDI".
 */
export function aliasLookup(db: Database): AliasLookup {
  return (keys) => {
    const found = new Map<string, Set<string>>();
    const add = (key: string, other: string) => {
      if (other === key) return;
      let set = found.get(key);
      if (!set) found.set(key, (set = new Set()));
      set.add(other);
    };
    for (const [key, other, side] of aliasPairsFor(db, keys)) {
      add(key, other);
      if (side !== 'expansion') continue;
      for (const [, sibling, siblingSide] of aliasPairsFor(db, [other])) if (siblingSide === 'abbreviation') add(key, sibling);
    }
    return new Map([...found].map(([key, set]) => [key, [...set]]));
  };
}
