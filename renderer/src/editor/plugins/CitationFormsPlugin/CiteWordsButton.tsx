import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Cite words": with words selected in the note, takes the drafter to the fact panel's search,
 * where "Attach to selected words" on a fact cites it with those words (the own-words form).
 * The note keeps its selection while the panel has focus.
 */
export function CiteWordsButton() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [hasWords, setHasWords] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        setHasWords(
          editorState.read(() => {
            const selection = $getSelection();
            return $isRangeSelection(selection) && !selection.isCollapsed() && selection.getTextContent().trim() !== '';
          }),
        ),
      ),
    [editor],
  );
  return (
    <button
      type="button"
      className="button button-small"
      data-testid="cite-words"
      disabled={!hasWords}
      title={hasWords ? t('cite.attachToolbarTitle') : t('cite.attachNeedsSelection')}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => document.querySelector<HTMLInputElement>('[data-testid="fact-search"]')?.focus()}
    >
      {t('cite.attachToolbar')}
    </button>
  );
}
