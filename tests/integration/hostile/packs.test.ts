/**
 * Fact packs under the hostile corpus: a pack carrying facts whose every text field is a
 * hostile string travels from one store to another unchanged, and hostile pack files (not
 * JSON, garbage, deep nesting, prototype keys, traversal ids, a lying sha256) are refused
 * with a clear message, leaving the store exactly as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectorForUniqueQuote } from '../../../electron/core/facts/anchoring';
import { packDigest } from '../../../electron/core/packs/pack-digest';
import type { FactDetail } from '../../../shared/model';
import { garbageBytes } from '../../fixtures/hostile/files';
import { fit, shortHostileStrings } from '../../fixtures/hostile/strings';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { appendAndRetractPack } from '../../fixtures/hostile/packs';
import { openHostileStore, runCliCaptured, storeHealth, tableCounts, type HostileStore } from '../../support/hostile';
import { openStarterApp, type StarterApp } from '../../support/starter-services';
import { seedsDir, vovFile } from '../../support/temp-store';

let from: HostileStore;
let into: HostileStore;
let pack: Record<string, unknown>;
const sampleNoteId = 'sample-decision-note';
const created: FactDetail[] = [];

async function ok<T>(store: HostileStore, method: string, payload: unknown): Promise<T> {
  const envelope = await store.dispatch(method, payload);
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error).slice(0, 400)}`);
  return envelope.result as T;
}

const texts = [...shortHostileStrings, ...xssPayloads].filter((s) => s.value.trim() !== '');

beforeAll(async () => {
  from = openHostileStore('briefing-pack-from-');
  into = openHostileStore('briefing-pack-into-');
  const vov = readFileSync(join(seedsDir(), vovFile), 'utf8');
  const selector = selectorForUniqueQuote(vov, 'the highest level to date');
  for (const { value } of texts) {
    const fields = {
      statement: fit(value, 5000), metric: fit(value, 300), subject: fit(value, 300), valueLow: 1, valueHigh: null, unit: fit(value, 100),
      qualifier: null, period: '2025', claimant: fit(value, 300), topics: value.trim() ? [fit(value, 100)] : [], notes: value,
    };
    created.push(await ok<FactDetail>(from, 'facts.create', { fields, evidence: [{ sourceId: 'src-vov-2026-01-14', selector }], by: fit(value, 200) }));
  }
  const exported = await ok<{ json: string }>(from, 'packs.export', { factIds: created.map((f) => f.id) });
  pack = JSON.parse(exported.json) as Record<string, unknown>;
}, 120_000);
afterAll(() => {
  from.close();
  into.close();
});

describe('a pack of hostile facts', () => {
  it(`carries all ${texts.length} facts into another store unchanged`, async () => {
    const report = await ok<{ added: string[]; conflicts: unknown[] }>(into, 'packs.import', { json: JSON.stringify(pack) });
    expect(report.added.length).toBe(texts.length);
    expect(report.conflicts).toEqual([]);
    for (const original of created) {
      const copy = await ok<FactDetail>(into, 'facts.get', { id: original.id });
      for (const field of ['statement', 'metric', 'subject', 'unit', 'claimant', 'notes', 'topics'] as const) expect(copy[field]).toEqual(original[field]);
    }
    expect(storeHealth(into.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});

/** A pack edited by hand and given a digest that matches, so the checks behind the digest are reached. */
function resigned(edit: (p: Record<string, unknown>) => void): string {
  const copy = JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
  edit(copy);
  copy.digest = packDigest(copy);
  return JSON.stringify(copy);
}

type Facts = { id: string; versions: { factId: string }[]; evidence: { sourceId: string }[] }[];
type Sources = { id: string; text: string }[];

describe('hostile pack files', () => {
  const hostile: [string, () => string][] = [
    ['empty', () => ''],
    ['not JSON', () => '{"format": "briefing-fact-pack", '],
    ['binary garbage', () => Buffer.from(garbageBytes(4096)).toString('latin1')],
    ['JSON null', () => 'null'],
    ['JSON array', () => '[]'],
    ['nested 100,000 levels', () => '{"format":"briefing-fact-pack","version":1,"digest":"x","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'],
    ['edited after export', () => JSON.stringify({ ...pack, createdBy: 'someone else' })],
    ['newer version', () => JSON.stringify({ ...pack, version: 99 })],
    ['prototype keys', () => resigned((p) => Object.assign(p, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')))],
    ['fact id with path traversal', () => resigned((p) => { const f = (p.facts as Facts)[0]!; f.id = '../../etc/passwd'; })],
    ['fact id __proto__', () => resigned((p) => { const f = (p.facts as Facts)[0]!; f.id = '__proto__'; })],
    ['source text that does not match its sha256', () => resigned((p) => { const s = (p.sources as Sources)[0]!; s.text = `${s.text} (edited)`; })],
    ['evidence pointing at a missing source', () => resigned((p) => { (p.facts as Facts)[0]!.evidence[0]!.sourceId = '../../x'; })],
  ];

  it.each(hostile)('%s → refused with a clear message, the store unchanged', async (_name, json) => {
    const fresh = openHostileStore('briefing-pack-hostile-');
    try {
      const before = tableCounts(fresh.dataDir);
      const envelope = await fresh.dispatch('packs.import', { json: json() });
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(['refused', 'invalid_request']).toContain(envelope.error.code);
        expect(envelope.error.message).toMatch(/nothing was imported|not a|damaged|changed|newer|empty/i);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(tableCounts(fresh.dataDir)).toEqual(before);
      expect(storeHealth(fresh.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
    } finally {
      fresh.close();
    }
  });
});

describe('a pack that appends version 2 of a fact you hold, "by the Minister of Foreign Affairs", and retracts it in the starter set\'s name', () => {
  let app: StarterApp;
  let factId: string;
  let hostile: string;
  beforeAll(async () => {
    app = openStarterApp();
    const note = await app.call('notes.get', { id: sampleNoteId });
    factId = /"type":"fact"[^}]*?"factId":"([^"]+)"/.exec(JSON.stringify(note.content))?.[1] ?? '';
    expect(factId).toMatch(/^seed-/);
    hostile = appendAndRetractPack((await app.call('packs.export', { factIds: [factId] })).json, factId);
  });
  afterAll(() => app.close());

  it('changes no fact: the change waits for review, the names kept as the pack\'s claims, and the sample note still exports', async () => {
    const before = { fact: await app.call('facts.get', { id: factId }), check: await app.call('export.check', { noteId: sampleNoteId }) };
    expect(before.check.blocked).toBe(false);

    const report = await app.call('packs.import', { json: hostile, fileName: 'append-and-retract.json', by: 'Local Analyst' });
    expect(report).toMatchObject({ added: [], skipped: [], conflicts: [], toReview: [{ factId }] });
    expect(report.toReview[0]!.summary.join('\n')).toMatch(/new version 2 \(999\).*by “Minister of Foreign Affairs” \(as the pack claims\)/);
    expect(report.toReview[0]!.summary.join('\n')).toMatch(/retracted by “Briefing Studio starter set” \(as the pack claims\)/);

    const after = await app.call('facts.get', { id: factId });
    expect(after).toEqual(before.fact);
    expect(after).toMatchObject({ version: 1, status: before.fact.status, valueLow: before.fact.valueLow });
    expect(await app.call('export.check', { noteId: sampleNoteId })).toEqual(before.check);
    const exported = await app.call('export.docx', { noteId: sampleNoteId, style: 'chicago', confirmed: true });
    expect(exported.bytes).toBeGreaterThan(0);

    // What waits says where it came from: the file, its checksum, who imported it, and what the pack only claims.
    const { changes } = await app.call('packs.pendingChanges', {});
    expect(changes).toEqual([
      expect.objectContaining({ factId, fileName: 'append-and-retract.json', importedBy: 'Local Analyst', claimedBy: 'Minister of Foreign Affairs', decision: null }),
    ]);

    // Rejected, it stays rejected: the same file imported again asks nothing and changes nothing.
    await app.call('packs.rejectChange', { id: changes[0]!.id, by: 'Local Analyst' });
    expect(await app.call('packs.import', { json: hostile, fileName: 'append-and-retract.json' })).toMatchObject({ toReview: [], skipped: [factId] });
    expect(await app.call('facts.get', { id: factId })).toEqual(before.fact);
    expect(storeHealth(app.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });

  it('through the CLI: reported as to review with an integrity checksum (not as updated), listed by `facts changes`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-hostile-pack-cli-'));
    const file = join(dir, 'append-and-retract.json');
    writeFileSync(file, hostile);
    // A data folder of its own: the CLI copies the shipped starter store into it, as on a first run.
    const dataDir = join(dir, 'data');
    const cli = (...argv: string[]) => runCliCaptured([...argv, '--data-dir', dataDir]);
    try {
      const shown = await cli('facts', 'show', factId, '--json');
      expect(shown.code).toBe(0);
      const imported = await cli('facts', 'import', file);
      expect(imported).toMatchObject({ code: 0, stderr: '' });
      expect(imported.stdout).toMatch(/^0 added, 1 to review, 0 skipped, 0 in conflict/);
      expect(imported.stdout).toMatch(/integrity checksum [0-9a-f]{64} \(shows the file is whole; it does not prove who made it\)/);
      expect(imported.stdout).toMatch(new RegExp(`TO REVIEW ${factId} \\(change \\d+\\), not applied`));
      expect(imported.stdout).not.toMatch(/updated/);
      const listed = await cli('facts', 'changes');
      expect(listed.stdout).toMatch(/from append-and-retract\.json \(made by “Minister of Foreign Affairs”, as the pack claims; imported by /);
      const rejected = await cli('facts', 'reject', /change (\d+)/.exec(listed.stdout)![1]!);
      expect(rejected).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^Rejected change \\d+ to fact ${factId} \\(by `)) });
      expect(JSON.parse((await cli('facts', 'show', factId, '--json')).stdout)).toEqual(JSON.parse(shown.stdout));
      expect((await cli('facts', 'changes')).stdout).toBe('No changes from fact packs are waiting for review.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
