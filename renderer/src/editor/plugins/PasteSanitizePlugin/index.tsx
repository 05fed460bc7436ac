import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect, useState } from 'react';
import { sanitizePastedHtml } from './sanitize';

const lexicalClipboardType = 'application/x-lexical-editor';

/**
 * A paste larger than this is refused with a message rather than inserted: Chromium needs
 * minutes to lay out a multi-megabyte paragraph, and a briefing note is about two pages. The
 * clipboard keeps the text, so nothing is lost; a document that long belongs in the sources.
 */
export const maxPasteCharacters = 2_000_000;

export function pasteTooLargeMessage(characters: number): string {
  const size = characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} million characters` : `${characters} characters`;
  return `That paste is too long for a briefing note (${size}; the limit is 2 million), so nothing was pasted. To quote from a document that long, import it as a source (Import source…) and cite its facts.`;
}

/**
 * Runs before Lexical's own paste handler: HTML is sanitized, then handed to the same
 * rich-text import. Lexical's JSON clipboard (copy between notes) carries only our own
 * node types, so it passes through and chips keep their fact id and version.
 */
export function PasteSanitizePlugin() {
  const [editor] = useLexicalComposerContext();
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const characters = Math.max(data.getData('text/plain').length, data.getData('text/html').length);
          if (characters <= maxPasteCharacters) return false;
          event.preventDefault();
          setRefusal(pasteTooLargeMessage(characters));
          return true;
        },
        // Before the sanitizer: a huge paste is never parsed at all.
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
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
  if (!refusal) return null;
  return (
    <div className="paste-refusal" role="alert" data-testid="paste-refused">
      <span>{refusal}</span>
      <button type="button" className="link-button" onClick={() => setRefusal(null)}>
        Dismiss
      </button>
    </div>
  );
}
