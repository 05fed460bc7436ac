import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { sanitizePastedHtml } from './sanitize';

const lexicalClipboardType = 'application/x-lexical-editor';

/**
 * Runs before Lexical's own paste handler: HTML is sanitized, then handed to the same
 * rich-text import. Lexical's JSON clipboard (copy between notes) carries only our own
 * node types, so it passes through and chips keep their fact id and version.
 */
export function PasteSanitizePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (!data || !html) return false;
          event.preventDefault();
          const clean = new DataTransfer();
          const lexicalJson = data.getData(lexicalClipboardType);
          if (lexicalJson) clean.setData(lexicalClipboardType, lexicalJson);
          clean.setData('text/html', sanitizePastedHtml(html));
          clean.setData('text/plain', data.getData('text/plain'));
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection) $insertDataTransferForRichText(clean, selection, editor);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
