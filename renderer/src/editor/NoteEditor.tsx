import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor } from 'lexical';
import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { NoteContent } from '../../../shared/note-format';
import { FactNode } from './nodes/FactNode';
import { FactPhraseNode } from './nodes/FactPhraseNode';
import { LanguageSpanNode } from './nodes/LanguageSpanNode';
import { ChipCaretPlugin } from './plugins/ChipCaretPlugin';
import { CaretChipContext, createCaretChipStore } from './plugins/ChipCaretPlugin/caretChipStore';
import { DocumentWatchPlugin, type DocumentSummary } from './plugins/DocumentWatchPlugin';
import { EscapeKeepsFocusPlugin } from './plugins/EscapeKeepsFocusPlugin';
import { FindPlugin } from './plugins/FindPlugin';
import { BlockLanguagePlugin } from './plugins/LanguagePlugin';
import { PasteSanitizePlugin } from './plugins/PasteSanitizePlugin';
import { PlainLanguagePlugin } from './plugins/PlainLanguagePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';
import { useTranslation } from 'react-i18next';

export const noteNodes = [HeadingNode, QuoteNode, ListNode, ListItemNode, FactNode, FactPhraseNode, LanguageSpanNode];

interface Props {
  content: NoteContent;
  editorRef: RefObject<LexicalEditor | null>;
  onContentChange(): void;
  onSummary(summary: DocumentSummary): void;
  onHintCount(count: number): void;
  /** Extra toolbar items (history, save), rendered at the toolbar's end. */
  toolbarEnd?: ReactNode;
  /** Plugins that need the editor (fact insertion, typeahead). */
  plugins?: ReactNode;
  /** Shown under the note text (the references preview). */
  after?: ReactNode;
  /** Above the note text, inside the page (metadata form). */
  before?: ReactNode;
}

/** One note in Lexical. Remounted (by key) whenever another note or version is loaded. */
export function NoteEditor({ content, editorRef, onContentChange, onSummary, onHintCount, toolbarEnd, plugins, after, before }: Props) {
  const { t } = useTranslation();
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'briefing-note',
      theme: editorTheme,
      nodes: noteNodes,
      editorState: JSON.stringify(content),
      onError: (error: Error) => console.error(error),
    }),
    // The composer reads its config once; a new note comes with a new key.
    [],
  );
  const [caretChips] = useState(createCaretChipStore);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <CaretChipContext.Provider value={caretChips}>
        <ToolbarPlugin>{toolbarEnd}</ToolbarPlugin>
        <FindPlugin />
        <div className="editor-scroll">
          <div className="page">
            {before}
            <div className="editor-shell">
              <RichTextPlugin
                contentEditable={<ContentEditable className="editor-content" data-testid="editor" aria-label={t('editor.text')} aria-multiline spellCheck={false} />}
                placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
            {after}
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <PasteSanitizePlugin />
        <PlainLanguagePlugin onHintCount={onHintCount} />
        <DocumentWatchPlugin onSummary={onSummary} onContentChange={onContentChange} />
        <EditorRefPlugin editorRef={editorRef} />
        <ChipCaretPlugin />
        <BlockLanguagePlugin />
        <EscapeKeepsFocusPlugin />
        {plugins}
      </CaretChipContext.Provider>
    </LexicalComposer>
  );
}
