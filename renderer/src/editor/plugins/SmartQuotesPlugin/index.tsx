import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { typographicQuote } from './quotes';

/** The character just before a collapsed caret; null at the start of a paragraph. */
function $characterBeforeCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  if ($isTextNode(node) && anchor.offset > 0) return node.getTextContent()[anchor.offset - 1] ?? null;
  const previous = $isTextNode(node) ? node.getPreviousSibling() : anchor.offset > 0 ? node.getChildAtIndex?.(anchor.offset - 1) : null;
  if (!previous) return null;
  // A fact chip or other inline node before the caret reads as the end of a word.
  const text = previous.getTextContent();
  return text.length ? text[text.length - 1]! : null;
}

/** Turns typed ' and " into typographic quotes and apostrophes (a setting, on by default). */
export function SmartQuotesPlugin({ enabled }: { enabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!enabled) return;
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if ((event.key !== "'" && event.key !== '"') || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        event.preventDefault();
        // Typing over a selection replaces it; the quote then fits what stands before.
        if (!selection.isCollapsed()) selection.removeText();
        selection.insertText(typographicQuote(event.key, $characterBeforeCaret()));
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, enabled]);
  return null;
}
