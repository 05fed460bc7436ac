/**
 * Puts the benchmark's long note, its 200 facts and 25 sources into a real data directory, so
 * the export benchmark can time the real `briefing export` command on it. Each source's text
 * holds the verbatim quotes of the facts that cite it; every fact is created and verified
 * through the fact engine, as a curator's would be.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { selectorForUniqueQuote } from '../../electron/core/facts/anchoring';
import { createFactStore } from '../../electron/core/facts/fact-store';
import { insertNote } from '../../electron/core/notes/library';
import { importSource } from '../../electron/core/sources/import-source';
import type { CitedSource } from '../../shared/citations';
import type { LongNote } from './long-note';

export function writeLongNoteStore(dataDir: string, { note, facts }: LongNote): void {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, 'briefing.sqlite'));
  try {
    db.transaction(() => {
      const quotesBySource = new Map<string, string[]>();
      const sourceMeta = new Map<string, CitedSource>();
      for (const fact of facts.values()) {
        for (const source of fact.sources) {
          sourceMeta.set(source.id!, source);
          quotesBySource.set(source.id!, [...(quotesBySource.get(source.id!) ?? []), fact.quote!]);
        }
      }
      const texts = new Map<string, string>();
      for (const [id, source] of sourceMeta) {
        const text = `${source.title}\n\n${quotesBySource.get(id)!.join('\n\n')}\n`;
        texts.set(id, text);
        importSource(db, {
          id,
          text,
          meta: { title: source.title, publisher: source.publisher, authors: source.authors, published: source.published, url: source.url, accessed: null, language: 'en', reliability: 'press' },
        });
      }
      const store = createFactStore(db);
      let i = 0;
      for (const [id, fact] of facts) {
        store.createFact({
          id,
          by: 'benchmark',
          fields: { statement: fact.statement, metric: `indicator ${i++}`, subject: 'Viet Nam', valueLow: null, valueHigh: null, unit: null, qualifier: null, period: '2025', claimant: null, topics: ['trade'], notes: '' },
          evidence: fact.sources.map((s) => ({ sourceId: s.id!, selector: selectorForUniqueQuote(texts.get(s.id!)!, fact.quote!) })),
        });
        store.verifyFact({ id, by: 'benchmark' });
      }
      insertNote(db, note);
    }).immediate();
  } finally {
    db.close();
  }
}
