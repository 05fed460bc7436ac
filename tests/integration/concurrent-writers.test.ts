/**
 * Issue 13, break 4: with the app saving notes, 40 `briefing sources import` runs and a large
 * fact pack import on the same data directory must all succeed (deferred transactions used to
 * fail at once with "database is locked", despite busy_timeout). Every writer here uses an
 * immediate transaction, and the pack import works in short slices with a pause between them,
 * so nobody waits longer than busy_timeout.
 *
 * The note saves go through the app's own services and dispatcher, as the app does; the
 * imports are separate processes running the built command (out/cli), as a user would.
 * Pack size: BRIEFING_CONCURRENCY_PACK_FACTS (default 100,000, the size: about 32 s
 * of pack import on a quiet 2-core machine, during which all 40 imports run).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openAppServices, storeFileName, type AppServices } from '../../electron/core/app/services';
import { packDigest } from '../../electron/core/packs/pack-digest';
import { sha256Of } from '../../electron/core/sources/source-store';
import type { StoredNote } from '../../shared/note-format';
import { projectRoot } from '../support/host';

const packFacts = Number(process.env.BRIEFING_CONCURRENCY_PACK_FACTS ?? 100_000);
const cliImports = 40;
const cli = join(projectRoot, 'out/cli/index.mjs');

let dir: string;
let dataDir: string;
let services: AppServices;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** performance.now() when the process ended. */
  ended: number;
}

function runCli(args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args, '--json', '--data-dir', dataDir], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started, ended: performance.now() }));
  });
}

/** A valid pack of `n` new facts quoting one source, with a matching digest. */
function bigPack(n: number): string {
  const quote = 'the highest level to date';
  const text = `Disbursed foreign direct investment reached a record high, ${quote}.\n`;
  const start = text.indexOf(quote);
  const at = '2026-03-01T00:00:00.000Z';
  const facts = Array.from({ length: n }, (_, i) => {
    const id = `load-${i}`;
    return {
      id,
      versions: [
        {
          factId: id, version: 1, statement: `Load fact ${i}: indicator ${i % 997} rose ${i % 89} per cent in province ${i % 63}.`,
          metric: `indicator ${i}`, subject: `province ${i % 63}`, valueLow: i, valueHigh: null, unit: 'per cent', qualifier: null,
          period: String(2000 + (i % 26)), claimant: null, topics: [`topic ${i % 40}`], notes: '', reason: 'created', createdAt: at, createdBy: 'load test',
        },
      ],
      evidence: [{ id: `${id}.e1`, sourceId: 'load-source', exact: quote, prefix: '', suffix: '', start, end: start + quote.length, addedAt: at, addedBy: 'load test' }],
      statusHistory: [],
    };
  });
  const pack = {
    format: 'briefing-fact-pack', version: 1, createdAt: at, createdBy: 'load test',
    sources: [{ id: 'load-source', meta: { title: 'Load source', publisher: null, authors: [], published: null, url: null, accessed: null, language: 'en', reliability: 'press' }, text, sha256: sha256Of(text) }],
    facts,
  };
  return JSON.stringify({ ...pack, digest: packDigest(pack) });
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: npm run build (npm test does).');
  dir = mkdtempSync(join(tmpdir(), 'briefing-concurrent-'));
  dataDir = join(dir, 'data');
  services = openAppServices({ dataDir, resourcesDir: join(projectRoot, 'resources'), version: 'test', transport: 'electron' });
  writeFileSync(join(dir, 'pack.json'), bigPack(packFacts));
  for (let i = 0; i < cliImports; i++) writeFileSync(join(dir, `report-${i}.txt`), `Report ${i}\n\nProvince ${i} exported goods worth ${i * 7} million USD in 2025.\n`);
});

afterAll(() => {
  services?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('many writers on one store', () => {
  it(`app note saves, ${cliImports} CLI source imports and a ${packFacts.toLocaleString('en')}-fact pack import: no refusal, every write present`, async () => {
    const call = createDispatcher(services.handlers);
    const created = await call('notes.create', { templateId: 'information', title: 'Written during the imports' });
    if (!created.ok) throw new Error(created.error.message);
    let note = created.result as StoredNote;

    // The app autosaves while the user types: one save after another until the imports are done.
    let importing = true;
    const saves: { ok: boolean; error?: string; text: string }[] = [];
    const saving = (async () => {
      while (importing) {
        const text = `Paragraph typed during save ${saves.length + 1}.`;
        const content = { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [
          { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] },
        ] } };
        const saved = await call('notes.save', { id: note.id, metadata: note.metadata, content, baseUpdatedAt: note.updatedAt, snapshot: false });
        saves.push(saved.ok ? { ok: true, text } : { ok: false, error: `${saved.error.code}: ${saved.error.message}`, text });
        if (saved.ok) note = { ...note, updatedAt: (saved.result as { updatedAt: string }).updatedAt };
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const pack = runCli(['facts', 'import', join(dir, 'pack.json')]);
    // The source imports start once the pack import is writing, so they meet it on the store.
    const probe = new Database(join(dataDir, storeFileName), { readonly: true });
    const packFactIds = probe.prepare("SELECT count(*) FROM facts WHERE id LIKE 'load-%'").pluck();
    while ((packFactIds.get() as number) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const sources = await Promise.all(Array.from({ length: cliImports }, (_, i) => runCli(['sources', 'import', join(dir, `report-${i}.txt`)])));
    const packRun = await pack;
    probe.close();
    // They met: source imports finished while the pack import was still running.
    const metThePack = sources.filter((s) => s.ended < packRun.ended).length;
    importing = false;
    await saving;

    const refusals = [...sources, packRun].filter((r) => r.code !== 0).map((r) => r.stderr.trim());
    expect(refusals).toEqual([]);
    expect(saves.filter((s) => !s.ok)).toEqual([]);
    expect(saves.length).toBeGreaterThan(10);
    expect(metThePack).toBeGreaterThan(0);
    expect(JSON.parse(packRun.stdout)).toMatchObject({ conflicts: [], toReview: [] });
    expect(JSON.parse(packRun.stdout).added).toHaveLength(packFacts);

    const db = new Database(join(dataDir, storeFileName), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare("SELECT count(*) FROM facts WHERE id LIKE 'load-%'").pluck().get()).toBe(packFacts);
      expect(db.prepare("SELECT count(*) FROM fact_search WHERE fact_search MATCH 'load'").pluck().get()).toBe(packFacts);
      for (const [i, s] of sources.entries()) {
        const { imported } = JSON.parse(s.stdout) as { imported: { source: { id: string; sha256: string } }[] };
        expect(db.prepare('SELECT title FROM sources WHERE id = ? AND sha256 = ?').pluck().get(imported[0]!.source.id, imported[0]!.source.sha256)).toBe(`report-${i}`);
      }
      const stored = db.prepare('SELECT content_json FROM notes WHERE id = ?').pluck().get(note.id) as string;
      expect(stored).toContain(saves.at(-1)!.text);
    } finally {
      db.close();
    }
    console.log(
      `concurrent writers: pack of ${packFacts} facts imported in ${(packRun.ms / 1000).toFixed(1)} s; ${cliImports} source imports (${metThePack} done while it ran), median ${median(sources.map((s) => s.ms)).toFixed(0)} ms, slowest ${Math.max(...sources.map((s) => s.ms)).toFixed(0)} ms; ${saves.length} note saves`,
    );
  }, 600_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
