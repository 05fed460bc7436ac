import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, HISTORY_MERGE_TAG, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../../../shared/note-text';
import { createBlockCache } from '../../blockCache';
import type { NoteCitation } from '../../../../../shared/note-format';
import { $citationNodesUnder, $citationOf } from '../../nodes/citationNodes';

export interface DocumentSummary {
  words: number;
  /** Every citation (chips and own words) in document order (citation numbering and live checks walk this list). */
  facts: NoteCitation[];
}

function $factsUnder(node: LexicalNode): NoteCitation[] {
  return $citationNodesUnder(node).map($citationOf);
}

export function $factsInOrder(): NoteCitation[] {
  return $factsUnder($getRoot());
}

/**
 * Word count and chips, summed over top-level blocks; unchanged blocks come from the cache.
 * The count is shared/note-text.ts's: blocks never run into each other, so the sum over blocks
 * equals the stored note's count (noteWordCount).
 */
export function createDocumentSummarizer(): () => DocumentSummary {
  const $blockSummaries = createBlockCache((block) => ({ words: countWords(block.getTextContent()), facts: $factsUnder(block) }));
  return () => {
    const summary: DocumentSummary = { words: 0, facts: [] };
    for (const block of $blockSummaries($getRoot().getChildren())) {
      summary.words += block.words;
      summary.facts.push(...block.facts);
    }
    return summary;
  };
}

/**
 * Reports what the status bar and citations need (word count, chips in order) and tells the
 * autosave that the content changed. The summary is debounced; the change signal is not.
 */
export function DocumentWatchPlugin({ onSummary, onContentChange }: { onSummary(summary: DocumentSummary): void; onContentChange(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const $summarize = createDocumentSummarizer();
    const summarize = () => onSummary(editor.getEditorState().read($summarize));
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
