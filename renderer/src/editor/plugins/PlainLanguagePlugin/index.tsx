import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { createBlockCache } from '../../blockCache';
import { blockStats, hintsFromStats } from './plainLanguage';

/** Paragraphs, headings, quotes and list items: the units a hint marks. */
function $blocks(): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) blocks.push(...child.getChildren());
    else if ($isElementNode(child)) blocks.push(child);
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
    const $stats = createBlockCache((node) => blockStats({ key: node.getKey(), isHeading: $isHeadingNode(node), text: node.getTextContent() }));
    const refresh = () => {
      const hints = hintsFromStats(editor.getEditorState().read(() => $stats($blocks())));
      const next = new Set<string>();
      for (const hint of hints) {
        const element = editor.getElementByKey(hint.key);
        if (!element) continue;
        // Unchanged hints are left alone: rewriting attributes would make the browser restyle the block.
        if (element.getAttribute('data-hint') !== hint.kind) element.setAttribute('data-hint', hint.kind);
        if (element.getAttribute('title') !== hint.message) element.setAttribute('title', hint.message);
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
