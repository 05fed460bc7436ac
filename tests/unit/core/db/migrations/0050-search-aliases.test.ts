import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { storeFiles } from './store-file';
import { schemaVersionOf } from '../../../../../electron/core/db/migrations/index';
import { addAlias, aliasLookup, listAliases } from '../../../../../electron/core/facts/aliases';
import { importSource } from '../../../../../electron/core/sources/import-source';

const tempFile = storeFiles('briefing-0050-');

describe('migration 0050 (search aliases)', () => {
  it('upgrades a 0040 store: the standard list, and what its sources already define, with who and when', () => {
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 40 });
    old.prepare(
      `INSERT INTO sources (id, title, authors, reliability, text, text_length, sha256, imported_at)
       VALUES ('s1', 'Old source', '[]', 'press', 'The Just Energy Transition Partnership (JETP) was signed.', 10, 'abc', '2026-01-01T00:00:00.000Z')`,
    ).run();
    old.close();
    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBeGreaterThanOrEqual(50);
    const aliases = listAliases(db);
    expect(aliases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ abbreviation: 'FDI', expansion: 'foreign direct investment', origin: 'standard', language: 'en', addedBy: 'Briefing Studio', addedAt: '2026-11-27T00:00:00.000Z' }),
        expect.objectContaining({ abbreviation: 'FDI', expansion: 'đầu tư trực tiếp nước ngoài', origin: 'standard', language: 'vi' }),
        expect.objectContaining({ abbreviation: 'ODA', expansion: 'hỗ trợ phát triển chính thức', origin: 'standard' }),
        expect.objectContaining({ abbreviation: 'JETP', expansion: 'Just Energy Transition Partnership', origin: 'source', sourceId: 's1', addedBy: 'learned from the source', addedAt: '2026-01-01T00:00:00.000Z' }),
      ]),
    );
    for (const abbreviation of ['FDI', 'GDP', 'FTA', 'ODA', 'ASEAN', 'EU', 'WTO', 'CPTPP', 'EVFTA', 'RCEP', 'UN', 'IMF']) {
      expect(aliases.filter((a) => a.abbreviation === abbreviation && a.origin === 'standard').map((a) => a.language)).toEqual(expect.arrayContaining(['en', 'vi']));
    }
    expect(() => db.prepare("UPDATE search_aliases SET expansion = 'x' WHERE abbreviation = 'FDI'").run()).toThrow(/never edited/);
    // The lookup the query builder uses reads its index, not the whole table.
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT abbreviation_key FROM search_aliases WHERE expansion_key = 'x'").all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX search_aliases_by_expansion/);
    db.close();
  });

  it('a curator extends the list once; a new source teaches its own; the lookup search uses follows at once', () => {
    const db = openDatabase(tempFile());
    const first = addAlias(db, { abbreviation: 'NIC', expansion: 'National Innovation Centre', by: 'Lan' }, () => '2026-03-01T00:00:00.000Z');
    expect(first).toMatchObject({ added: true, alias: { abbreviation: 'NIC', origin: 'curator', addedBy: 'Lan', addedAt: '2026-03-01T00:00:00.000Z' } });
    expect(addAlias(db, { abbreviation: 'nic', expansion: 'national  innovation centre', by: 'Minh' })).toMatchObject({ added: false, alias: { addedBy: 'Lan' } });
    expect(() => addAlias(db, { abbreviation: '—', expansion: 'x', by: 'Lan' })).toThrow(/letters or digits/);
    expect(() => addAlias(db, { abbreviation: 'Hanoi', expansion: 'hà nội', by: 'Lan' })).not.toThrow();
    expect(() => addAlias(db, { abbreviation: 'HN', expansion: 'hn', by: 'Lan' })).toThrow(/same words/);

    importSource(db, { id: 'src', text: 'Trade under the Regional Comprehensive Economic Partnership and the Just Energy Transition Partnership (JETP) grew.', meta: { title: 'A source' } });
    expect(listAliases(db).filter((a) => a.origin === 'source')).toEqual([expect.objectContaining({ abbreviation: 'JETP', sourceId: 'src' })]);
    expect(aliasLookup(db)(['jetp', 'nic']).get('nic')).toEqual(['national innovation centre']);
    db.close();
  });
});
