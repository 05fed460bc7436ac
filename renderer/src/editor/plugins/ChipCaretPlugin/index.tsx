import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getEditor,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  COMMAND_PRIORITY_LOW,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
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

/**
 * Text typed at a caret beside a chip goes where the editor holds the caret. Chrome's own
 * target for the key can be on the other side of the chip (a chip first in its block: the
 * caret just after it is reported as the block's start), and Lexical adopts that target, so
 * the key landed before a chip just inserted from the panel. Here Lexical inserts the text itself.
 */
function $typeBesideChip(event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || event.data === null || event.data.includes('\n')) return false;
  const selection = $getSelection();
  if (!$chipBesideCaret(selection, true) && !$chipBesideCaret(selection, false)) return false;
  event.preventDefault();
  return $getEditor().dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, event.data);
}

/**
 * A press on a chip (not on its Update button) selects the whole chip, like a Word field. Done
 * on mousedown, with the browser's own handling prevented: left alone, Chrome moves its caret
 * into the chip's non-editable text (or starts dragging a chip already selected), and the next
 * key then lands at the start of the note.
 */
function selectPressedChip(editor: LexicalEditor, root: HTMLElement, event: MouseEvent): void {
  const target = event.target;
  if (event.button !== 0 || event.shiftKey || !(target instanceof Element) || target.closest('button')) return;
  const host = target.closest('.fact-chip-host');
  if (!host || !root.contains(host)) return;
  event.preventDefault();
  // Focus first: focusing puts the browser's caret at the note's start, which the chip's range then replaces.
  if (document.activeElement !== root) root.focus({ preventScroll: true });
  editor.update(
    () => {
      const node = $getNearestNodeFromDOMNode(host);
      if ($isFactNode(node)) $selectChip(node);
    },
    { discrete: true },
  );
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
    const onMouseDown = (event: MouseEvent) => root && selectPressedChip(editor, root, event);
    root?.addEventListener('blur', onBlur);
    root?.addEventListener('mousedown', onMouseDown);
    const unregister = mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          navigating = navigationKeys.has(event.key);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(BEFORE_INPUT_COMMAND, $typeBesideChip, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_LEFT_COMMAND, (event) => $stepOverChip(event, true), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_RIGHT_COMMAND, (event) => $stepOverChip(event, false), COMMAND_PRIORITY_HIGH),
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
      root?.removeEventListener('mousedown', onMouseDown);
      unregister();
      store.set(null);
    };
  }, [editor, store]);
  return null;
}
