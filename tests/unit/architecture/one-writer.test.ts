/**
 * One writer per table (issue 11 item 3): the facts service is the only code that writes the
 * fact tables, and the one source import the only code that writes sources. Read from the
 * files themselves, so a new second writer fails here whatever it is called:
 * - write SQL (INSERT, UPDATE, DELETE, REPLACE) naming an owned table appears only in that
 *   table's repository files (and in migrations);
 * - the repository functions that write are imported only by the owner's writer module;
 * - the facts writer module is imported only by the facts service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/host';

interface Owner {
  name: string;
  tables: string[];
  /** Repository files holding the tables' SQL. */
  repositories: string[];
  /** The only files that may import the repositories' write functions. */
  writers: string[];
  /** The only files that may import a writer module (none: anyone may call it). */
  writerCallers: string[] | null;
}

const owners: Owner[] = [
  {
    name: 'facts service',
    tables: ['facts', 'fact_versions', 'fact_status_changes', 'fact_topics', 'evidence', 'fact_search', 'search_index_pending', 'conflict_preferences', 'pack_imports', 'pack_changes'],
    repositories: ['facts', 'evidence', 'fact-search', 'conflict-preferences', 'pack-changes'].map((f) => `electron/core/db/repositories/${f}.ts`),
    writers: ['electron/core/facts/fact-writes.ts'],
    writerCallers: ['electron/core/facts/fact-store.ts', 'electron/core/facts/fact-imports.ts', 'electron/core/facts/fact-replica.ts'],
  },
  {
    name: 'alias list',
    tables: ['search_aliases'],
    repositories: ['electron/core/db/repositories/search-aliases.ts'],
    writers: ['electron/core/facts/aliases.ts'],
    writerCallers: null,
  },
  {
    name: 'sources writer',
    tables: ['sources', 'source_originals', 'source_metadata_changes'],
    repositories: ['electron/core/db/repositories/sources.ts'],
    // Import stores a source; a metadata correction changes its details and records the change.
    writers: ['electron/core/sources/import-source.ts', 'electron/core/sources/edit-metadata.ts'],
    writerCallers: null,
  },
];

interface SourceFile {
  path: string;
  text: string;
}

const writeVerb = String.raw`(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)`;
const writeSql = (tables: string[]) => new RegExp(String.raw`\b${writeVerb}\s+["\`']?(${tables.join('|')})\b`, 'gi');

/** `export function name(...)` blocks of a repository file whose SQL writes one of `tables`. */
function writeFunctions(text: string, tables: string[]): string[] {
  const starts = [...text.matchAll(/^export function (\w+)/gm)];
  return starts
    .filter((m, i) => writeSql(tables).test(text.slice(m.index, starts[i + 1]?.index ?? text.length)))
    .map((m) => m[1]!);
}

/** Names imported by `file` from `target` (a path without extension, relative to the root). */
function importsFrom(file: SourceFile, target: string): string[] | '*' {
  const names: string[] = [];
  for (const m of file.text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    if (m[1]) continue; // types carry no SQL
    const spec = m[3]!;
    if (!spec.startsWith('.')) continue;
    const resolved = relative(projectRoot, join(projectRoot, file.path, '..', spec)).replace(/\.(ts|js|mjs)$/, '');
    if (resolved !== target) continue;
    const clause = m[2]!;
    if (/\*\s+as\s+\w+/.test(clause) || !clause.includes('{')) return '*';
    for (const part of clause.slice(clause.indexOf('{') + 1, clause.lastIndexOf('}')).split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
      if (name && !part.trim().startsWith('type ')) names.push(name);
    }
  }
  return names;
}

/** Every way `files` break one-writer-per-table, in words. */
export function secondWriters(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const owner of owners) {
    const sqlHomes = new Set(owner.repositories);
    for (const file of files) {
      if (sqlHomes.has(file.path) || file.path.startsWith('electron/core/db/migrations/')) continue;
      for (const m of file.text.matchAll(writeSql(owner.tables))) {
        problems.push(`${file.path} writes ${m[1]} with "${m[0]}": only the ${owner.name}'s repositories may (${owner.repositories.join(', ')})`);
      }
    }
    for (const repo of owner.repositories) {
      const repoFile = byPath.get(repo);
      if (!repoFile) continue;
      const writes = new Set(writeFunctions(repoFile.text, owner.tables));
      for (const file of files) {
        if (owner.writers.includes(file.path) || file.path === repo) continue;
        const imported = importsFrom(file, repo.replace(/\.ts$/, ''));
        const bad = imported === '*' ? (writes.size > 0 ? ['* (everything)'] : []) : imported.filter((n) => writes.has(n));
        if (bad.length > 0) problems.push(`${file.path} imports ${bad.join(', ')} from ${repo}: only ${owner.writers.join(', ')} may write ${owner.tables.join(', ')}`);
      }
    }
    if (owner.writerCallers) {
      for (const writer of owner.writers) {
        for (const file of files) {
          if (owner.writerCallers.includes(file.path) || file.path === writer) continue;
          const imported = importsFrom(file, writer.replace(/\.ts$/, ''));
          if (imported === '*' || imported.length > 0) {
            problems.push(`${file.path} imports ${writer}: the fact tables are written through the ${owner.name} (${owner.writerCallers.join(', ')})`);
          }
        }
      }
    }
  }
  return problems;
}

function codeFiles(dir: string): SourceFile[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|js|mjs|cjs)$/.test(e.name))
    .map((e) => {
      const path = relative(projectRoot, join(e.parentPath, e.name));
      return { path, text: readFileSync(join(projectRoot, path), 'utf8') };
    });
}

describe('one writer per table', () => {
  const tree = [...codeFiles('electron'), ...codeFiles('scripts'), ...codeFiles('shared')];

  it('holds in electron/, scripts/ and shared/', () => {
    expect(tree.length).toBeGreaterThan(100);
    // The check sees the real writers: the repositories write, and the writers import them.
    expect(writeFunctions(tree.find((f) => f.path === 'electron/core/db/repositories/facts.ts')!.text, owners[0]!.tables)).toEqual(
      expect.arrayContaining(['insertFact', 'insertVersion', 'setStatus', 'insertStatusChange', 'replaceTopics']),
    );
    expect(importsFrom(tree.find((f) => f.path === 'electron/core/facts/fact-writes.ts')!, 'electron/core/db/repositories/facts')).toContain('insertVersion');
    expect(secondWriters(tree)).toEqual([]);
  });

  it('catches a second writer: SQL outside the repositories, a write function imported elsewhere, the writer called around the service', () => {
    const repo = tree.find((f) => f.path === 'electron/core/db/repositories/facts.ts')!;
    const sourcesRepo = tree.find((f) => f.path === 'electron/core/db/repositories/sources.ts')!;
    const rogue: SourceFile[] = [
      repo,
      sourcesRepo,
      { path: 'electron/core/packs/rogue-sql.ts', text: "db.prepare(`UPDATE facts SET status = 'retracted' WHERE id = ?`).run(id);" },
      { path: 'scripts/rogue-delete.ts', text: "db.exec('delete from fact_topics');\ndb.exec('INSERT OR REPLACE INTO fact_search (rowid) VALUES (1)');" },
      { path: 'electron/core/packs/rogue-import.ts', text: "import { insertVersion, getFactRow } from '../db/repositories/facts';\nexport const x = [insertVersion, getFactRow];" },
      { path: 'electron/core/packs/rogue-star.ts', text: "import * as facts from '../db/repositories/facts';\nexport const x = facts;" },
      { path: 'electron/core/packs/rogue-writer.ts', text: "import { writeVersion } from '../facts/fact-writes';\nexport const x = writeVersion;" },
      { path: 'electron/core/sync/rogue-source.ts', text: "import { insertSource } from '../db/repositories/sources';\nexport const x = insertSource;" },
      { path: 'electron/core/packs/fine.ts', text: "import { getFactRow, type FactRow } from '../db/repositories/facts';\nexport const x: FactRow | undefined = getFactRow(db, 'a');" },
    ];
    const found = secondWriters(rogue);
    expect(found).toEqual([
      expect.stringMatching(/^electron\/core\/packs\/rogue-sql\.ts writes facts/),
      expect.stringMatching(/^scripts\/rogue-delete\.ts writes fact_topics/),
      expect.stringMatching(/^scripts\/rogue-delete\.ts writes fact_search/),
      expect.stringMatching(/^electron\/core\/packs\/rogue-import\.ts imports insertVersion from/),
      expect.stringMatching(/^electron\/core\/packs\/rogue-star\.ts imports \* \(everything\)/),
      expect.stringMatching(/^electron\/core\/packs\/rogue-writer\.ts imports electron\/core\/facts\/fact-writes\.ts/),
      expect.stringMatching(/^electron\/core\/sync\/rogue-source\.ts imports insertSource from/),
    ]);
  });
});
