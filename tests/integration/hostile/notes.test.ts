/**
 * Hostile strings in every note field: title, each metadata field, text nodes, headings and
 * fact chip text. Each is saved, read back and listed; what comes back is exactly what was
 * sent, under the documented rule (electron/core/notes/clean.ts): lone surrogates become
 * U+FFFD everywhere, one-line metadata is cleaned like source metadata (cleanLine), the body
 * is kept as typed. The library agrees with the editor's copy and the store stays intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../shared/contract/notes';
import type { NoteMetadata, StoredNote } from '../../../shared/note-format';
import { cleanLine } from '../../../shared/clean-text';
import { storedText, storedTextDeep } from '../../../shared/stored-text';
import { fit, hostileStrings } from '../../fixtures/hostile/strings';
import { xssPayloads } from '../../fixtures/hostile/xss';
import { tenMegabytePaste } from '../../fixtures/hostile/files';
import { content, fact, heading, paragraph, text } from '../../support/note-content';
import { openHostileStore, storeHealth, type HostileStore } from '../../support/hostile';

let store: HostileStore;
beforeAll(() => (store = openHostileStore()));
afterAll(() => store.close());

async function ok<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await store.dispatch(method, payload);
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error).slice(0, 400)}`);
  return envelope.result as T;
}

const metadataLimits: Record<Exclude<keyof NoteMetadata, 'language'>, number> = {
  title: 500, classification: 100, trackingNumber: 100, date: 40, to: 500, through: 500, from: 500,
  type: 100, drafter: 200, contact: 200, approvers: 1000, consultations: 2000, profileId: 100,
  place: 200, urgency: 100, signerTitle: 500, signerName: 200, recipients: 2000,
};

function hostileMetadata(value: string): NoteMetadata {
  return {
    ...(Object.fromEntries(Object.entries(metadataLimits).map(([key, max]) => [key, fit(value, max)])) as Omit<NoteMetadata, 'language'>),
    language: 'en',
  };
}

const oneLine = new Set(['title', 'classification', 'trackingNumber', 'date', 'type', 'drafter', 'contact']);
const expectedMetadata = (sent: NoteMetadata) =>
  Object.fromEntries(Object.entries(sent).map(([key, value]) => [key, oneLine.has(key) ? cleanLine(storedText(value)) : storedText(value)]));

const cases = [...hostileStrings, ...xssPayloads];

describe('a note with a hostile string in every field', () => {
  it.each(cases.map((s) => [s.name, s.value] as const))('%s', async (_name, value) => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'decision', title: fit(value, 500) });
    const metadata = hostileMetadata(value);
    const body = content(heading(value), paragraph(text(value), fact('mini-001', value), text(value, 1)), paragraph(fact('mini-002', fit(value, 300))));
    await ok('notes.save', { id: created.id, metadata, content: body, baseUpdatedAt: created.updatedAt, snapshot: true });

    const reopened = await ok<StoredNote>('notes.get', { id: created.id, markOpened: true });
    expect(reopened.metadata).toEqual(expectedMetadata(metadata));
    expect(created.metadata.title).toBe(cleanLine(storedText(fit(value, 500))) || created.metadata.title);
    expect(reopened.content).toEqual(storedTextDeep(body));

    // The library's copy of the title (its own column) is the same characters as the note's.
    const { notes } = await ok<{ notes: NoteSummary[] }>('notes.list', { query: '', limit: 1000 });
    const listed = notes.find((n) => n.id === created.id);
    expect(listed?.title).toBe(reopened.metadata.title);
    expect(listed?.classification).toBe(reopened.metadata.classification);

    // Searching the library by this string and renaming to it are ordinary operations.
    await ok('notes.list', { query: fit(value, 500) });
    const renameTo = cleanLine(storedText(fit(value, 500)));
    if (renameTo.length > 0) {
      const renamed = await ok<NoteSummary>('notes.rename', { id: created.id, title: fit(value, 500) });
      expect(renamed.title).toBe(renameTo);
      expect((await ok<StoredNote>('notes.get', { id: created.id })).metadata.title).toBe(renameTo);
    } else {
      const refused = await store.dispatch('notes.rename', { id: created.id, title: fit(value, 500) });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('invalid_request');
    }
    const history = await ok<{ versions: { version: number; title: string }[] }>('notes.history', { id: created.id });
    expect(history.versions[0]?.title).toBe(reopened.metadata.title);
  });

  it('a 10 MB paste is saved and read back whole', async () => {
    const paste = tenMegabytePaste();
    const created = await ok<StoredNote>('notes.create', { templateId: 'information', title: '10 MB paste' });
    const metadata = { ...created.metadata };
    await ok('notes.save', { id: created.id, metadata, content: content(paragraph(text(paste))), baseUpdatedAt: created.updatedAt, snapshot: false });
    const reopened = await ok<StoredNote>('notes.get', { id: created.id });
    const stored = reopened.content.root.children[0]!.children![0]!.text as string;
    expect(stored.length).toBe(paste.length);
    expect(stored === paste).toBe(true);
  });

  it('duplicating a note whose title fills the limit with emoji never splits one in half', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'decision', title: 'a' + '😀'.repeat(249) });
    const copy = await ok<StoredNote>('notes.duplicate', { id: created.id });
    expect(copy.metadata.title).toMatch(/^Copy of a(😀)+$/u);
    const { notes } = await ok<{ notes: NoteSummary[] }>('notes.list', { query: '', limit: 1000 });
    expect(notes.find((n) => n.id === copy.id)?.title).toBe(copy.metadata.title);
  });

  it('metadata over its length limit is refused with the field named, and nothing is written', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'decision' });
    const envelope = await store.dispatch('notes.save', {
      id: created.id, metadata: { ...created.metadata, drafter: 'x'.repeat(10_000) }, content: created.content, baseUpdatedAt: created.updatedAt,
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.issues?.map((i) => i.path)).toContain('metadata.drafter');
    expect((await ok<StoredNote>('notes.get', { id: created.id })).updatedAt).toBe(created.updatedAt);
  });

  it('content nested 10,000 levels deep (a pasted deeply nested page) is refused clearly, not a crash', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'decision' });
    let node = paragraph(text('deep text'));
    for (let i = 0; i < 10_000; i++) node = { type: 'quote', version: 1, children: [node] };
    const envelope = await store.dispatch('notes.save', { id: created.id, metadata: created.metadata, content: content(node), baseUpdatedAt: null });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/nested more than 256 levels deep/) });
    expect((await ok<StoredNote>('notes.get', { id: created.id })).updatedAt).toBe(created.updatedAt);
  });

  it('prototype keys inside note content stay plain data', async () => {
    const created = await ok<StoredNote>('notes.create', { templateId: 'decision' });
    const hostileNode = JSON.parse('{"type":"paragraph","version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"children":[]}') as never;
    await ok('notes.save', { id: created.id, metadata: created.metadata, content: content(hostileNode), baseUpdatedAt: null });
    const reopened = await ok<StoredNote>('notes.get', { id: created.id });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((reopened.content.root.children[0] as Record<string, unknown>).polluted).toBeUndefined();
    expect(reopened.content.root.children[0]).toMatchObject({ type: 'paragraph', children: [] });
  });
});

describe('the store after every hostile note', () => {
  it('passes integrity_check and foreign_key_check', () => {
    expect(storeHealth(store.dataDir)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
  });
});
