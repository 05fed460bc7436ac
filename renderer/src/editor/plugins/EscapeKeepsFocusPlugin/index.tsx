import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_BEFORE_EDITOR, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Escape with no menu open keeps the caret where it is. Lexical's rich-text plugin blurs the
 * editor on Escape, which sent the drafter's next keys nowhere (issue 12). Menus (the `@`
 * typeahead) handle Escape at a higher priority first; this runs after them and before
 * rich-text's handler, and consumes the key.
 */
export function EscapeKeepsFocusPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ESCAPE_COMMAND, () => true, COMMAND_PRIORITY_BEFORE_EDITOR), [editor]);
  return null;
}
