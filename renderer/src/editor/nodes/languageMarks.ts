/**
 * Marking text as written in another language (issue 15): a phrase becomes a LanguageSpanNode,
 * a block (paragraph, heading, quote, list item) carries the mark in Lexical's node state, so
 * it is stored as `$: { lang }` beside the block's own fields (shared/note-format.ts).
 */
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { blockLanguageKey, isNoteLanguage, type NoteLanguage } from '../../../../shared/note-format';
import { $createLanguageSpanNode, $isLanguageSpanNode, type LanguageSpanNode } from './LanguageSpanNode';

/** A block's language mark; null (not stored) means the note's language. */
export const blockLanguageState = createState(blockLanguageKey, {
  parse: (value): NoteLanguage | null => (isNoteLanguage(value) ? value : null),
});

/** The block a node sits in: its list item, or its top-level element. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  const item = $findMatchingParent(node, $isListItemNode);
  if (item && $isElementNode(item)) return item;
  if ($isElementNode(node) && !node.isInline() && $isRootOrShadowRoot(node.getParent())) return node;
  const top = node.getTopLevelElement();
  return $isElementNode(top) ? top : null;
}

export function $blockLanguage(block: ElementNode): NoteLanguage | null {
  return $getState(block, blockLanguageState);
}

/** The language marked where the selection starts (its phrase's, else its block's), or null for the note's. */
export function $selectionLanguage(): NoteLanguage | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const span = $findMatchingParent(anchor, $isLanguageSpanNode);
  if (span) return span.getLanguage();
  const block = $blockOf(anchor);
  return block ? $blockLanguage(block) : null;
}

function $unwrap(span: LanguageSpanNode) {
  for (const child of span.getChildren()) span.insertBefore(child);
  span.remove();
}

/**
 * Marks the selection as written in `lang` (null: the note's language). Words selected inside
 * one block become a phrase; a caret, or a selection across blocks, marks the blocks. Marks
 * inside the selection are replaced, never nested. Returns whether anything changed.
 */
export function $markSelectionLanguage(lang: NoteLanguage | null): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const touched = new Set<LanguageSpanNode>();
  for (const node of [selection.anchor.getNode(), selection.focus.getNode(), ...selection.getNodes()]) {
    const span = $findMatchingParent(node, $isLanguageSpanNode);
    if (span) touched.add(span);
  }
  touched.forEach($unwrap);
  const blocks = [...new Set(selection.getNodes().map($blockOf))].filter((b): b is ElementNode => b !== null);
  const anchorBlock = $blockOf(selection.anchor.getNode());
  const oneBlock = anchorBlock !== null && anchorBlock.is($blockOf(selection.focus.getNode()));
  if (lang === null || selection.isCollapsed() || !oneBlock || selection.getTextContent().trim() === '') {
    for (const block of blocks.length > 0 ? blocks : anchorBlock ? [anchorBlock] : []) $setState(block, blockLanguageState, lang);
    return true;
  }
  // Words in one block: the inline nodes the selection covers, whole chips and phrases included.
  const inline: LexicalNode[] = [];
  for (const node of selection.extract()) {
    const top = node.getParents().some((p) => p.is(anchorBlock)) ? topInlineUnder(node, anchorBlock) : null;
    if (top && !inline.some((n) => n.is(top))) inline.push(top);
  }
  if (inline.length === 0) return false;
  const span = $createLanguageSpanNode(lang);
  inline[0]!.insertBefore(span);
  span.append(...inline);
  span.selectEnd();
  return true;
}

/** The ancestor of `node` (or the node) that is a direct child of `block`. */
function topInlineUnder(node: LexicalNode, block: ElementNode): LexicalNode | null {
  let at: LexicalNode | null = node;
  while (at && !block.is(at.getParent())) at = at.getParent();
  return at;
}
