import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createBlockCache } from '../../blockCache';
import { firstTextNode, paintHighlight } from '../../highlights';
import { blockStats, hintsFromStats, type LongSentence } from './plainLanguage';

/** Where a run of a block's text (as getTextContent spells it) is: a text node, or an atom such as a chip. */
interface Segment {
  start: number;
  end: number;
  key: string;
  text: boolean;
}

/** The block's text as Lexical's getTextContent builds it, run by run. */
function $segments(block: LexicalNode): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  const walk = (node: LexicalNode) => {
    if ($isElementNode(node)) {
      const children = node.getChildren();
      children.forEach((child, i) => {
        walk(child);
        // As ElementNode.getTextContent: a blank line between block-level children.
        if ($isElementNode(child) && !child.isInline() && i < children.length - 1) at += 2;
      });
      return;
    }
    const length = node.getTextContentSize();
    segments.push({ start: at, end: at + length, key: node.getKey(), text: $isTextNode(node) });
    at += length;
  };
  walk(block);
  return segments;
}

/** The on-screen range of a long sentence, widened to whole chips where it starts or ends inside one. */
function sentenceRange(editor: LexicalEditor, segments: readonly Segment[], sentence: LongSentence): Range | null {
  const range = document.createRange();
  const place = (offset: number, edge: 'start' | 'end'): boolean => {
    const segment = segments.find((s) => (edge === 'start' ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end));
    const element = segment && editor.getElementByKey(segment.key);
    if (!segment || !element) return false;
    if (segment.text) {
      const text = firstTextNode(element);
      if (!text) return false;
      const within = Math.min(offset - segment.start, text.textContent?.length ?? 0);
      if (edge === 'start') range.setStart(text, within);
      else range.setEnd(text, within);
    } else if (edge === 'start') range.setStartBefore(element);
    else range.setEndAfter(element);
    return true;
  };
  return place(sentence.from, 'start') && place(sentence.to, 'end') ? range : null;
}

const highlightName = 'long-sentence';

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
 * CSS, plus a tooltip), and tints each long sentence itself (CSS Custom Highlight API, so the
 * note's DOM is not touched). Decoration only: it never blocks typing or changes the note.
 */
export function PlainLanguagePlugin({ onHintCount }: { onHintCount(count: number): void }) {
  const [editor] = useLexicalComposerContext();
  // The hints' tooltips are in the interface's language: a switch words them again at once.
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let marked = new Set<string>();
    const $stats = createBlockCache((node) => blockStats({ key: node.getKey(), isHeading: $isHeadingNode(node), text: node.getTextContent() }));
    const refresh = () => {
      const { stats, ranges } = editor.getEditorState().read(() => {
        const blocks = $blocks();
        const stats = $stats(blocks);
        const ranges: Range[] = [];
        stats.forEach((block, i) => {
          if (block.long.length === 0) return;
          const segments = $segments(blocks[i]!);
          for (const sentence of block.long) {
            const range = sentenceRange(editor, segments, sentence);
            if (range) ranges.push(range);
          }
        });
        return { stats, ranges };
      });
      paintHighlight(highlightName, ranges);
      const hints = hintsFromStats(stats);
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
      paintHighlight(highlightName, []);
    };
  }, [editor, onHintCount, language]);
  return null;
}
