// @vitest-environment jsdom
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection, type LexicalEditor, type TextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { factNodesInOrder, markedLanguage, type NoteContent, type SerializedNode } from '../../../../../shared/note-format';
import { noteText } from '../../../../../shared/note-text';
import { $createFactNode, FactNode } from '../../../../../renderer/src/editor/nodes/FactNode';
import { FactPhraseNode } from '../../../../../renderer/src/editor/nodes/FactPhraseNode';
import { LanguageSpanNode } from '../../../../../renderer/src/editor/nodes/LanguageSpanNode';
import { $markSelectionLanguage, $selectionLanguage } from '../../../../../renderer/src/editor/nodes/languageMarks';
import { disposeEditors, newEditor as newTestEditor } from './test-editor';

const newEditor = () => newTestEditor([FactNode, FactPhraseNode, LanguageSpanNode]);

afterEach(disposeEditors);

const stored = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as NoteContent;

function $select(node: TextNode, from: number, to: number) {
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), from, 'text');
  selection.focus.set(node.getKey(), to, 'text');
  $setSelection(selection);
}

/** A Vietnamese paragraph with an English phrase and a chip after it. */
function writeNote(editor: LexicalEditor) {
  editor.update(
    () => {
      const text = $createTextNode('Bộ trưởng nói the goverment decided và ');
      const paragraph = $createParagraphNode().append(text, $createFactNode({ factId: 'seed-001', factVersion: 1, text: 'GDP grew 8%.', form: 'statement' }));
      $getRoot().clear().append(paragraph);
      const from = 'Bộ trưởng nói '.length;
      $select(text, from, from + 'the goverment decided'.length);
      expect($markSelectionLanguage('en')).toBe(true);
    },
    { discrete: true },
  );
}

describe('text marked as another language', () => {
  it('wraps the selected words in a span with lang, stored as language-span and read back unchanged', () => {
    const editor = newEditor();
    writeNote(editor);
    const span = editor.getRootElement()!.querySelector('span[lang]');
    expect(span?.getAttribute('lang')).toBe('en');
    expect(span?.textContent).toBe('the goverment decided');
    const json = stored(editor);
    const phrase = (json.root.children[0]!.children ?? []).find((n) => n.type === 'language-span')!;
    expect(markedLanguage(phrase)).toBe('en');
    expect(noteText(json)).toBe('Bộ trưởng nói the goverment decided và GDP grew 8%.\n');

    const again = newEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(json)));
    expect(stored(again)).toEqual(json);
    expect(again.getRootElement()!.querySelector('span[lang="en"]')?.textContent).toBe('the goverment decided');
  });

  it('a chip inside a marked phrase stays a citation; re-marking replaces the span, never nests it', () => {
    const editor = newEditor();
    writeNote(editor);
    editor.update(
      () => {
        // Select from inside the English phrase to the end of the paragraph (over the chip).
        const paragraph = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>();
        const first = paragraph.getFirstChildOrThrow<TextNode>();
        const selection = $createRangeSelection();
        selection.anchor.set(first.getKey(), 0, 'text');
        selection.focus.set(paragraph.getKey(), paragraph.getChildrenSize(), 'element');
        $setSelection(selection);
        expect($markSelectionLanguage('vi')).toBe(true);
      },
      { discrete: true },
    );
    const json = stored(editor);
    const spans = (json.root.children[0]!.children ?? []).filter((n) => n.type === 'language-span');
    expect(spans.map(markedLanguage)).toEqual(['vi']);
    expect(JSON.stringify(spans[0]!.children)).not.toContain('language-span');
    expect(factNodesInOrder(json).map((c) => c.factId)).toEqual(['seed-001']);
  });

  it('a caret marks its paragraph in node state ($.lang); the note’s language clears it', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const text = $createTextNode('A whole English paragraph.');
        $getRoot().clear().append($createParagraphNode().append(text));
        $select(text, 3, 3);
        $markSelectionLanguage('en');
      },
      { discrete: true },
    );
    const block = stored(editor).root.children[0] as SerializedNode;
    expect(block.$).toEqual({ lang: 'en' });
    expect(markedLanguage(block)).toBe('en');
    const again = newEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(stored(editor))));
    let atCaret: string | null = null;
    again.update(
      () => {
        $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectStart();
        atCaret = $selectionLanguage();
      },
      { discrete: true },
    );
    expect(atCaret).toBe('en');
    editor.update(() => void $markSelectionLanguage(null), { discrete: true });
    expect(markedLanguage(stored(editor).root.children[0] as SerializedNode)).toBeUndefined();
  });

  it('notes saved before marks, or with a language we do not have, read in the note’s language', () => {
    expect(markedLanguage({ type: 'paragraph', children: [] })).toBeUndefined();
    expect(markedLanguage({ type: 'paragraph', $: { lang: 'fr' } })).toBeUndefined();
    expect(markedLanguage({ type: 'language-span', lang: 'vi', children: [] })).toBe('vi');
  });
});
