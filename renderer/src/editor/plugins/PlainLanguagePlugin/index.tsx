import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { plainLanguageHints, type Block } from './plainLanguage';

function $blocks(): Block[] {
  const blocks: Block[] = [];
  const add = (node: LexicalNode) => blocks.push({ key: node.getKey(), isHeading: $isHeadingNode(node), text: node.getTextContent() });
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) child.getChildren().forEach(add);
    else if ($isElementNode(child)) add(child);
  }
  return blocks;
}

/**
 * Marks long sentences and long sections with a quiet side marker (a data attribute styled in
 * CSS, plus a tooltip). Decoration only: it never blocks typing or changes the note.
 */
export function PlainLanguagePlugin({ onHintCount }: { onHintCount(count: number): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let marked = new Set<string>();
    const refresh = () => {
      const hints = editor.getEditorState().read($blocks);
      const next = new Set<string>();
      for (const hint of plainLanguageHints(hints)) {
        const element = editor.getElementByKey(hint.key);
        if (!element) continue;
        element.setAttribute('data-hint', hint.kind);
        element.setAttribute('title', hint.message);
        next.add(hint.key);
      }
      for (const key of marked) {
        if (next.has(key)) continue;
        const element = editor.getElementByKey(key);
        element?.removeAttribute('data-hint');
        element?.removeAttribute('title');
      }
      marked = next;
      onHintCount(next.size);
    };
    // Debounced: the check walks the whole note, and typing should never wait for it.
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0 && marked.size > 0) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    });
    timer = setTimeout(refresh, 0);
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onHintCount]);
  return null;
}
