import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDigest } from '../../../../electron/core/packs/pack-digest';
import { fieldsOf } from '../../../support/fact-fields';
import { openEmptyStore, type EmptyStore } from '../../../support/empty-store';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';
import { importPack } from '../../../../electron/core/packs/import-pack';

let app: StarterApp;
beforeAll(() => {
  app = openStarterApp();
});
afterAll(() => app.close());

// seed-023 has no Vietnamese statement in the starter set.
const vi = 'Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO) năm 2007.';

describe('a fact statement in another language', () => {
  it('is a new version by its translator, needs verifying again, and leaves the quotes and the old version untouched', async () => {
    const before = await app.call('facts.get', { id: 'seed-023' });
    expect(before.status).toBe('verified');
    const after = await app.call('facts.translate', { id: 'seed-023', language: 'vi', statement: vi, by: 'Lan' });
    expect(after.version).toBe(before.version + 1);
    expect(after.translations).toEqual({ vi });
    expect(after.language).toBe('en');
    expect(after.statement).toBe(before.statement);
    expect(after.versions.at(-1)).toMatchObject({ reason: 'translation', createdBy: 'Lan', translations: { vi } });
    expect(after.status).toBe('unverified');
    expect(after.evidence.map((e) => e.selector.exact)).toEqual(before.evidence.map((e) => e.selector.exact));
    expect((await app.call('facts.get', { id: 'seed-023', version: before.version })).translations).toEqual({});
    // Found by its Vietnamese words, typed with or without diacritics.
    const ids = async (query: string) => (await app.call('facts.search', { query })).results.map((f) => f.id);
    expect(await ids('Tổ chức Thương mại Thế giới')).toContain('seed-023');
    expect(await ids('to chuc thuong mai the gioi')).toContain('seed-023');
  });

  it('is kept by a revision that keeps the statement and dropped by one that rewrites it', async () => {
    const current = await app.call('facts.get', { id: 'seed-023' });
    const fields = fieldsOf(current);
    const kept = await app.call('facts.revise', { id: 'seed-023', fields: { ...fields, notes: 'checked the date' }, reason: 'notes', by: 'Lan' });
    expect(kept.translations).toEqual({ vi });
    const dropped = await app.call('facts.revise', { id: 'seed-023', fields: { ...fields, statement: `${fields.statement} (revised)` }, reason: 'reworded', by: 'Lan' });
    expect(dropped.translations).toEqual({});
  });

  it('refuses a translation into the statement\'s own language', async () => {
    const error = await app.refusal('facts.translate', { id: 'seed-005', language: 'en', statement: 'x', by: 'Lan' });
    expect(error.code).toBe('invalid_request');
  });
});

describe('fact packs and languages', () => {
  let other: EmptyStore;
  beforeAll(() => {
    other = openEmptyStore();
  });
  afterAll(() => other.close());

  it('carry translations to another store (pack version 2) and still read a version 1 pack as English', async () => {
    await app.call('facts.translate', { id: 'seed-011', language: 'vi', statement: 'Bản dịch thử.', by: 'Lan' });
    const { json } = await app.call('packs.export', { factIds: ['seed-011'] });
    expect(JSON.parse(json)).toMatchObject({ version: 2 });
    importPack(other.db, json);
    const translated = other.db.prepare("SELECT translations FROM fact_versions WHERE fact_id = 'seed-011' ORDER BY version DESC LIMIT 1").pluck().get();
    expect(JSON.parse(translated as string)).toEqual({ vi: 'Bản dịch thử.' });

    const old = JSON.parse((await app.call('packs.export', { factIds: ['seed-002'] })).json) as Record<string, unknown> & {
      facts: { versions: Record<string, unknown>[] }[];
    };
    delete old.digest;
    old.version = 1;
    for (const f of old.facts) for (const v of f.versions) {
      delete v.language;
      delete v.translations;
    }
    importPack(other.db, JSON.stringify({ ...old, digest: packDigest(old) }));
    expect(other.db.prepare("SELECT language, translations FROM fact_versions WHERE fact_id = 'seed-002'").get()).toEqual({ language: 'en', translations: '{}' });
  });
});
