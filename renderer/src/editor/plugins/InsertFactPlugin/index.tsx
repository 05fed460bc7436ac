import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getEditor,
  $getRoot,
  $insertNodes,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import { $attachFactToSelection } from '../../nodes/citationNodes';
import { $createFactNode, type FactReference } from '../../nodes/FactNode';
import { $caretForInsertion } from '../ChipCaretPlugin/chipSelection';

/** Inserts a chip (statement or figure) at the caret (or where the caret last was in the editor, else at the end of the note). */
export const INSERT_FACT_COMMAND: LexicalCommand<FactReference> = createCommand('INSERT_FACT_COMMAND');

/** Cites a fact with the words selected in the note (the own-words form); handled only when words are selected. */
export const ATTACH_FACT_COMMAND: LexicalCommand<{ factId: string; factVersion: number }> = createCommand('ATTACH_FACT_COMMAND');

/** Drag payload from a fact card: JSON `{factId, factVersion, text, form}`. */
export const factDragType = 'application/x-briefing-fact';

export function readFactDrag(data: DataTransfer | null): FactReference | null {
  const raw = data?.getData(factDragType);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<FactReference>;
    if (typeof parsed.factId === 'string' && typeof parsed.factVersion === 'number' && typeof parsed.text === 'string') {
      return { factId: parsed.factId, factVersion: parsed.factVersion, text: parsed.text, form: parsed.form === 'figure' ? 'figure' : 'statement' };
    }
  } catch {
    // Not ours: let Lexical handle the drop.
  }
  return null;
}

export function $insertFact(reference: FactReference): void {
  $caretForInsertion($getEditor(), () => $getRoot().selectEnd());
  const chip = $createFactNode(reference);
  $insertNodes([chip]);
  // (0, 0): the start of the following text; without offsets Lexical selects its end.
  chip.selectNext(0, 0);
}

export function InsertFactPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_FACT_COMMAND,
          (reference) => {
            $insertFact(reference);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(ATTACH_FACT_COMMAND, ({ factId, factVersion }) => $attachFactToSelection(factId, factVersion), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(factDragType)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const reference = readFactDrag(event.dataTransfer);
            if (!reference) return false;
            event.preventDefault();
            const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
            if (range) {
              const selection = $createRangeSelection();
              selection.applyDOMRange(range);
              $setSelection(selection);
            }
            $insertFact(reference);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
