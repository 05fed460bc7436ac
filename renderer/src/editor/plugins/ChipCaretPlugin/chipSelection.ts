/**
 * Where the caret is relative to a chip, and how to put it there. A chip is "selected" the way
 * a Word field is: a range selection that spans exactly the chip, not a Lexical NodeSelection.
 * A NodeSelection removes the browser's selection (Lexical's updateDOMSelection calls
 * removeAllRanges), so any input Lexical does not intercept itself (a Vietnamese IME
 * composition, spell-check replacement, dictation, the plain keys of issue 12's "QQQPurpose")
 * went to the browser's fallback caret at the start of the note. A range over the chip keeps a
 * real caret: typing replaces the chip in place, Backspace removes it whole, undo restores it.
 */
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $isFactNode, type FactNode } from '../../nodes/FactNode';

/** The chip a selection spans exactly (a click on it, or Shift+arrow over it), else null. */
export function $chipSpannedBy(selection: BaseSelection | null): FactNode | null {
  if ($isNodeSelection(selection)) {
    const nodes = selection.getNodes();
    return nodes.length === 1 && $isFactNode(nodes[0]) ? nodes[0] : null;
  }
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const nodes = selection.getNodes();
  const chips = nodes.filter($isFactNode);
  if (chips.length !== 1) return null;
  const chip = chips[0]!;
  return selection.getTextContent() === chip.getTextContent() ? chip : null;
}

/** The sibling just before (backward) or after (forward) a collapsed caret. */
function $besideCaret(point: PointType, backward: boolean): LexicalNode | null {
  const node = point.getNode();
  if ($isTextNode(node)) {
    if (backward) return point.offset === 0 ? node.getPreviousSibling() : null;
    return point.offset === node.getTextContentSize() ? node.getNextSibling() : null;
  }
  if ($isElementNode(node)) return node.getChildAtIndex(backward ? point.offset - 1 : point.offset);
  return null;
}

/** The chip right next to a collapsed caret on that side, else null. */
export function $chipBesideCaret(selection: BaseSelection | null, backward: boolean): FactNode | null {
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = $besideCaret(selection.anchor, backward);
  return $isFactNode(node) ? node : null;
}

/** Selects the chip as a range from just before it to just after it. */
export function $selectChip(chip: FactNode): RangeSelection {
  const parent = chip.getParentOrThrow();
  const index = chip.getIndexWithinParent();
  const previous = chip.getPreviousSibling();
  const next = chip.getNextSibling();
  const selection = $createRangeSelection();
  if ($isTextNode(previous)) selection.anchor.set(previous.getKey(), previous.getTextContentSize(), 'text');
  else selection.anchor.set(parent.getKey(), index, 'element');
  if ($isTextNode(next)) selection.focus.set(next.getKey(), 0, 'text');
  else selection.focus.set(parent.getKey(), index + 1, 'element');
  // A second click on the same chip gives an equal selection, which Lexical would not write
  // back to the DOM; but the mousedown has already moved the browser's caret away.
  selection.dirty = true;
  $setSelection(selection);
  return selection;
}

/** Puts a collapsed caret just before or just after the chip. */
export function $caretBeside(chip: FactNode, after: boolean): void {
  if (after) chip.selectNext(0, 0);
  else chip.selectPrevious();
}

/** A caret remembered by node keys, so a later update can put it back if those nodes still exist. */
export interface RememberedCaret {
  anchor: { key: string; offset: number; type: 'text' | 'element' };
  focus: { key: string; offset: number; type: 'text' | 'element' };
}

export function $rememberCaret(): RememberedCaret | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { anchor, focus } = selection;
  return {
    anchor: { key: anchor.key, offset: anchor.offset, type: anchor.type },
    focus: { key: focus.key, offset: focus.offset, type: focus.type },
  };
}

const $pointIsValid = (point: RememberedCaret['anchor']): boolean => {
  const node = $getNodeByKey(point.key);
  if (!node || !node.isAttached()) return false;
  if (point.type === 'text') return $isTextNode(node) && point.offset <= node.getTextContentSize();
  return $isElementNode(node) && point.offset <= node.getChildrenSize();
};

/** Puts a remembered caret back; false when its nodes were since removed or changed shape. */
export function $restoreCaret(caret: RememberedCaret | null): boolean {
  if (!caret || !$pointIsValid(caret.anchor) || !$pointIsValid(caret.focus)) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(caret.anchor.key, caret.anchor.offset, caret.anchor.type);
  selection.focus.set(caret.focus.key, caret.focus.offset, caret.focus.type);
  $setSelection(selection);
  return true;
}

const lastCarets = new WeakMap<object, RememberedCaret>();

/** Called on every update that leaves a range selection in the editor. */
export function rememberLastCaret(editor: object, caret: RememberedCaret): void {
  lastCarets.set(editor, caret);
}

/**
 * Where an insertion from outside the editor (the fact panel, a menu) goes: the caret if the
 * editor still has one, else where it last was, else the end of the note. A chip that the
 * caret spans is kept: the insertion goes right after it.
 */
export function $caretForInsertion(editor: object, fallback: () => void): void {
  let selection = $getSelection();
  if (!$isRangeSelection(selection) && !$restoreCaret(lastCarets.get(editor) ?? null)) fallback();
  selection = $getSelection();
  const spanned = $chipSpannedBy(selection);
  if (spanned) $caretBeside(spanned, true);
}
