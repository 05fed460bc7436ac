import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { QuoteSelector, SourceWithText } from '../../../../shared/model';
import { selectionOffsetsIn, selectorFor, selectTextRange, textRuns, trimRange, type Highlight } from './textRanges';
import { useTranslation } from 'react-i18next';

interface Props {
  source: SourceWithText;
  highlights: readonly Highlight[];
  /** What a selected passage is for: "New fact from selection", "Use this passage"... */
  actionLabel: string;
  onSelectPassage(selector: QuoteSelector): void;
}

interface Picked {
  start: number;
  end: number;
  /** Where to float the button (viewport coordinates of the selection's end). */
  top: number;
  left: number;
}

/**
 * A source's stored text, exactly as stored: rendered as text nodes only (never as HTML), so
 * the text content of the reader is the source's text and selection offsets are text offsets.
 */
export function SourceReader({ source, highlights, actionLabel, onSelectPassage }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [find, setFind] = useState('');
  const [findMessage, setFindMessage] = useState<string | null>(null);
  const { t } = useTranslation();
  const runs = useMemo(() => textRuns(source.text.length, highlights), [source.text.length, highlights]);

  // The selection's place, recomputed as it changes and as the text scrolls under it.
  const follow = useCallback(() => {
    const root = textRef.current;
    const offsets = root ? selectionOffsetsIn(root) : null;
    const trimmed = offsets && trimRange(source.text, offsets.start, offsets.end);
    if (!trimmed) return setPicked(null);
    const rects = root!.ownerDocument.getSelection()!.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    // Kept on screen even when the selection's end has scrolled out of view.
    const top = Math.min(Math.max(last ? last.bottom + 6 : 8, 8), window.innerHeight - 44);
    setPicked({ ...trimmed, top, left: last ? last.right : 0 });
  }, [source.text]);

  useEffect(() => {
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [follow]);

  useEffect(() => setPicked(null), [source.id]);

  const usePassage = useCallback(() => {
    if (picked) onSelectPassage(selectorFor(source.text, picked.start, picked.end));
  }, [picked, onSelectPassage, source.text]);

  /** Finds the next occurrence of the typed passage after the current selection and selects it. */
  const findPassage = () => {
    const wanted = find.trim();
    const root = textRef.current;
    if (!wanted || !root) return;
    let at = source.text.indexOf(wanted, picked ? picked.start + 1 : 0);
    if (at < 0) at = source.text.indexOf(wanted);
    if (at < 0) return setFindMessage(t('reader.notFound'));
    setFindMessage(null);
    const range = selectTextRange(root, at, at + wanted.length);
    const scroller = scrollRef.current;
    if (range && scroller) scroller.scrollBy(0, range.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3);
  };

  // Keep the selection when the button is pressed: the selection is what the button acts on.
  const keepSelection = (e: MouseEvent) => e.preventDefault();

  return (
    <div className="reader">
      <div className="reader-toolbar">
        <input
          className="text-input reader-find"
          type="search"
          aria-label={t('reader.findLabel')}
          placeholder={t('reader.findPlaceholder')}
          value={find}
          onChange={(e) => setFind(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              findPassage();
            }
          }}
          data-testid="reader-find"
        />
        <span className="muted reader-hint" aria-live="polite">
          {findMessage ?? (picked ? t('reader.selected', { count: picked.end - picked.start }) : t('reader.selectHint'))}
        </span>
        <button type="button" className="button button-small" disabled={!picked} onMouseDown={keepSelection} onClick={usePassage} data-testid="selection-action-toolbar">
          {actionLabel}
        </button>
      </div>
      <div ref={scrollRef} className="reader-scroll" onScroll={follow}>
        <div ref={textRef} className="source-text" data-testid="source-text" lang={source.language ?? undefined} tabIndex={0} aria-label={t('reader.textOf', { title: source.title })}>
          {runs.map((run) =>
            run.highlights.length === 0 ? (
              source.text.slice(run.start, run.end)
            ) : (
              <mark
                key={run.start}
                className={`quote-mark quote-mark--${run.highlights[0]!.status}`}
                data-testid="quote-mark"
                data-fact-ids={[...new Set(run.highlights.map((h) => h.factId))].join(' ')}
                title={t('reader.quotedBy', { facts: run.highlights.map((h) => h.factId).join(', ') })}
              >
                {source.text.slice(run.start, run.end)}
              </mark>
            ),
          )}
        </div>
      </div>
      {picked && (
        <button
          type="button"
          className="button button-primary selection-action"
          style={{ top: picked.top, left: Math.max(8, Math.min(picked.left - 80, window.innerWidth - 220)) }}
          onMouseDown={keepSelection}
          onClick={usePassage}
          data-testid="selection-action"
        >
          {actionLabel}
        </button>
      )}
    </div>
  );
}
