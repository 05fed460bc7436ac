import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../LanguagePlugin';

/** Block types and their labels' catalogue keys. */
const blockTypes = {
  paragraph: 'toolbar.blocks.paragraph',
  h1: 'toolbar.blocks.h1',
  h2: 'toolbar.blocks.h2',
  h3: 'toolbar.blocks.h3',
  quote: 'toolbar.blocks.quote',
  bullet: 'toolbar.blocks.bullet',
  number: 'toolbar.blocks.number',
} as const;
type BlockType = keyof typeof blockTypes;

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

interface Formats {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export function ToolbarPlugin({ children }: { children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [blockType, setBlockType] = useState<BlockType>('paragraph');
  const [formats, setFormats] = useState<Formats>({ bold: false, italic: false, underline: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const { t } = useTranslation();

  const $readSelection = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const next = { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline') };
    setFormats((prev) => (prev.bold === next.bold && prev.italic === next.italic && prev.underline === next.underline ? prev : next));
    const anchor = selection.anchor.getNode();
    const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    const list = $getNearestNodeOfType(anchor, ListNode);
    if (list && $isListNode(list)) setBlockType(list.getListType() === 'number' ? 'number' : 'bullet');
    else if ($isHeadingNode(block)) setBlockType(block.getTag() as BlockType);
    else if ($isQuoteNode(block)) setBlockType('quote');
    else setBlockType('paragraph');
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read($readSelection)),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, $readSelection],
  );

  const changeBlock = (next: BlockType) => {
    if (next === 'bullet') return editor.dispatchCommand(blockType === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (next === 'number') return editor.dispatchCommand(blockType === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (next === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
      else if (next === 'quote') $setBlocksType(selection, () => (blockType === 'quote' ? $createParagraphNode() : $createQuoteNode()));
      else $setBlocksType(selection, () => $createHeadingNode(next as HeadingTagType));
    });
  };

  const formatButton = (format: TextFormatType & keyof Formats, label: string, key: string, glyph: ReactNode) => (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      title={`${label} (${mod}${key})`}
      aria-pressed={formats[format]}
      onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
    >
      {glyph}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="tool-button" aria-label={t('toolbar.undo')} title={`${t('toolbar.undo')} (${mod}Z)`} disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </button>
      <button type="button" className="tool-button" aria-label={t('toolbar.redo')} title={`${t('toolbar.redo')} (${mod}Y)`} disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <select className="select toolbar-select" aria-label={t('toolbar.blockType')} value={blockType} onChange={(e) => changeBlock(e.target.value as BlockType)}>
        {Object.entries(blockTypes).map(([value, label]) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
      <LanguageSelect />
      <span className="toolbar-sep" aria-hidden="true" />
      {formatButton('bold', t('toolbar.bold'), 'B', <b>B</b>)}
      {formatButton('italic', t('toolbar.italic'), 'I', <i>I</i>)}
      {formatButton('underline', t('toolbar.underline'), 'U', <u>U</u>)}
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" className="tool-button" aria-label={t('toolbar.blocks.bullet')} aria-pressed={blockType === 'bullet'} onClick={() => changeBlock('bullet')}>
        <ListGlyph numbered={false} />
      </button>
      <button type="button" className="tool-button" aria-label={t('toolbar.blocks.number')} aria-pressed={blockType === 'number'} onClick={() => changeBlock('number')}>
        <ListGlyph numbered />
      </button>
      <button type="button" className="tool-button" aria-label={t('toolbar.blocks.quote')} aria-pressed={blockType === 'quote'} onClick={() => changeBlock('quote')}>
        ❝
      </button>
      <span className="toolbar-spacer" />
      {children}
    </div>
  );
}

function ListGlyph({ numbered }: { numbered: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {[3, 8, 13].map((y, i) =>
        numbered ? (
          <text key={y} x="0.5" y={y + 2.5} fontSize="5" fill="currentColor">
            {i + 1}
          </text>
        ) : (
          <circle key={y} cx="2" cy={y} r="1.3" fill="currentColor" />
        ),
      )}
      {[3, 8, 13].map((y) => (
        <rect key={`l${y}`} x="5" y={y - 0.6} width="10" height="1.2" fill="currentColor" />
      ))}
    </svg>
  );
}
