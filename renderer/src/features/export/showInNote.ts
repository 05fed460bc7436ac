import { $createNodeSelection, $getNearestNodeFromDOMNode, $setSelection, type LexicalEditor } from 'lexical';

/**
 * "Show in note": scrolls the first chip citing this fact into view and selects it, so the
 * user lands on the figure the check is about (the chip of `factVersion` when given, for a
 * finding about one version). False when the chip is not in the note.
 */
export function showFactInNote(editor: LexicalEditor | null, factId: string, factVersion?: number): boolean {
  const version = factVersion === undefined ? '' : `[data-fact-version="${factVersion}"]`;
  const chip =
    document.querySelector<HTMLElement>(`[data-testid="fact-chip"][data-fact-id="${CSS.escape(factId)}"]${version}`) ??
    document.querySelector<HTMLElement>(`[data-testid="fact-chip"][data-fact-id="${CSS.escape(factId)}"]`);
  if (!chip) return false;
  chip.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (editor) {
    // editor.focus() only moves the DOM selection, which a node selection then clears: focus
    // the editable itself so the keyboard is on the note, at the chip.
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(() => {
      const node = $getNearestNodeFromDOMNode(chip);
      if (!node) return;
      const selection = $createNodeSelection();
      selection.add(node.getKey());
      $setSelection(selection);
    });
  }
  return true;
}
