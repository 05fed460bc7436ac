import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { $createNodeSelection, $getNodeByKey, $isTextNode, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { firstTextNode, paintHighlight, supportsHighlights } from '../../highlights';
import { $isFactNode } from '../../nodes/FactNode';
import { findMatches, replaceInText, type Match, type TextRun } from './findMatches';
import { useTranslation } from 'react-i18next';
import { editorKeys } from '../../../../../shared/editor-keys';

/** The note's text in reading order: its text nodes and, as whole runs, its fact chips' statements. */
function $textRuns(): TextRun[] {
  const runs: TextRun[] = [];
  for (const { node } of $dfs()) {
    if ($isTextNode(node)) runs.push({ key: node.getKey(), text: node.getTextContent() });
    else if ($isFactNode(node)) runs.push({ key: node.getKey(), text: node.getText(), chip: true });
  }
  return runs;
}

function domRangeFor(editor: LexicalEditor, match: Match): Range | null {
  const host = editor.getElementByKey(match.key);
  // In a chip, only its statement is searched (not its footnote number or buttons).
  const element = match.chip ? host?.querySelector('.fact-chip-text') : host;
  if (!element) return null;
  const text = firstTextNode(element);
  if (!text || (text.textContent ?? '').length < match.end) return null;
  const range = document.createRange();
  range.setStart(text, match.start);
  range.setEnd(text, match.end);
  return range;
}

/**
 * Ctrl+F find bar, Ctrl+H with Replace. Matches are painted with the CSS Custom Highlight API,
 * so the note's DOM (owned by Lexical) is never touched; Enter moves to the next match and
 * selects it. Fact chips are searched too (a figure in a note is usually inside one), but a
 * replace never changes a chip: its words are the fact's, and the fact is cited as it stands.
 */
export function FindPlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);
  const [replacing, setReplacing] = useState(false);
  const [replacement, setReplacement] = useState('');
  const [replaceReport, setReplaceReport] = useState('');
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // The first Enter selects the match already shown; later ones move on.
  const landed = useRef(false);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const key = e.key.toUpperCase();
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (key === editorKeys.find || key === editorKeys.replace)) {
        e.preventDefault();
        // Rendered and focused before the next key arrives, so fast typing lands in the find box.
        flushSync(() => {
          setOpen(true);
          setReplacing(key === editorKeys.replace);
        });
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const search = useCallback(() => {
    setMatches(findMatches(editor.getEditorState().read($textRuns), query));
  }, [editor, query]);

  useEffect(() => {
    if (!open) return;
    search();
    return editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (dirtyLeaves.size || dirtyElements.size) search();
    });
  }, [open, search, editor]);

  useEffect(() => {
    setCurrent(0);
    landed.current = false;
    setReplaceReport('');
  }, [query]);

  useEffect(() => {
    if (!supportsHighlights()) return;
    if (!open || matches.length === 0) {
      paintHighlight('find-match', []);
      paintHighlight('find-current', []);
      return;
    }
    const ranges = matches.map((m) => domRangeFor(editor, m));
    paintHighlight('find-match', ranges.filter((r): r is Range => r !== null));
    const active = ranges[current % matches.length];
    if (active) {
      paintHighlight('find-current', [active]);
      active.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
  }, [open, matches, current, editor]);

  const selectMatch = (index: number) => {
    const match = matches[index];
    if (!match) return;
    setCurrent(index);
    // Moves Lexical's selection to the match without stealing focus from the find box.
    editor.update(
      () => {
        const node = $getNodeByKey(match.key);
        if ($isTextNode(node)) node.select(match.start, match.end);
        else if ($isFactNode(node)) {
          // A chip is one unit: it is selected whole, as a click on it would.
          const selection = $createNodeSelection();
          selection.add(node.getKey());
          $setSelection(selection);
        }
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    );
  };

  /** Replaces the given matches in the note's text (never in a chip), as one undoable step. */
  const replaceMatches = (targets: Match[]) => {
    const inText = targets.filter((m) => !m.chip);
    const inChips = targets.length - inText.length;
    let replaced = 0;
    editor.update(() => {
      const byNode = new Map<string, Match[]>();
      for (const m of inText) byNode.set(m.key, [...(byNode.get(m.key) ?? []), m]);
      for (const [key, nodeMatches] of byNode) {
        const node = $getNodeByKey(key);
        if (!$isTextNode(node)) continue;
        const result = replaceInText(node.getTextContent(), nodeMatches, query, replacement);
        if (result.replaced === 0) continue;
        node.setTextContent(result.text);
        replaced += result.replaced;
      }
    });
    setReplaceReport(inChips ? t('find.replacedKept', { count: replaced, kept: inChips }) : t('find.replaced', { count: replaced }));
  };

  const close = () => {
    setOpen(false);
    editor.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = landed.current ? (e.shiftKey ? matches.length - 1 : 1) : 0;
      landed.current = true;
      selectMatch((current + step) % matches.length);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const currentMatch = matches.length ? matches[current % matches.length] : undefined;

  if (!open) return null;
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        className="text-input"
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={query}
        data-testid="find-input"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <span className="find-count" aria-live="polite">
        {query ? (matches.length ? t('find.position', { n: (current % matches.length) + 1, total: matches.length }) : t('find.none')) : ''}
      </span>
      <button type="button" className="icon-button" aria-label={t('find.previous')} disabled={!matches.length} onClick={() => selectMatch((current + matches.length - 1) % matches.length)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label={t('find.next')} disabled={!matches.length} onClick={() => selectMatch((current + 1) % matches.length)}>
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={t('find.close')} onClick={close}>
        ×
      </button>
      {replacing && (
        <div className="find-replace">
          <input
            className="text-input"
            type="text"
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            value={replacement}
            data-testid="replace-input"
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                close();
              }
            }}
          />
          <button
            type="button"
            className="button button-small"
            data-testid="replace-one"
            disabled={!currentMatch || currentMatch.chip}
            title={currentMatch?.chip ? t('find.inChip') : undefined}
            onClick={() => currentMatch && replaceMatches([currentMatch])}
          >
            {t('find.replace')}
          </button>
          <button type="button" className="button button-small" data-testid="replace-all" disabled={!matches.length} onClick={() => replaceMatches(matches)}>
            {t('find.replaceAll')}
          </button>
          <span className="find-count" role="status" data-testid="replace-report">
            {replaceReport}
          </span>
        </div>
      )}
    </div>
  );
}
