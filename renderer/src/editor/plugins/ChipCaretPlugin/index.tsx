import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalNode } from 'lexical';
import { useContext, useEffect } from 'react';
import { $isFactNode } from '../../nodes/FactNode';
import { CaretChipContext } from './caretChipStore';

const navigationKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** The chip just before the caret, else just after it, else a chip selected as a node. */
function $chipAtCaret(navigating: boolean): string | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const nodes = selection.getNodes();
    return nodes.length === 1 && $isFactNode(nodes[0]) ? nodes[0].getKey() : null;
  }
  if (!navigating || !$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  let before: LexicalNode | null = null;
  let after: LexicalNode | null = null;
  if ($isTextNode(node)) {
    if (anchor.offset === 0) before = node.getPreviousSibling();
    if (anchor.offset === node.getTextContentSize()) after = node.getNextSibling();
  } else if ($isElementNode(node)) {
    before = node.getChildAtIndex(anchor.offset - 1);
    after = node.getChildAtIndex(anchor.offset);
  }
  if ($isFactNode(before)) return before.getKey();
  if ($isFactNode(after)) return after.getKey();
  return null;
}

/**
 * One listener for all chips (a per-chip selection hook would add hundreds of update listeners
 * to a long note). Keyboard users get the same popover as mouse users: after moving the caret onto a chip with
 * the arrow keys, that chip shows its source and status. Typing or clicking hides it again.
 */
export function ChipCaretPlugin() {
  const [editor] = useLexicalComposerContext();
  const store = useContext(CaretChipContext);
  useEffect(() => {
    let navigating = false;
    const root = editor.getRootElement();
    const onBlur = () => store.set(null);
    root?.addEventListener('blur', onBlur);
    const unregister = mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          navigating = navigationKeys.has(event.key);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerUpdateListener(({ editorState }) => {
        store.set(editorState.read(() => $chipAtCaret(navigating)));
        navigating = false;
      }),
    );
    return () => {
      root?.removeEventListener('blur', onBlur);
      unregister();
      store.set(null);
    };
  }, [editor, store]);
  return null;
}
