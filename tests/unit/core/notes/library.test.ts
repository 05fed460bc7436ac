import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import type { NoteMetadata } from '../../../../shared/note-format';
import { autosaveSnapshotEvery } from '../../../../electron/core/notes/library';
import { content, fact, heading, paragraph, text } from '../../../support/note-content';
import { manualClock, openNotesApi, type NotesApi } from '../../../support/notes';

let api: NotesApi;
afterEach(() => api?.close());

const meta = (over: Partial<NoteMetadata> = {}): NoteMetadata => ({
  title: 'Flood recovery funding',
  classification: 'UNCLASSIFIED',
  trackingNumber: '',
  date: '',
  to: '',
  through: '',
  from: '',
  type: 'For decision',
  drafter: '',
  contact: '',
  approvers: '',
  consultations: '',
  language: 'en',
  profileId: '',
  ...over,
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('notes library', () => {
  it('lists the three templates and the classification markings', async () => {
    api = openNotesApi();
    const { templates, classifications } = await api.call('notes.templates', {});
    expect(templates.map((t) => t.name)).toEqual(['Decision note', 'Information note', 'Meeting/event brief']);
    expect(templates[0]!.sections).toContain('Recommendation');
    expect(classifications).toContain('PROTECTED B');
  });

  it('creates a note from a template that opens with its sections and an unchosen classification', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'decision' });
    expect(note.metadata.title).toBe('Untitled decision note');
    expect(note.metadata.type).toBe('For decision');
    expect(note.metadata.classification).toBe('');
    const headings = note.content.root.children.filter((n) => n.type === 'heading');
    expect(headings).toHaveLength(8);

    const opened = await api.call('notes.get', { id: note.id });
    expect(opened).toEqual(note);
    const { notes } = await api.call('notes.list', {});
    // The ten words of the eight section headings.
    expect(notes.map((n) => [n.title, n.templateId, n.wordCount])).toEqual([['Untitled decision note', 'decision', 10]]);
    expect((await api.call('app.info', {})).counts.notes).toBe(1);
  });

  it('uses the title given at creation', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'meeting', title: 'Visit of the premier' });
    expect(note.metadata.title).toBe('Visit of the premier');
    expect(note.metadata.type).toBe('Event');
  });

  it('saves text and fact chips, counting words (chip text included) and citations', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'information' });
    const body = content(
      heading('Purpose'),
      paragraph(text('Unemployment fell to '), fact('F-1', '5.1 per cent'), text(' in March.')),
      paragraph(fact('F-2', 'Exports rose'), text(' '), fact('F-1', '5.1 per cent')),
    );
    const saved = await api.call('notes.save', { id: note.id, metadata: meta(), content: body, baseUpdatedAt: note.updatedAt });
    expect(saved.updatedAt > note.updatedAt).toBe(true);

    const reopened = await api.call('notes.get', { id: note.id });
    expect(reopened.content).toEqual(body);
    expect(reopened.metadata.title).toBe('Flood recovery funding');
    expect(reopened.updatedAt).toBe(saved.updatedAt);
    const [summary] = (await api.call('notes.list', {})).notes;
    // Purpose(1) + Unemployment fell to 5.1 per cent in March.(8) + Exports rose 5.1 per cent(5)
    expect(summary).toMatchObject({ title: 'Flood recovery funding', classification: 'UNCLASSIFIED', wordCount: 14, citationCount: 3 });
  });

  it('refuses a fact chip without a fact id, naming where it is, and keeps the note as it was', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'information' });
    const broken = content(paragraph(text('See '), { type: 'fact', version: 1, factVersion: 1, text: 'x' }));
    const failure = await api.failure('notes.save', { id: note.id, metadata: meta(), content: broken, baseUpdatedAt: null });
    expect(failure.error.code).toBe('invalid_request');
    expect(failure.error.issues?.map((i) => i.path)).toEqual(['content.root.children.0.children.1.factId']);
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(note.content);
  });

  it('refuses a save made on top of an older copy (conflict) and keeps the newer text', async () => {
    const time = manualClock();
    api = openNotesApi(time.clock);
    const note = await api.call('notes.create', { templateId: 'decision' });
    // Two windows opened the same version; the clock stands still, so both saves share a millisecond.
    const first = await api.call('notes.save', {
      id: note.id,
      metadata: meta(),
      content: content(paragraph(text('from window A'))),
      baseUpdatedAt: note.updatedAt,
    });
    const error = await rejection(
      api.call('notes.save', { id: note.id, metadata: meta(), content: content(paragraph(text('from window B'))), baseUpdatedAt: note.updatedAt }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/saved elsewhere/);
    const stored = await api.call('notes.get', { id: note.id });
    expect(stored.content).toEqual(content(paragraph(text('from window A'))));
    expect(stored.updatedAt).toBe(first.updatedAt);
    // Window A carries on from its own save.
    await api.call('notes.save', { id: note.id, metadata: meta(), content: content(paragraph(text('A again'))), baseUpdatedAt: first.updatedAt });
  });

  it('keeps history: explicit saves always, autosaves at most every five minutes', async () => {
    const time = manualClock();
    api = openNotesApi(time.clock);
    const note = await api.call('notes.create', { templateId: 'information' });
    const save = async (words: string, snapshot: boolean, base: string) =>
      api.call('notes.save', { id: note.id, metadata: meta(), content: content(paragraph(text(words))), baseUpdatedAt: base, snapshot });

    const a = await save('first autosave', false, note.updatedAt);
    expect(a.version).toBe(1); // a note without history gets its first entry at once
    time.advance(60_000);
    const b = await save('second autosave', false, a.updatedAt);
    expect(b.version).toBeNull();
    time.advance(1_000);
    const c = await save('explicit save', true, b.updatedAt);
    expect(c.version).toBe(2);
    time.advance(autosaveSnapshotEvery - 1);
    const d = await save('autosave just under five minutes later', false, c.updatedAt);
    expect(d.version).toBeNull();
    time.advance(1);
    const e = await save('autosave five minutes later', false, d.updatedAt);
    expect(e.version).toBe(3);

    const { versions } = await api.call('notes.history', { id: note.id });
    expect(versions.map((v) => [v.version, v.wordCount])).toEqual([
      [3, 4],
      [2, 2],
      [1, 2],
    ]);
    expect(versions[0]!.savedAt).toBe(e.updatedAt);
  });

  it('restores an earlier version, keeping the current text in history first', async () => {
    const time = manualClock();
    api = openNotesApi(time.clock);
    const note = await api.call('notes.create', { templateId: 'information' });
    const v1 = await api.call('notes.save', {
      id: note.id,
      metadata: meta({ title: 'Draft one' }),
      content: content(paragraph(text('The first draft'))),
      baseUpdatedAt: note.updatedAt,
      snapshot: true,
    });
    time.advance(1_000);
    const later = await api.call('notes.save', {
      id: note.id,
      metadata: meta({ title: 'Draft two' }),
      content: content(paragraph(text('The second draft, not yet in history'))),
      baseUpdatedAt: v1.updatedAt,
    });
    expect(later.version).toBeNull();

    time.advance(1_000);
    const restored = await api.call('notes.restoreVersion', { id: note.id, version: 1 });
    expect(restored.content).toEqual(content(paragraph(text('The first draft'))));
    expect(restored.metadata.title).toBe('Draft one');
    expect(restored.updatedAt > later.updatedAt).toBe(true);
    expect((await api.call('notes.list', { query: 'draft one' })).notes).toHaveLength(1);

    const { versions } = await api.call('notes.history', { id: note.id });
    expect(versions.map((v) => [v.version, v.title])).toEqual([
      [2, 'Draft two'],
      [1, 'Draft one'],
    ]);
    // And back again: the second draft was not lost.
    const back = await api.call('notes.restoreVersion', { id: note.id, version: 2 });
    expect(back.content).toEqual(content(paragraph(text('The second draft, not yet in history'))));

    expect((await rejection(api.call('notes.restoreVersion', { id: note.id, version: 99 }))).code).toBe('not_found');
  });

  it('renames a note in the library and in its metadata', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'decision' });
    const renamed = await api.call('notes.rename', { id: note.id, title: '  Housing starts  ' });
    expect(renamed.title).toBe('Housing starts');
    expect(renamed.updatedAt > note.updatedAt).toBe(true);
    const reopened = await api.call('notes.get', { id: note.id });
    expect(reopened.metadata.title).toBe('Housing starts');
    expect(reopened.content).toEqual(note.content);
    expect((await api.call('notes.list', { query: 'housing' })).notes.map((n) => n.id)).toEqual([note.id]);
    expect((await api.call('notes.list', { query: 'untitled' })).notes).toEqual([]);
    expect((await api.failure('notes.rename', { id: note.id, title: '   ' })).error.issues?.[0]?.path).toBe('title');
  });

  it('duplicates a note as "Copy of …" without touching the original', async () => {
    api = openNotesApi();
    const note = await api.call('notes.create', { templateId: 'information', title: 'Drought outlook' });
    await api.call('notes.save', {
      id: note.id,
      metadata: meta({ title: 'Drought outlook' }),
      content: content(paragraph(fact('F-9', 'Rainfall 40% below normal'))),
      baseUpdatedAt: note.updatedAt,
    });
    const copy = await api.call('notes.duplicate', { id: note.id });
    expect(copy.id).not.toBe(note.id);
    expect(copy.metadata.title).toBe('Copy of Drought outlook');
    expect(copy.content).toEqual(content(paragraph(fact('F-9', 'Rainfall 40% below normal'))));
    const titles = (await api.call('notes.list', {})).notes.map((n) => n.title).sort();
    expect(titles).toEqual(['Copy of Drought outlook', 'Drought outlook']);
    expect((await api.call('notes.list', { query: 'copy' })).notes[0]!.citationCount).toBe(1);
  });

  it('moves notes to the trash and back', async () => {
    api = openNotesApi();
    const keep = await api.call('notes.create', { templateId: 'information', title: 'Keep me' });
    const bin = await api.call('notes.create', { templateId: 'information', title: 'Throw me away' });
    await api.call('notes.get', { id: bin.id, markOpened: true });

    const trashed = await api.call('notes.trash', { id: bin.id });
    expect(trashed.deletedAt).not.toBeNull();
    expect((await api.call('notes.list', {})).notes.map((n) => n.title)).toEqual(['Keep me']);
    expect((await api.call('notes.list', { trash: true })).notes.map((n) => n.title)).toEqual(['Throw me away']);
    expect((await api.call('notes.list', { trash: true, query: 'keep' })).notes).toEqual([]);
    expect((await api.call('notes.recent', {})).notes).toEqual([]);
    expect((await api.call('app.info', {})).counts.notes).toBe(1);
    // A trashed note can still be opened (to look at it before restoring).
    expect((await api.call('notes.get', { id: bin.id })).metadata.title).toBe('Throw me away');

    const restored = await api.call('notes.restore', { id: bin.id });
    expect(restored.deletedAt).toBeNull();
    expect((await api.call('notes.list', {})).notes.map((n) => n.title).sort()).toEqual(['Keep me', 'Throw me away']);
    expect((await api.call('notes.list', { trash: true })).notes).toEqual([]);
    expect(keep.id).toBeTruthy();
  });

  it('lists recent notes by when they were last opened, not saved', async () => {
    const time = manualClock();
    api = openNotesApi(time.clock);
    const a = await api.call('notes.create', { templateId: 'information', title: 'A' });
    const b = await api.call('notes.create', { templateId: 'information', title: 'B' });
    await api.call('notes.create', { templateId: 'information', title: 'Never opened' });
    await api.call('notes.get', { id: b.id, markOpened: true });
    time.advance(1000);
    await api.call('notes.get', { id: a.id, markOpened: true });
    time.advance(1000);
    await api.call('notes.get', { id: b.id }); // a look without markOpened does not count
    expect((await api.call('notes.recent', {})).notes.map((n) => n.title)).toEqual(['A', 'B']);
    expect((await api.call('notes.recent', { limit: 1 })).notes.map((n) => n.title)).toEqual(['A']);
    const [opened] = (await api.call('notes.recent', {})).notes;
    expect(opened!.openedAt).toBe('2026-03-02T09:00:01.000Z');
  });

  it('finds notes by title whatever the case and accents', async () => {
    api = openNotesApi();
    for (const title of ['Phạm Minh Chính visit', 'Visit to Montréal', 'Đà Nẵng port', 'Budget "quotes"']) {
      await api.call('notes.create', { templateId: 'meeting', title });
    }
    const find = async (query: string) => (await api.call('notes.list', { query })).notes.map((n) => n.title);
    expect(await find('Chinh')).toEqual(['Phạm Minh Chính visit']);
    expect(await find('CHÍNH')).toEqual(['Phạm Minh Chính visit']);
    expect(await find('minh chinh')).toEqual(['Phạm Minh Chính visit']);
    expect(await find('montreal')).toEqual(['Visit to Montréal']);
    expect(await find('da nang')).toEqual(['Đà Nẵng port']);
    expect((await find('visit')).sort()).toEqual(['Phạm Minh Chính visit', 'Visit to Montréal']);
    expect(await find('ph')).toEqual(['Phạm Minh Chính visit']); // shorter than the index's trigrams
    expect(await find('"quotes"')).toEqual(['Budget "quotes"']);
    expect(await find('NOT OR *')).toEqual([]);
    expect(await find('nothing like it')).toEqual([]);
  });

  it('answers not_found for unknown notes', async () => {
    api = openNotesApi();
    const id = 'no-such-note';
    const calls = [
      api.call('notes.get', { id }),
      api.call('notes.save', { id, metadata: meta(), content: content(), baseUpdatedAt: null }),
      api.call('notes.rename', { id, title: 'x' }),
      api.call('notes.duplicate', { id }),
      api.call('notes.trash', { id }),
      api.call('notes.restore', { id }),
      api.call('notes.history', { id }),
      api.call('notes.restoreVersion', { id, version: 1 }),
    ];
    for (const call of calls) {
      const error = await rejection(call);
      expect(error.code).toBe('not_found');
      expect(error.message).toContain(id);
    }
  });
});
