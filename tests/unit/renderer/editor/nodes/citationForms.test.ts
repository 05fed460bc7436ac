// @vitest-environment jsdom
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection, type LexicalEditor, type TextNode } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { factNodesInOrder, type NoteContent, type SerializedNode } from '../../../../../shared/note-format';
import { $attachFactToSelection, $citationNodesUnder, $switchCitationForm, type CitableFact } from '../../../../../renderer/src/editor/nodes/citationNodes';
import { $createFactNode, FactNode } from '../../../../../renderer/src/editor/nodes/FactNode';
import { FactPhraseNode } from '../../../../../renderer/src/editor/nodes/FactPhraseNode';
import { disposeEditors, newEditor as newTestEditor } from './test-editor';
import { $factsInOrder } from '../../../../../renderer/src/editor/plugins/DocumentWatchPlugin';

const fdi: CitableFact = { id: 'seed-013', version: 1, statement: 'Disbursed FDI reached about US$28–29 billion in 2025.', valueLow: 28, valueHigh: 29, unit: 'US$ billion', qualifier: 'about', language: 'en', translations: {} };

/** A paragraph with a version 1 chip, as notes were saved before citation forms. */
const oldNote = {
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [
      {
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [
          { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: 'See ' },
          { type: 'fact', version: 1, factId: 'f1', factVersion: 1, text: 'The old statement.' },
        ] satisfies SerializedNode[],
      },
    ],
  },
};

const newEditor = () => newTestEditor([FactNode, FactPhraseNode]);

afterEach(disposeEditors);

const stored = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as NoteContent;

/** Selects `words` inside the first paragraph's first text node. */
function $selectWords(words: string) {
  const node = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getFirstChildOrThrow<TextNode>();
  const start = node.getTextContent().indexOf(words);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), start, 'text');
  selection.focus.set(node.getKey(), start + words.length, 'text');
  $setSelection(selection);
}

describe('citation forms in the editor', () => {
  it('opens a note saved before forms: its chips are statements, saved again as version 2', () => {
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(oldNote)));
    expect(editor.getEditorState().read($factsInOrder)).toEqual([{ factId: 'f1', factVersion: 1, text: 'The old statement.', form: 'statement' }]);
    expect(factNodesInOrder(stored(editor))).toEqual([{ factId: 'f1', factVersion: 1, text: 'The old statement.', form: 'statement' }]);
    expect(JSON.stringify(stored(editor))).toContain('"type":"fact","version":2,"factId":"f1","factVersion":1,"form":"statement"');
  });

  it('attaches a fact to the selected words: the words stay, the phrase cites the fact, both walkers see it', () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode().append($createTextNode('In 2025 trade passed nine hundred billion dollars for the first time.')));
        $selectWords('trade passed nine hundred billion dollars');
        expect($attachFactToSelection('seed-011', 1)).toBe(true);
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('In 2025 trade passed nine hundred billion dollars for the first time.');
    const own = { factId: 'seed-011', factVersion: 1, text: 'trade passed nine hundred billion dollars', form: 'own-words' };
    expect(editor.getEditorState().read($factsInOrder)).toEqual([own]);
    expect(factNodesInOrder(stored(editor))).toEqual([own]);
    // The words are the writer's: edited in place, still cited.
    editor.update(
      () => {
        const phrase = $citationNodesUnder($getRoot())[0]!;
        (phrase as FactPhraseNode).getFirstChildOrThrow<TextNode>().setTextContent('trade topped US$900 billion');
      },
      { discrete: true },
    );
    expect(factNodesInOrder(stored(editor))).toEqual([{ ...own, text: 'trade topped US$900 billion' }]);
  });

  it('refuses to attach across blocks or over a chip, changing nothing', () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode().append($createTextNode('Nothing selected')));
        $getRoot().selectEnd();
        expect($attachFactToSelection('f', 1)).toBe(false);
      },
      { discrete: true },
    );
    expect(factNodesInOrder(stored(editor))).toEqual([]);
  });

  it('switches a chip between figure, statement and own words, and back, keeping its citation', () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode().append($createTextNode('FDI reached '), $createFactNode({ factId: fdi.id, factVersion: 1, text: 'about US$28–29 billion', form: 'figure' }), $createTextNode(' in 2025.')));
      },
      { discrete: true },
    );
    const forms = () => factNodesInOrder(stored(editor)).map((c) => [c.form, c.text]);
    const $only = () => $citationNodesUnder($getRoot())[0]!;
    editor.update(() => void $switchCitationForm($only(), 'statement', fdi, 'en'), { discrete: true });
    expect(forms()).toEqual([['statement', fdi.statement]]);
    editor.update(() => void $switchCitationForm($only(), 'own-words', fdi, 'en'), { discrete: true });
    expect(forms()).toEqual([['own-words', fdi.statement]]);
    editor.update(() => void $switchCitationForm($only(), 'figure', fdi, 'vi'), { discrete: true });
    expect(forms()).toEqual([['figure', 'khoảng 28–29 tỷ USD']]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('FDI reached khoảng 28–29 tỷ USD in 2025.');
    // A chip citing an older version is not switched (its words would silently change version).
    editor.update(() => expect($switchCitationForm($only(), 'statement', { ...fdi, version: 2 }, 'en')).toBeNull(), { discrete: true });
    // A fact without a value has no figure form.
    editor.update(() => expect($switchCitationForm($only(), 'figure', { ...fdi, valueLow: null, valueHigh: null }, 'en')).toBeNull(), { discrete: true });
    expect(forms()).toEqual([['figure', 'khoảng 28–29 tỷ USD']]);
  });
});
