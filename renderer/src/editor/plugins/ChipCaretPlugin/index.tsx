import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useContext, useEffect } from 'react';
import { $isFactNode } from '../../nodes/FactNode';
import { CaretChipContext } from './caretChipStore';
import { $caretBeside, $chipBesideCaret, $chipSpannedBy, $rememberCaret, $selectChip, rememberLastCaret } from './chipSelection';

const navigationKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** The chip the caret spans, else (after a navigation key) the chip just before or after it. */
function $chipAtCaret(navigating: boolean): string | null {
  const selection = $getSelection();
  const spanned = $chipSpannedBy(selection);
  if (spanned) return spanned.getKey();
  if (!navigating) return null;
  return ($chipBesideCaret(selection, true) ?? $chipBesideCaret(selection, false))?.getKey() ?? null;
}

/** A plain arrow press steps over a chip in one go; on a spanned chip it lands on that side. */
function $stepOverChip(event: KeyboardEvent, backward: boolean): boolean {
  if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
  const selection = $getSelection();
  const chip = $chipSpannedBy(selection) ?? $chipBesideCaret(selection, backward);
  if (!chip) return false;
  event.preventDefault();
  $caretBeside(chip, !backward);
  return true;
}

/** A click on a chip (not on its Update button) selects the whole chip, like a Word field. */
function $selectClickedChip(event: MouseEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element) || target.closest('button')) return false;
  const host = target.closest('.fact-chip-host');
  if (!host) return false;
  const node = $getNearestNodeFromDOMNode(host);
  if (!$isFactNode(node)) return false;
  $selectChip(node);
  return true;
}

/**
 * The caret around chips (issue 12, item 2) and which chip shows its popover. One listener for
 * all chips (a per-chip selection hook would add hundreds of update listeners to a long note).
 * Keyboard users get the same popover as mouse users: a chip the caret spans or steps next to
 * with the arrow keys shows its source and status; typing hides it again.
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
      editor.registerCommand(KEY_ARROW_LEFT_COMMAND, (event) => $stepOverChip(event, true), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_RIGHT_COMMAND, (event) => $stepOverChip(event, false), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(CLICK_COMMAND, $selectClickedChip, COMMAND_PRIORITY_LOW),
      editor.registerUpdateListener(({ editorState }) => {
        const { chip, caret, nodeSelected } = editorState.read(() => ({
          chip: $chipAtCaret(navigating),
          caret: $rememberCaret(),
          nodeSelected: $isNodeSelection($getSelection()),
        }));
        navigating = false;
        store.set(chip);
        if (caret) rememberLastCaret(editor, caret);
        // Lexical's own paths (arrow onto a keyboard-selectable decorator) make a NodeSelection,
        // which leaves the browser without a caret: turn it into the range over the chip.
        if (nodeSelected && chip) {
          editor.update(() => {
            const spanned = $chipSpannedBy($getSelection());
            if (spanned) $selectChip(spanned);
          });
        }
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
