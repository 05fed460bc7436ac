import { describe, expect, it } from 'vitest';
import { NoteContent, NoteMetadata, templateIds } from '../../../shared/note-format';
import { buildTemplateContent, defaultMetadata, noteTemplates } from '../../../shared/templates';

const headingsOf = (content: NoteContent) =>
  content.root.children.filter((n) => n.type === 'heading').map((n) => (n.children?.[0]?.text as string) ?? '');

describe('note templates', () => {
  it('have the sections of each kind of briefing note, in order', () => {
    expect(headingsOf(buildTemplateContent('decision'))).toEqual([
      'Purpose', 'Summary', 'Background', 'Current status', 'Considerations', 'Options', 'Recommendation', 'Next steps',
    ]);
    expect(headingsOf(buildTemplateContent('information'))).toEqual(['Purpose', 'Summary', 'Background', 'Current status', 'Key points']);
    expect(headingsOf(buildTemplateContent('meeting'))).toEqual(['Purpose', 'Key messages', 'Background', 'Participants', 'Talking points']);
  });

  it('build exactly the JSON Lexical 0.52 serializes: an h2 then an empty paragraph per section', () => {
    const content = buildTemplateContent('information');
    expect(NoteContent.parse(content)).toEqual(content);
    const { children, ...root } = content.root;
    expect(root).toEqual({ direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 });
    expect(children.slice(0, 2)).toEqual([
      {
        children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: 'Purpose', type: 'text', version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'heading',
        version: 1,
        tag: 'h2',
      },
      { children: [], direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' },
    ]);
    expect(children).toHaveLength(10);
  });

  it('give each note its own content (editing one never changes the next)', () => {
    const a = buildTemplateContent('meeting');
    a.root.children.pop();
    expect(buildTemplateContent('meeting').root.children).toHaveLength(10);
  });

  it('preset the note type and leave classification and date for the drafter to choose', () => {
    expect(templateIds.map((id) => defaultMetadata(id).type)).toEqual(['For decision', 'For information', 'Event']);
    for (const id of templateIds) {
      const metadata = defaultMetadata(id);
      expect(NoteMetadata.parse(metadata)).toEqual(metadata);
      expect(metadata.classification).toBe('');
      expect(metadata.date).toBe('');
      expect(metadata.title).toBe(`Untitled ${noteTemplates[id].name.toLowerCase()}`);
    }
    expect(defaultMetadata('decision', 'Bridge repairs').title).toBe('Bridge repairs');
  });
});
