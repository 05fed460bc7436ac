import { afterEach, describe, expect, it } from 'vitest';
import { noteFormatVersion, type StoredNote } from '../../../../shared/note-format';
import { ApiError } from '../../../../shared/errors';
import { buildTemplateContent, defaultMetadata } from '../../../../shared/templates';
import { insertNote, upgradeNote } from '../../../../electron/core/notes/index';
import { content, fact, paragraph, text } from '../../../support/note-content';
import { openNotesApi, type NotesApi } from '../../../support/notes';

let api: NotesApi;
afterEach(() => api?.close());

/** A note as format 0 stored it: bare root, metadata with only what the user typed. */
const v0 = {
  id: 'old-1',
  templateId: 'decision',
  formatVersion: 0,
  metadata: { title: 'Ferry service review', drafter: 'J. Tremblay' },
  content: { type: 'root', children: [paragraph(text('Written long ago'))], direction: 'ltr', format: '', indent: 0, version: 1 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
};

function insertRow(api: NotesApi, row: { id: string; format: number; metadata: unknown; content: unknown }) {
  api.services.db
    .prepare(
      `INSERT INTO notes (id, template_id, title, title_key, metadata_json, content_json, format_version, created_at, updated_at)
       VALUES (?, 'decision', 'Stored title', 'stored title', ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    )
    .run(row.id, JSON.stringify(row.metadata), JSON.stringify(row.content), row.format);
}

describe('upgradeNote', () => {
  it('brings a format-0 note up to the current format, filling metadata from the template defaults', () => {
    const note = upgradeNote(v0);
    expect(note.formatVersion).toBe(noteFormatVersion);
    expect(note.metadata).toEqual({ ...defaultMetadata('decision', 'Ferry service review'), drafter: 'J. Tremblay' });
    expect(note.metadata.type).toBe('For decision');
    expect(note.content.root.children).toEqual([paragraph(text('Written long ago'))]);
  });

  it('leaves a current note as it is', () => {
    const current: StoredNote = {
      id: 'n',
      formatVersion: noteFormatVersion,
      templateId: 'meeting',
      metadata: defaultMetadata('meeting', 'Trade mission'),
      content: buildTemplateContent('meeting'),
      createdAt: 'a',
      updatedAt: 'b',
    };
    expect(upgradeNote(current)).toEqual(current);
  });

  it('refuses a note from a newer app version, saying so', () => {
    let error: unknown;
    try {
      upgradeNote({ ...v0, formatVersion: noteFormatVersion + 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('refused');
    expect((error as ApiError).message).toMatch(/newer version of Briefing Studio.*Update the app/);
  });
});

describe('stored notes in older and newer formats', () => {
  it('opens a format-0 note from the database, and saving it stores the current format', async () => {
    api = openNotesApi();
    insertRow(api, { id: 'old-1', format: 0, metadata: v0.metadata, content: v0.content });
    const note = await api.call('notes.get', { id: 'old-1', markOpened: true });
    expect(note.metadata.title).toBe('Ferry service review');
    expect(note.metadata.classification).toBe('');
    await api.call('notes.save', { id: note.id, metadata: note.metadata, content: note.content, baseUpdatedAt: note.updatedAt });
    const row = api.services.db.prepare('SELECT format_version, title FROM notes WHERE id = ?').get('old-1');
    expect(row).toEqual({ format_version: noteFormatVersion, title: 'Ferry service review' });
  });

  it('refuses to open or save over a note in a future format, but still lists it', async () => {
    api = openNotesApi();
    insertRow(api, { id: 'future-1', format: noteFormatVersion + 1, metadata: { shape: 'unknown' }, content: { blocks: [] } });
    const open = await api.failure('notes.get', { id: 'future-1' });
    expect(open.error.code).toBe('refused');
    expect(open.error.message).toContain('newer version of Briefing Studio');
    const save = await api.failure('notes.save', {
      id: 'future-1',
      metadata: defaultMetadata('decision'),
      content: content(),
      baseUpdatedAt: null,
    });
    expect(save.error.code).toBe('refused');
    expect((await api.failure('notes.duplicate', { id: 'future-1' })).error.code).toBe('refused');
    const stored = api.services.db.prepare('SELECT content_json FROM notes WHERE id = ?').pluck().get('future-1');
    expect(stored).toBe('{"blocks":[]}');
    expect((await api.call('notes.list', {})).notes.map((n) => n.id)).toEqual(['future-1']);
  });
});

describe('insertNote (the starter sample note)', () => {
  it('stores a complete note that then opens and counts like any other', async () => {
    api = openNotesApi();
    const sample: StoredNote = {
      id: 'sample-note',
      formatVersion: noteFormatVersion,
      templateId: 'information',
      metadata: defaultMetadata('information', 'Sample: Regional jobs update'),
      content: content(paragraph(text('Jobs grew by '), fact('F-100', '12,400'), text(' last quarter.'))),
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    };
    insertNote(api.services.db, sample);
    expect(await api.call('notes.get', { id: 'sample-note' })).toEqual(sample);
    expect((await api.call('notes.list', { query: 'regional' })).notes[0]).toMatchObject({ wordCount: 6, citationCount: 1 });
    expect(() => insertNote(api.services.db, sample)).toThrow(/already exists/);
    const badChip = { ...sample, id: 'bad', content: content(paragraph(fact('', 'x'))) };
    expect(() => insertNote(api.services.db, badChip)).toThrow(/content\.root\.children\.0\.children\.0\.factId/);
  });
});
