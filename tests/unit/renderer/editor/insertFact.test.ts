// @vitest-environment jsdom
import { $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $insertNodes, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { FactNode } from '../../../../renderer/src/editor/nodes/FactNode';
import { $factsInOrder } from '../../../../renderer/src/editor/plugins/DocumentWatchPlugin';
import { $insertFact, readFactDrag } from '../../../../renderer/src/editor/plugins/InsertFactPlugin';
import { sanitizePastedHtml } from '../../../../renderer/src/editor/plugins/PasteSanitizePlugin/sanitize';

function newEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [FactNode], onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.appendChild(root);
  editor.setRootElement(root);
  return editor;
}

describe('inserting facts', () => {
  it('puts the chip at the caret, splitting the text around it', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const text = $createTextNode('Clinics: now.');
        $getRoot().append($createParagraphNode().append(text));
        text.select(9, 9);
        $insertFact({ factId: 'f1', factVersion: 1, text: '1,240' });
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Clinics: 1,240now.');
    expect(editor.getEditorState().read($factsInOrder)).toEqual([{ factId: 'f1', factVersion: 1, text: '1,240', form: 'statement' }]);
  });

  it('appends at the end of the note when the editor has no caret', () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('First.')));
      },
      { discrete: true },
    );
    editor.update(() => $insertFact({ factId: 'f2', factVersion: 3, text: '6.1%' }), { discrete: true });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('First.6.1%');
  });

  it('keeps a chip through sanitized HTML paste', () => {
    const editor = newEditor();
    const html = sanitizePastedHtml('<p>Rate <span data-fact-id="f3" data-fact-version="2" onmouseover="x()">6.1%</span></p>');
    editor.update(
      () => {
        $getRoot().append($createParagraphNode());
        $getRoot().selectEnd();
        $insertNodes($generateNodesFromDOM(editor, new DOMParser().parseFromString(html, 'text/html')));
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read($factsInOrder)).toEqual([{ factId: 'f3', factVersion: 2, text: '6.1%', form: 'statement' }]);
  });

  it('types and pastes after a chip, not before it (lexical #4668)', () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('Rate ')));
        $getRoot().selectEnd();
        $insertFact({ factId: 'f1', factVersion: 1, text: '6.1%' });
        $getSelection()?.insertText(' rose');
        $insertNodes([$createTextNode(' sharply')]);
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Rate 6.1% rose sharply');
  });

  it('reads only well-formed fact drags', () => {
    const drag = (value: string) => ({ getData: (type: string) => (type === 'application/x-briefing-fact' ? value : '') }) as unknown as DataTransfer;
    expect(readFactDrag(drag('{"factId":"f","factVersion":2,"text":"x"}'))).toEqual({ factId: 'f', factVersion: 2, text: 'x', form: 'statement' });
    expect(readFactDrag(drag('{"factId":"f","factVersion":2,"text":"US$1","form":"figure"}'))).toEqual({ factId: 'f', factVersion: 2, text: 'US$1', form: 'figure' });
    expect(readFactDrag(drag('{"factId":"f"}'))).toBeNull();
    expect(readFactDrag(drag('not json'))).toBeNull();
  });
});
