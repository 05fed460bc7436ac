/** A Lexical editor on a real (jsdom) contenteditable with rich text, as the note editor has; `disposeEditors` after each test. */
import { registerRichText } from '@lexical/rich-text';
import { createEditor, type Klass, type LexicalEditor, type LexicalNode } from 'lexical';

const editors: LexicalEditor[] = [];

export function newEditor(nodes: Klass<LexicalNode>[]): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes, onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.appendChild(root);
  editor.setRootElement(root);
  registerRichText(editor);
  editors.push(editor);
  return editor;
}

export function disposeEditors(): void {
  for (const editor of editors.splice(0)) editor.setRootElement(null);
  document.body.innerHTML = '';
}
