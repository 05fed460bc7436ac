import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStarter, starterCurator } from '../../../scripts/build-starter';
import { openDatabase } from '../../../electron/core/db/connection';
import { anchorQuote } from '../../../electron/core/facts/anchoring';
import { createFactStore } from '../../../electron/core/facts/fact-store';
import { listCorroborated, searchFacts } from '../../../electron/core/facts/fact-queries';
import { getSource, listSources, sha256Of } from '../../../electron/core/sources/source-store';
import { appRoot } from '../../../electron/core/paths';
import { seedsDir } from '../../support/temp-store';

const inputDir = join(appRoot(), 'tests', 'fixtures', 'starter-mini');
const dirs: string[] = [];
const outFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-starter-'));
  dirs.push(dir);
  return join(dir, 'starter', 'briefing.sqlite');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the starter store builder', () => {
  it('gives the same bytes twice, and ships no -wal file', () => {
    const [a, b] = [outFile(), outFile()];
    const first = buildStarter({ inputDir, seedsDir: seedsDir(), outFile: a });
    const second = buildStarter({ inputDir, seedsDir: seedsDir(), outFile: b });
    expect(first).toEqual({ sources: 2, facts: 3, notes: 0, sha256: second.sha256 });
    expect(createHash('sha256').update(readFileSync(a)).digest('hex')).toBe(first.sha256);
    expect(existsSync(`${a}-wal`)).toBe(false);
    expect(existsSync(`${a}.building`)).toBe(false);
    expect(readFileSync(a).subarray(18, 20)).toEqual(Buffer.from([1, 1])); // rollback journal, not WAL
  });

  it('stores each seed byte for byte and every quote verbatim, anchored where computed', () => {
    const file = outFile();
    buildStarter({ inputDir, seedsDir: seedsDir(), outFile: file });
    const db = openDatabase(file);
    try {
      for (const source of listSources(db)) {
        const stored = getSource(db, source.id);
        const seedFile = source.id.startsWith('src-vov') ? 'vov-2026-01-14-integration-conference.txt' : 'vns-2026-01-15-pm-urges-deeper-integration.txt';
        expect(Buffer.from(stored.text, 'utf8').equals(readFileSync(join(seedsDir(), seedFile)))).toBe(true);
        expect(stored.sha256).toBe(sha256Of(stored.text));
      }
      const facts = createFactStore(db);
      for (const id of ['mini-001', 'mini-002', 'mini-003']) {
        for (const e of facts.getFact(id).evidence) {
          expect(e.anchor).toBe('anchored');
          expect(anchorQuote(getSource(db, e.sourceId).text, e.selector).state).toBe('anchored');
        }
      }
      expect(facts.getFact('mini-001')).toMatchObject({ status: 'verified', verifiedBy: starterCurator, verifiedAt: '2026-02-01T00:00:00.000Z' });
      expect(facts.getFact('mini-003').status).toBe('unverified');
      // The engine finds the corroboration: two outlets report the FDI figure.
      expect(listCorroborated(db, 10).map((f) => f.id)).toEqual(['mini-001']);
      expect(searchFacts(db, { query: 'Chinh', limit: 10 }).results.map((f) => f.id)).toEqual(['mini-001']);
    } finally {
      db.close();
    }
  });

  it('refuses a quote that is not in its source, naming the fact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-starter-bad-'));
    dirs.push(dir);
    const facts = JSON.parse(readFileSync(join(inputDir, 'facts.json'), 'utf8')) as { evidence: { exact: string }[] }[];
    facts[0]!.evidence[0]!.exact = 'a sentence no seed contains';
    copyFileSync(join(inputDir, 'sources.json'), join(dir, 'sources.json'));
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts));
    expect(() => buildStarter({ inputDir: dir, seedsDir: seedsDir(), outFile: join(dir, 'out.sqlite') })).toThrow(/fact mini-002.*not found/);
    expect(existsSync(join(dir, 'out.sqlite'))).toBe(false);
    expect(existsSync(join(dir, 'out.sqlite.building'))).toBe(false);
  });
});

describe('the shipped starter store (resources/starter/briefing.sqlite)', () => {
  it('is exactly what the builder makes from the seeds today (never stale), with the two sample notes', () => {
    const shipped = join(appRoot(), 'resources', 'starter', 'briefing.sqlite');
    const fresh = outFile();
    const report = buildStarter({ inputDir: join(appRoot(), 'scripts', 'starter'), seedsDir: seedsDir(), outFile: fresh });
    // The English sample note and the Vietnamese Tờ trình (issue 14).
    expect(report.notes).toBe(2);
    expect(report.facts).toBeGreaterThanOrEqual(40);
    expect(createHash('sha256').update(readFileSync(shipped)).digest('hex'), 'run `npm run build:starter` and commit the result').toBe(report.sha256);
  });
});
