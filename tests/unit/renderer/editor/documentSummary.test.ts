// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type EditorState, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createFactNode, FactNode } from '../../../../renderer/src/editor/nodes/FactNode';
import { createBlockCache } from '../../../../renderer/src/editor/blockCache';
import { createDocumentSummarizer } from '../../../../renderer/src/editor/plugins/DocumentWatchPlugin';
import { noteNodes } from '../../../../renderer/src/editor/NoteEditor';
import { noteWordCount } from '../../../../shared/note-text';
import type { NoteContent, SerializedNode } from '../../../../shared/note-format';

function newEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [FactNode], onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.appendChild(root);
  editor.setRootElement(root);
  return editor;
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

const text = (value: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const fact = (factId: string, value: string): SerializedNode => ({ type: 'fact', version: 1, factId, factVersion: 1, text: value });
const block = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({ type, version: 1, direction: 'ltr', format: '', indent: 0, children, ...extra });
const paragraph = (...children: SerializedNode[]) => block('paragraph', children);
const heading = (value: string) => block('heading', [text(value)], { tag: 'h2' });
const content = (...children: SerializedNode[]): NoteContent => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as NoteContent;

describe('the document summary, measured block by block', () => {
  it('counts words exactly as the stored note is counted (shared/note-text.ts), lists, headings and chips included', () => {
    const editor = createEditor({ namespace: 'test', nodes: noteNodes, onError: (e) => { throw e; } });
    const host = document.createElement('div');
    host.contentEditable = 'true';
    document.body.appendChild(host);
    editor.setRootElement(host);
    const stored = content(
      heading('Purpose — and scope'),
      paragraph(text('FDI reached '), fact('f1', 'US$28–29 billion in 2025'), text(', a record – see 59-NQ/TW.')),
      paragraph(text('Imp'), text('ortant', 1), text(' figures:'), fact('f2', '17.3%'), text('•')),
      block('list', [block('listitem', [text('exports '), fact('f3', 'rose')], { value: 1 }), block('listitem', [text("officials' review …")], { value: 2 })], {
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      }),
    );
    editor.setEditorState(editor.parseEditorState(JSON.stringify(stored)));
    const words = editor.getEditorState().read(createDocumentSummarizer()).words;
    expect(words).toBe(noteWordCount(stored));
    // Purpose, and, scope · FDI … 59-NQ/TW (US$28–29 one word, a lone dash none) · Important (bold mid-word), figures:17.3%• · two list items.
    expect(words).toBe(3 + 10 + 2 + 2 + 2);
  });

  it('follows edits, chip changes, removals and a return to an earlier state (undo)', () => {
    const editor = newEditor();
    edit(editor, () => {
      for (let i = 0; i < 3; i++) {
        $getRoot().append($createParagraphNode().append($createTextNode(`Block ${i} has five words `), $createFactNode({ factId: `f${i}`, factVersion: 1, text: 'a cited figure' })));
      }
    });
    const $summarize = createDocumentSummarizer();
    const summary = (state: EditorState = editor.getEditorState()) => state.read($summarize);
    expect(summary()).toMatchObject({ words: 3 * 8, facts: [{ factId: 'f0' }, { factId: 'f1' }, { factId: 'f2' }] });
    const before = editor.getEditorState();

    // Typing in the middle block: the paragraph keeps its object, only its text node is new.
    edit(editor, () => {
      const text = $getRoot().getChildAtIndex(1);
      const first = $isElementNode(text) ? text.getFirstChild() : null;
      if ($isTextNode(first)) first.setTextContent('Block 1 now has six words ');
    });
    expect(summary().words).toBe(3 * 8 + 1);

    edit(editor, () => {
      const chip = $getRoot().getLastDescendant();
      if (chip instanceof FactNode) chip.setFactVersion(2, 'an updated cited figure');
    });
    expect(summary().facts[2]).toEqual({ factId: 'f2', factVersion: 2, text: 'an updated cited figure', form: 'statement' });
    expect(summary().words).toBe(3 * 8 + 2);

    // Undo sets an older state whose paragraph objects are the ones the cache has seen with other text.
    editor.setEditorState(before);
    expect(summary()).toMatchObject({ words: 3 * 8, facts: [{ factId: 'f0' }, { factId: 'f1' }, { factId: 'f2', factVersion: 1 }] });

    edit(editor, () => $getRoot().getFirstChildOrThrow().remove());
    expect(summary()).toMatchObject({ words: 2 * 8, facts: [{ factId: 'f1' }, { factId: 'f2' }] });
  });

  it('measures only the edited block again after a keystroke', () => {
    const editor = newEditor();
    edit(editor, () => {
      for (let i = 0; i < 50; i++) $getRoot().append($createParagraphNode().append($createTextNode(`Paragraph ${i}`)));
    });
    const measured: string[] = [];
    const $measure = createBlockCache((block) => {
      measured.push(block.getTextContent());
      return block.getTextContent().length;
    });
    editor.getEditorState().read(() => $measure($getRoot().getChildren()));
    expect(measured).toHaveLength(50);
    measured.length = 0;
    edit(editor, () => {
      const text = $getRoot().getChildAtIndex(20);
      const first = $isElementNode(text) ? text.getFirstChild() : null;
      if ($isTextNode(first)) first.setTextContent('Paragraph 20, edited');
    });
    const lengths = editor.getEditorState().read(() => $measure($getRoot().getChildren()));
    expect(measured).toEqual(['Paragraph 20, edited']);
    expect(lengths[20]).toBe('Paragraph 20, edited'.length);
  });
});
