// @vitest-environment jsdom
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $selectAll,
  createEditor,
  KEY_BACKSPACE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type ParagraphNode,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { $createFactNode, $isFactNode, FactNode, type FactReference } from '../../../../../renderer/src/editor/nodes/FactNode';

const rate: FactReference = { factId: 'fact-rate', factVersion: 2, text: 'unemployment was 6.1%', form: 'statement' };
const count: FactReference = { factId: 'fact-count', factVersion: 1, text: '1,240 clinics', form: 'statement' };

const editors: LexicalEditor[] = [];

function newEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [FactNode], onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.appendChild(root);
  editor.setRootElement(root);
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.setRootElement(null);
  document.body.innerHTML = '';
});

/** One paragraph holding the given pieces: strings become text, references become chips. */
function write(editor: LexicalEditor, pieces: (string | FactReference)[]) {
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      for (const piece of pieces) paragraph.append(typeof piece === 'string' ? $createTextNode(piece) : $createFactNode(piece));
      $getRoot().clear().append(paragraph);
      paragraph.selectEnd();
    },
    { discrete: true },
  );
}

const chipsIn = (editor: LexicalEditor) => editor.getEditorState().read($collectChips);

function $collectChips(): FactReference[] {
  const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
  return paragraph.getChildren().filter($isFactNode).map((chip) => chip.getReference());
}

const backspace = (editor: LexicalEditor) =>
  editor.dispatchCommand(KEY_BACKSPACE_COMMAND, new KeyboardEvent('keydown', { key: 'Backspace', cancelable: true }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FactNode', () => {
  it('stores exactly the note-format fact shape and loads it back', () => {
    const editor = newEditor();
    write(editor, ['Rate: ', rate, '.']);
    const json = editor.getEditorState().toJSON();
    const paragraph = json.root.children[0] as unknown as { children: Record<string, unknown>[] };
    expect(paragraph.children[1]).toStrictEqual({ type: 'fact', version: 2, factId: 'fact-rate', factVersion: 2, form: 'statement', text: 'unemployment was 6.1%' });

    const other = newEditor();
    other.setEditorState(other.parseEditorState(JSON.stringify(json)));
    expect(other.getEditorState().read($collectChips)).toEqual([rate]);
    expect(other.getEditorState().toJSON()).toEqual(json);
  });

  it("gives the statement as its text, so plain-text copy and word counts include it", () => {
    const editor = newEditor();
    write(editor, ['In 2025 ', rate, ' across ', count, '.']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('In 2025 unemployment was 6.1% across 1,240 clinics.');
  });

  it('keeps the other chip when one of two adjacent chips is deleted with Backspace', async () => {
    const editor = newEditor();
    registerRichText(editor);
    write(editor, [rate, count]);
    backspace(editor);
    await settle();
    expect(chipsIn(editor)).toEqual([rate]);
    backspace(editor);
    await settle();
    expect(chipsIn(editor)).toEqual([]);
  });

  it('deletes only the chip before the caret when the caret sits between two chips', async () => {
    const editor = newEditor();
    registerRichText(editor);
    write(editor, [rate, count]);
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>();
        paragraph.select(1, 1);
      },
      { discrete: true },
    );
    backspace(editor);
    await settle();
    expect(chipsIn(editor)).toEqual([count]);
  });

  it('select-all includes chips at both edges of the note', () => {
    const editor = newEditor();
    write(editor, [rate, ' and ', count]);
    let selected = '';
    editor.update(
      () => {
        $selectAll();
        selected = $getSelection()?.getTextContent() ?? '';
      },
      { discrete: true },
    );
    expect(selected).toBe('unemployment was 6.1% and 1,240 clinics');
  });

  it('undo brings a deleted chip back and redo removes it again', async () => {
    const editor = newEditor();
    registerRichText(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    write(editor, ['Rate ', rate]);
    await settle();
    backspace(editor);
    await settle();
    expect(chipsIn(editor)).toEqual([]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(chipsIn(editor)).toEqual([rate]);
    editor.dispatchCommand(REDO_COMMAND, undefined);
    await settle();
    expect(chipsIn(editor)).toEqual([]);
  });

  it('survives HTML copy and paste into another note as a chip with its id and version', () => {
    const source = newEditor();
    write(source, ['See ', rate, '.']);
    let html = '';
    source.getEditorState().read(() => {
      html = $generateHtmlFromNodes(source, null);
    });
    expect(html).toContain('data-fact-id="fact-rate"');

    const target = newEditor();
    write(target, ['Pasted: ']);
    target.update(
      () => {
        const dom = new DOMParser().parseFromString(html, 'text/html');
        const nodes = $generateNodesFromDOM(target, dom);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) $insertNodes(nodes);
      },
      { discrete: true },
    );
    expect(target.getEditorState().read(() => $getRoot().getTextContent())).toContain('See unemployment was 6.1%.');
    const json = JSON.stringify(target.getEditorState().toJSON());
    expect(json).toContain('"type":"fact"');
    expect(json).toContain('"factId":"fact-rate","factVersion":2');
  });
});
