import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { defaultMetadata } from '../../../shared/templates';
import { content, fact, heading, paragraph, text } from '../../support/note-content';
import { openNotesApi, type NotesApi } from '../../support/notes';

let api: NotesApi;
afterEach(() => api?.close());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--data-dir', api.dir], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** A store with one decision note that cites two facts, written through the API and closed. */
async function storeWithNote(): Promise<string> {
  api = openNotesApi();
  const note = await api.call('notes.create', { templateId: 'decision', title: 'Phạm Minh Chính visit' });
  await api.call('notes.save', {
    id: note.id,
    metadata: { ...defaultMetadata('decision', 'Phạm Minh Chính visit'), classification: 'PROTECTED A', drafter: 'A. Nguyen' },
    content: content(
      heading('Purpose'),
      paragraph(text('Trade rose '), fact('F-7', '12 per cent', 2), text(' in 2025.')),
      { type: 'list', listType: 'number', start: 1, children: [{ type: 'listitem', value: 1, children: [text('Agree')] }] },
    ),
    baseUpdatedAt: note.updatedAt,
  });
  api.services.close();
  return note.id;
}

describe('briefing notes', () => {
  it('lists notes with their template, update time and citations', async () => {
    const id = await storeWithNote();
    const { code, stdout } = await cli('notes', 'list');
    expect(code).toBe(0);
    const [header, row] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+TITLE\s+TEMPLATE\s+UPDATED\s+CITATIONS$/);
    expect(row).toMatch(new RegExp(`^${id}\\s+Phạm Minh Chính visit\\s+Decision note\\s+\\d{4}-\\d\\d-\\d\\dT\\S+\\s+1$`));
  });

  it('gives the list as JSON with --json', async () => {
    const id = await storeWithNote();
    const { stdout } = await cli('notes', 'list', '--json');
    const parsed = JSON.parse(stdout) as { notes: { id: string; citationCount: number; templateId: string }[] };
    expect(parsed.notes).toEqual([expect.objectContaining({ id, citationCount: 1, templateId: 'decision' })]);
  });

  it('shows a note as text, each fact marked with its id and version', async () => {
    const id = await storeWithNote();
    const { code, stdout } = await cli('notes', 'show', id);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Phạm Minh Chính visit\nClassification: PROTECTED A\nType: For decision\nDrafter: A. Nguyen\n\n' +
        '## Purpose\n\nTrade rose 12 per cent [fact F-7 v2] in 2025.\n\n1. Agree\n',
    );
    const json = JSON.parse((await cli('notes', 'show', id, '--json')).stdout) as { id: string; metadata: { classification: string } };
    expect(json).toMatchObject({ id, metadata: { classification: 'PROTECTED A' } });
  });

  it('says which note was not found, and asks for an id when none is given', async () => {
    await storeWithNote();
    const missing = await cli('notes', 'show', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('briefing: No note with id nope.\n');
    const usage = await cli('notes', 'show');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/needs the id of a note/);
  });
});
