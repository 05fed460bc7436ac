/**
 * The real starter set (scripts/starter/*.json, authored on its own branch): runs once those
 * files are in the tree. The mini fixture covers the builder itself in tests/unit/scripts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { anchorQuote } from '../../electron/core/facts/anchoring';
import { listConflicts, listCorroborated, searchFacts } from '../../electron/core/facts/fact-queries';
import { createFactStore } from '../../electron/core/facts/fact-store';
import { appRoot } from '../../electron/core/paths';
import { getSource } from '../../electron/core/sources/source-store';
import { buildStarter } from '../../scripts/build-starter';
import { seedsDir } from '../support/temp-store';

const inputDir = process.env.BRIEFING_STARTER_INPUT ?? join(appRoot(), 'scripts', 'starter');
const present = existsSync(join(inputDir, 'facts.json')) && existsSync(join(inputDir, 'sources.json'));
const dir = mkdtempSync(join(tmpdir(), 'briefing-starter-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!present)('the shipped starter store', () => {
  it('builds the same bytes twice', () => {
    const a = buildStarter({ inputDir, seedsDir: seedsDir(), outFile: join(dir, 'a.sqlite') });
    const b = buildStarter({ inputDir, seedsDir: seedsDir(), outFile: join(dir, 'b.sqlite') });
    expect(a.sha256).toBe(b.sha256);
    expect(a.facts).toBeGreaterThanOrEqual(40);
  });

  it('finds every quote of every fact verbatim in its source, and the engine finds agreements and disagreements', () => {
    const db = openDatabase(join(dir, 'a.sqlite'), { readonly: true });
    try {
      const facts = createFactStore(db);
      const all = searchFacts(db, { query: '', limit: 200 });
      expect(all.total).toBe(all.results.length);
      for (const summary of all.results) {
        for (const e of facts.getFact(summary.id).evidence) {
          const text = getSource(db, e.sourceId).text;
          expect(text.slice(e.selector.start, e.selector.end)).toBe(e.selector.exact);
          expect(anchorQuote(text, e.selector).state).toBe('anchored');
        }
      }
      expect(listCorroborated(db, 200).length).toBeGreaterThan(0);
      for (const group of listConflicts(db)) {
        expect(new Set(group.facts.map((f) => `${f.valueLow}~${f.valueHigh ?? f.valueLow}`)).size).toBeGreaterThan(1);
      }
      expect(listConflicts(db).length).toBeGreaterThan(0);
      expect(searchFacts(db, { query: 'Chinh', limit: 10 }).total).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
