import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import { importPack } from '../../../../electron/core/packs/import-pack';
import { packDigest } from '../../../../electron/core/packs/pack-digest';
import { sha256Of } from '../../../../electron/core/sources/source-store';
import { openEmptyStore, type EmptyStore } from '../../../support/empty-store';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';
import { rowCounts, storeFingerprint } from '../../../support/store-dump';

let a: StarterApp;
let b: EmptyStore;
let json: string;
let before: { counts: Record<string, number>; fingerprint: string };

beforeAll(async () => {
  a = openStarterApp();
  json = (await a.call('packs.export', { factIds: ['seed-004', 'seed-005', 'seed-011'] })).json;
  b = openEmptyStore();
  // B already holds one fact, so "unchanged" is not trivially "still empty".
  await importPack(b.db, (await a.call('packs.export', { factIds: ['seed-002'] })).json);
  before = { counts: rowCounts(b.db), fingerprint: storeFingerprint(b.db) };
});
afterAll(() => {
  a.close();
  b.close();
});

/** Every refusal is thrown while reading the pack, before anything is merged. */
function refusal(input: string | Uint8Array): ApiError {
  try {
    void importPack(b.db, input);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the pack was imported but should have been refused');
}

const withDigest = (pack: Record<string, unknown>) => JSON.stringify({ ...pack, digest: packDigest(pack) });

describe('a pack that cannot be trusted is refused and B is left exactly as it was', () => {
  beforeEach(() => {
    expect(rowCounts(b.db)).toEqual(before.counts);
  });

  it('refuses a pack whose statement was edited by one character', () => {
    const edited = json.replace('January 24, 2025', 'January 25, 2025');
    expect(edited).not.toBe(json);
    const error = refusal(edited);
    expect(error.code).toBe('refused');
    expect(error.message).toBe('This fact pack was changed or damaged after it was exported (its integrity checksum does not match); nothing was imported.');
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
  });

  it('refuses a pack whose source text was changed even when the digest was recomputed to match', () => {
    const pack = JSON.parse(json) as { sources: { id: string; text: string; meta: { title: string } }[] };
    const source = pack.sources.find((s) => s.id === 'src-vov-2026-01-14')!;
    source.text = source.text.replace('Resolution', 'Resolutions');
    const error = refusal(withDigest(pack));
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/^The text of source "Government leader calls .*" \(src-vov-2026-01-14\) in this fact pack does not match its sha256/);
    expect(error.message).toMatch(/nothing was imported\.$/);
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
  });

  it('refuses a pack whose source sha256 was replaced to match a changed text, because the digest then differs', () => {
    const pack = JSON.parse(json) as { sources: { text: string; sha256: string }[] };
    pack.sources[0]!.text += ' ';
    pack.sources[0]!.sha256 = sha256Of(pack.sources[0]!.text);
    expect(refusal(JSON.stringify(pack)).message).toMatch(/integrity checksum does not match/);
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
  });

  it('tells apart garbage, an empty file, plain text, other JSON and a pack from a newer app', () => {
    expect(refusal(randomBytes(4096).fill(0xff, 0, 1)).message).toBe('This file is not a fact pack: it is not UTF-8 text; nothing was imported.');
    expect(refusal(new Uint8Array()).message).toBe('The file is empty, so it is not a fact pack; nothing was imported.');
    expect(refusal('  \n').message).toBe('The file is empty, so it is not a fact pack; nothing was imported.');
    expect(refusal('PK\u0003\u0004 this is a zip, not a pack').message).toBe('This file is not a fact pack: it is not JSON; nothing was imported.');
    expect(refusal('{"notes": []}').message).toMatch(/^This file is not a Briefing Studio fact pack/);
    expect(refusal('[1, 2, 3]').message).toMatch(/^This file is not a Briefing Studio fact pack/);
    const deep = 200_000;
    expect(refusal(`{"format":"briefing-fact-pack","version":1,"digest":"x","facts":${'['.repeat(deep)}${']'.repeat(deep)}}`).message).toBe(
      'This fact pack is damaged (it is not plain JSON data); nothing was imported.',
    );
    const newer = { ...(JSON.parse(json) as Record<string, unknown>), version: 3 };
    expect(refusal(withDigest(newer)).message).toBe(
      'This fact pack was made by a newer version of Briefing Studio (pack version 3; this version reads up to 2). Update the app to import it; nothing was imported.',
    );
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
  });

  it('refuses a pack whose digest matches but whose content breaks the format, naming what is wrong', () => {
    const pack = JSON.parse(json) as { facts: { versions: { qualifier: string }[]; evidence: { sourceId: string }[] }[] };
    pack.facts[0]!.versions[0]!.qualifier = 'roughly';
    expect(refusal(withDigest(pack)).message).toMatch(/^This fact pack is damaged \(facts\.0\.versions\.0\.qualifier: /);
    const orphan = JSON.parse(json) as typeof pack;
    orphan.facts[0]!.evidence[0]!.sourceId = 'nowhere';
    expect(refusal(withDigest(orphan)).message).toMatch(/quotes source nowhere, which it does not carry/);
    expect(storeFingerprint(b.db)).toBe(before.fingerprint);
  });

  it('still imports the untouched pack afterwards', async () => {
    expect((await importPack(b.db, json)).added).toEqual(['seed-004', 'seed-005', 'seed-011']);
  });
});

describe('metadata arriving in a pack', () => {
  it('is cleaned of control characters and bidi overrides like a file\'s; the text is kept exactly', async () => {
    const fresh = openEmptyStore();
    try {
      const pack = JSON.parse(json) as { sources: { id: string; text: string; meta: { title: string } }[] };
      const source = pack.sources.find((s) => s.id === 'src-vov-2026-01-14')!;
      source.meta.title = 'Government\u202E leader\u0000 calls';
      await importPack(fresh.db, withDigest(pack));
      const stored = fresh.db.prepare("SELECT title, text FROM sources WHERE id = 'src-vov-2026-01-14'").get() as { title: string; text: string };
      expect(stored).toEqual({ title: 'Government leader calls', text: source.text });
      source.meta.title = '\u202E\u0001';
      expect(() => importPack(fresh.db, withDigest({ ...pack, facts: (JSON.parse(json) as { facts: unknown[] }).facts }))).toThrow(
        /^This fact pack is damaged: source src-vov-2026-01-14 has no title; nothing was imported\.$/,
      );
    } finally {
      fresh.close();
    }
  });
});
