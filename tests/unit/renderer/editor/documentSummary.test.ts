// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type EditorState, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createFactNode, FactNode } from '../../../../renderer/src/editor/nodes/FactNode';
import { createBlockCache } from '../../../../renderer/src/editor/blockCache';
import { createDocumentSummarizer } from '../../../../renderer/src/editor/plugins/DocumentWatchPlugin';

function newEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [FactNode], onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.appendChild(root);
  editor.setRootElement(root);
  return editor;
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

describe('the document summary, measured block by block', () => {
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
    expect(summary().facts[2]).toEqual({ factId: 'f2', factVersion: 2, text: 'an updated cited figure' });
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
