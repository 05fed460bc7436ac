/**
 * Builds the starter fact store shipped in resources/starter/briefing.sqlite from the seed
 * articles (../shared/seeds) and the curated lists in scripts/starter/{sources,facts}.json.
 *
 * Every fact goes through the fact engine, as a curator's would, so the engine (not a flag in
 * the JSON) decides corroboration and conflicts. The output is byte-for-byte reproducible:
 * a fixed clock, inputs sorted by id, ids from the input, VACUUM, and the journal switched
 * from WAL to DELETE so no -wal file is left beside it.
 *
 *   npm run build:starter [-- --input DIR --seeds DIR --out FILE]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { FactFields, FactStatus, SourceMeta, StatementTranslations } from '../shared/model';
import { openDatabase } from '../electron/core/db/connection';
import { selectorForUniqueQuote } from '../electron/core/facts/anchoring';
import { createFactStore } from '../electron/core/facts/fact-store';
import { appRoot } from '../electron/core/paths';
import { insertNote } from '../electron/core/notes/library';
import { importSource } from '../electron/core/sources/import-source';
import { StoredNote } from '../shared/note-format';

export const starterCurator = 'Briefing Studio starter set';
/** Every timestamp in the starter store. */
export const starterTime = '2026-02-01T00:00:00.000Z';

const StarterSource = SourceMeta.extend({ file: z.string().min(1), id: z.string().min(1) });
const StarterFact = FactFields.extend({
  id: z.string().min(1),
  status: FactStatus.exclude(['retracted']),
  evidence: z.array(z.object({ source: z.string().min(1), exact: z.string().min(1) })).min(1),
});

export interface StarterPaths {
  /** Folder holding sources.json and facts.json. */
  inputDir: string;
  /** Folder holding the seed articles named by sources.json. */
  seedsDir: string;
  outFile: string;
}

export interface StarterReport {
  sources: number;
  facts: number;
  notes: number;
  sha256: string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readList<T extends z.ZodType>(file: string, schema: T): z.output<T>[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Vietnamese statements of the facts the Vietnamese sample cites (issue 15), written by the
 * starter set: they are part of each fact's version 1, so the English sample's citations stay current.
 */
function readTranslations(inputDir: string): Map<string, Record<string, string>> {
  const file = join(inputDir, 'translations-vi.json');
  if (!existsSync(file)) return new Map();
  const vi = z.record(z.string(), z.string().min(1)).parse(JSON.parse(readFileSync(file, 'utf8')));
  return new Map(Object.entries(vi).map(([id, statement]) => [id, StatementTranslations.parse({ vi: statement })]));
}

export function buildStarter(paths: StarterPaths): StarterReport {
  const sources = readList(join(paths.inputDir, 'sources.json'), StarterSource).sort(byId);
  const facts = readList(join(paths.inputDir, 'facts.json'), StarterFact).sort(byId);
  const translations = readTranslations(paths.inputDir);
  const unknown = [...translations.keys()].filter((id) => !facts.some((f) => f.id === id));
  if (unknown.length > 0) throw new Error(`translations-vi.json: no such fact ${unknown.join(', ')}`);

  mkdirSync(dirname(paths.outFile), { recursive: true });
  const building = `${paths.outFile}.building`;
  for (const file of [building, `${building}-wal`, `${building}-shm`]) rmSync(file, { force: true });
  const db = openDatabase(building);
  let built = false;
  try {
    const now = () => starterTime;
    const texts = new Map<string, string>();
    const store = createFactStore(db, { now });
    store.immediate(() => {
      for (const { file, id, ...meta } of sources) {
        const text = readFileSync(join(paths.seedsDir, file), 'utf8');
        const { source } = importSource(db, { id, meta, text }, { now });
        if (source.id !== id) throw new Error(`source ${id}: its text is already stored as ${source.id}`);
        texts.set(id, text);
      }
      for (const { id, status, evidence, ...fields } of facts) {
        const quotes = evidence.map((e) => {
          const text = texts.get(e.source);
          if (text === undefined) throw new Error(`fact ${id}: unknown source ${e.source}`);
          try {
            return { sourceId: e.source, selector: selectorForUniqueQuote(text, e.exact) };
          } catch (error) {
            throw new Error(`fact ${id}, source ${e.source}: ${(error as Error).message}`, { cause: error });
          }
        });
        store.createFact({ id, fields, evidence: quotes, by: starterCurator, translations: translations.get(id) ?? {} });
        if (status === 'verified') store.verifyFact({ id, by: starterCurator });
        if (status === 'disputed') {
          store.disputeFact({ id, by: starterCurator, reason: fields.notes.trim() || 'the seed sources disagree on this' });
        }
      }
      // The sample notes a first-time user opens: they cite starter facts (issue 3 item 7, issue 4
      // item 11): the English note in the international profile, a Vietnamese Tờ trình in
      // Decree 30's (issue 14 item 5).
      for (const file of sampleNoteFiles(paths.inputDir)) insertNote(db, StoredNote.parse(JSON.parse(readFileSync(file, 'utf8'))));
      store.optimizeSearch();
    });
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
    built = true;
  } finally {
    db.close();
    // A failed build leaves nothing behind that could be mistaken for a store.
    if (!built) for (const file of [building, `${building}-wal`, `${building}-shm`]) rmSync(file, { force: true });
  }
  renameSync(building, paths.outFile);
  const sha256 = createHash('sha256').update(readFileSync(paths.outFile)).digest('hex');
  return { sources: sources.length, facts: facts.length, notes: sampleNoteFiles(paths.inputDir).length, sha256 };
}

export const sampleNoteNames = ['sample-note.json', 'sample-note-vi.json'];

function sampleNoteFiles(inputDir: string): string[] {
  return sampleNoteNames.map((name) => join(inputDir, name)).filter((file) => existsSync(file));
}

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = appRoot();
  const argv = process.argv.slice(2);
  const paths: StarterPaths = {
    inputDir: resolve(argument(argv, '--input') ?? join(root, 'scripts', 'starter')),
    seedsDir: resolve(argument(argv, '--seeds') ?? join(root, '..', 'shared', 'seeds')),
    outFile: resolve(argument(argv, '--out') ?? join(root, 'resources', 'starter', 'briefing.sqlite')),
  };
  if (!existsSync(join(paths.inputDir, 'facts.json'))) {
    process.stderr.write(`build-starter: no facts.json in ${paths.inputDir}\n`);
    process.exit(1);
  }
  const report = buildStarter(paths);
  process.stdout.write(`Wrote ${paths.outFile}: ${report.sources} sources, ${report.facts} facts, ${report.notes} note(s), sha256 ${report.sha256}\n`);
}
