import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $isElementNode, ParagraphNode, type Klass, type LexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteLanguages, type NoteLanguage } from '../../../../../shared/note-format';
import { $blockLanguage, $markSelectionLanguage, $selectionLanguage } from '../../nodes/languageMarks';

const markableBlocks: Klass<LexicalNode>[] = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode];

/**
 * A block marked as another language carries `lang` on its element, as a phrase's span does,
 * so the spell checker (which reads the nearest `[lang]`) and screen readers follow it.
 */
export function BlockLanguagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        ...markableBlocks.map((klass) =>
          editor.registerMutationListener(klass, (mutations) => {
            editor.getEditorState().read(() => {
              for (const [key, mutation] of mutations) {
                if (mutation === 'destroyed') continue;
                const node = $getNodeByKey(key);
                const dom = editor.getElementByKey(key);
                if (!dom || !$isElementNode(node)) continue;
                const lang = $blockLanguage(node);
                if (lang) dom.setAttribute('lang', lang);
                else dom.removeAttribute('lang');
              }
            });
          }),
        ),
      ),
    [editor],
  );
  return null;
}

/** The toolbar's "Language" control: marks the selected words, or the current paragraph, as English, Vietnamese or the note's language. */
export function LanguageSelect() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [current, setCurrent] = useState<NoteLanguage | ''>('');
  useEffect(() => editor.registerUpdateListener(({ editorState }) => setCurrent(editorState.read($selectionLanguage) ?? '')), [editor]);
  return (
    <select
      className="select toolbar-select"
      data-testid="mark-language"
      aria-label={t('language.selection')}
      title={t('language.selectionTitle')}
      value={current}
      onChange={(e) => {
        const value = e.target.value;
        editor.update(() => void $markSelectionLanguage(value === '' ? null : (value as NoteLanguage)));
      }}
    >
      <option value="">{t('language.noteLanguage')}</option>
      {noteLanguages.map((lang) => (
        <option key={lang} value={lang}>
          {t(`language.${lang}`)}
        </option>
      ))}
    </select>
  );
}
