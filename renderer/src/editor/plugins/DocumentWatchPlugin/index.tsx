import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, HISTORY_MERGE_TAG, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../features/statusbar/stats';
import { $isFactNode, type FactReference } from '../../nodes/FactNode';

export interface DocumentSummary {
  words: number;
  /** Every chip in document order (citation numbering and live checks walk this list). */
  facts: FactReference[];
}

export function $factsInOrder(): FactReference[] {
  const found: FactReference[] = [];
  const walk = (node: LexicalNode) => {
    if ($isFactNode(node)) found.push(node.getReference());
    else if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  return found;
}

/**
 * Reports what the status bar and citations need (word count, chips in order) and tells the
 * autosave that the content changed. The summary is debounced; the change signal is not.
 */
export function DocumentWatchPlugin({ onSummary, onContentChange }: { onSummary(summary: DocumentSummary): void; onContentChange(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const summarize = () =>
      onSummary(editor.getEditorState().read(() => ({ words: countWords($getRoot().getTextContent()), facts: $factsInOrder() })));
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // The first state is the note as loaded, not an edit. Nor is a history-merge update: that is
      // how Lexical re-runs node transforms when a plugin registers (the list plugin normalizes
      // list formatting right after load), and by definition it is not an undoable user change.
      if (!prevEditorState.isEmpty() && !tags.has(HISTORY_MERGE_TAG)) onContentChange();
      clearTimeout(timer);
      timer = setTimeout(summarize, 150);
    });
    summarize();
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onSummary, onContentChange]);
  return null;
}
