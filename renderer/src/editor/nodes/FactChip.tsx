import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { memo, useContext, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { lacksTranslation } from '../../../../shared/citation-state';
import type { ServedCitation } from '../../../../shared/contract/export';
import type { FactSummary } from '../../../../shared/model';
import type { ChipForm } from '../../../../shared/note-format';
import { chipStanding, chipStateLabel, conflictLabel, type ChipState } from '.././nodes/chipState';
import { CitationNumbersContext, LiveFactsContext, NoteLanguageContext, ServedCitationsContext } from '../FactsContext';
import { CaretChipContext } from '../plugins/ChipCaretPlugin/caretChipStore';
import { referenceFor } from './citationNodes';
import { CitationFormSwitch } from './CitationFormSwitch';
import { $isFactNode } from './FactNode';
import { FactStatusHistory } from './FactStatusHistory';
import { NotPreferredNotice, preferredInstead } from './NotPreferredNotice';

interface Props {
  nodeKey: NodeKey;
  factId: string;
  factVersion: number;
  text: string;
  form: ChipForm;
}

/**
 * The view of a FactNode: the statement as inserted, its citation number and its live status.
 * Memoized: a long note has hundreds of chips and the editor re-renders its decorators often.
 */
export const FactChip = memo(function FactChip({ nodeKey, factId, factVersion, text, form }: Props) {
  const [editor] = useLexicalComposerContext();
  const language = useContext(NoteLanguageContext);
  const live = useContext(LiveFactsContext);
  const numbers = useContext(CitationNumbersContext);
  const served = useContext(ServedCitationsContext).get(factId);
  const caretStore = useContext(CaretChipContext);
  const noteLanguage = useContext(NoteLanguageContext);
  const { t } = useTranslation();
  const caretHere = useSyncExternalStore(caretStore.subscribe, () => caretStore.get() === nodeKey);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const chipRef = useRef<HTMLSpanElement>(null);
  const leaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A short grace period lets the pointer travel from the chip into its popover (to click Update).
  const hoverOn = () => {
    clearTimeout(leaveTimer.current);
    setHovered(true);
  };
  const hoverOff = () => {
    clearTimeout(leaveTimer.current);
    leaveTimer.current = setTimeout(() => setHovered(false), 180);
  };
  useEffect(() => () => clearTimeout(leaveTimer.current), []);
  // A fixed popover would drift from its chip when the note scrolls: close it instead.
  useEffect(() => {
    if (!hovered && !focused) return;
    const close = (e: Event) => {
      if (e.target instanceof Node && chipRef.current?.contains(e.target)) return;
      setHovered(false);
      setFocused(false);
    };
    window.addEventListener('scroll', close, true);
    return () => window.removeEventListener('scroll', close, true);
  }, [hovered, focused]);
  const popoverId = useId();
  const { state, conflicted } = chipStanding(factId, factVersion, live);
  const fact = live.facts.get(factId);
  const number = numbers.get(factId);
  // The fact has no statement in the note's language: the chip reads in the fact's own, marked (issue 15).
  const untranslated = fact !== undefined && lacksTranslation(fact, noteLanguage);
  const open = hovered || focused || caretHere;
  const preferredId = preferredInstead(fact);

  // Replacing the text is the user's decision, never automatic (issue 4: "text is never changed without the user's action").
  const updateToLatest = () => {
    if (!fact) return;
    // The button that had focus disappears with the stale state, and no blur event follows.
    setFocused(false);
    setHovered(false);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isFactNode(node)) return;
      // The new version in the chip's form (a figure chip shows the new figure); a version without a figure becomes a statement.
      const updated = referenceFor(fact, form, language);
      node.setFactVersion(fact.version, updated.text);
      if (updated.form !== form) node.setForm(updated.form ?? 'statement', updated.text);
    });
  };

  return (
    <span
      className={`fact-chip fact-chip--${state} fact-chip--${form}${conflicted ? ' fact-chip--conflict' : ''}${preferredId ? ' fact-chip--not-preferred' : ''}${caretHere ? ' fact-chip--selected' : ''}`}
      data-testid="fact-chip"
      data-fact-id={factId}
      data-fact-version={factVersion}
      data-state={state}
      data-form={form}
      data-conflict={conflicted || undefined}
      data-preferred-instead={preferredId ?? undefined}
      aria-describedby={open ? popoverId : undefined}
      ref={chipRef}
      onMouseEnter={hoverOn}
      onMouseLeave={hoverOff}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span className="fact-chip-text">{text}</span>
      {untranslated && (
        <span
          className="fact-chip-language"
          data-testid="chip-language"
          role="img"
          aria-label={t('chip.otherLanguage', { language: t(`language.${fact.language}`), noteLanguage: t(`language.${noteLanguage}`) })}
          title={t('chip.otherLanguage', { language: t(`language.${fact.language}`), noteLanguage: t(`language.${noteLanguage}`) })}
        >
          {fact.language.toUpperCase()}
        </span>
      )}
      {number !== undefined && <sup className="fact-chip-number">{number}</sup>}
      {state === 'stale' && (
        <button
          type="button"
          className="fact-chip-update"
          data-testid="chip-update"
          aria-label={t('chip.updateTo', { version: fact?.version ?? '' })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={updateToLatest}
        >
          {t('chip.update')}
        </button>
      )}
      {open && (
        <FactPopover
          id={popoverId}
          anchor={chipRef}
          state={state}
          conflicted={conflicted}
          fact={fact}
          served={served}
          text={text}
          factVersion={factVersion}
          onUpdate={updateToLatest}
          onPointerInside={hoverOn}
          onPointerOutside={hoverOff}
          formControls={
            <>
              <NotPreferredNotice nodeKey={nodeKey} fact={fact} />
              <CitationFormSwitch nodeKey={nodeKey} form={form} factVersion={factVersion} fact={fact} />
            </>
          }
        />
      )}
    </span>
  );
});

interface PopoverProps {
  id: string;
  anchor: RefObject<HTMLSpanElement | null>;
  onPointerInside(): void;
  onPointerOutside(): void;
  state: ChipState;
  conflicted: boolean;
  fact: FactSummary | undefined;
  /** The footnote the export will print for this fact: its quote and the quote's source. */
  served: ServedCitation | undefined;
  text: string;
  factVersion: number;
  onUpdate(): void;
  /** The citation's form switch (figure, statement, own words). */
  formControls?: ReactNode;
}

const popoverWidth = 340;

/** Placed under the chip's last line (a chip can wrap), kept inside the window, above the chip if there is no room below. */
function placeBelow(anchor: HTMLElement, height: number): CSSProperties {
  const rects = anchor.getClientRects();
  const rect = rects[rects.length - 1] ?? anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - popoverWidth - 8));
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? Math.max(8, (rects[0] ?? rect).top - height - 6) : below;
  return { position: 'fixed', left, top, width: popoverWidth };
}

export function FactPopover({ id, anchor, state, conflicted, fact, served, text, factVersion, onUpdate, onPointerInside, onPointerOutside, formControls }: PopoverProps) {
  const { t } = useTranslation();
  // The quote and source the footnote uses (export.citations), never a choice of the popover's own.
  const quote = served?.quote ?? null;
  const source = served?.sources.find((s) => s.id === quote?.sourceId) ?? served?.sources[0];
  const ref = useRef<HTMLSpanElement>(null);
  const [style, setStyle] = useState<CSSProperties>({ position: 'fixed', visibility: 'hidden', width: popoverWidth });
  useLayoutEffect(() => {
    if (anchor.current && ref.current) setStyle(placeBelow(anchor.current, ref.current.offsetHeight));
  }, [anchor, state, conflicted, fact, served]);
  return createPortal(
    // A press inside the popover keeps the editor's focus and caret (issue 12: control stays with the writer).
    <span
      role="tooltip"
      id={id}
      ref={ref}
      className="fact-popover"
      style={style}
      onMouseEnter={onPointerInside}
      onMouseLeave={onPointerOutside}
      onMouseDown={(e) => e.preventDefault()}
    >
      <span className={`fact-popover-status status-${state}`}>{chipStateLabel(state)}</span>
      {conflicted && (
        <span className="fact-popover-conflict" data-testid="chip-conflict">
          {conflictLabel()}
        </span>
      )}
      {state === 'stale' && fact && (
        <span className="fact-popover-change">
          <span className="fact-popover-label">{t('chip.inNote', { version: factVersion })}</span>
          <del>{text}</del>
          <span className="fact-popover-label">{t('chip.now', { version: fact.version })}</span>
          <ins>{fact.statement}</ins>
          <button type="button" className="button button-small button-primary" onMouseDown={(e) => e.preventDefault()} onClick={onUpdate}>
            {t('chip.updateCitation')}
          </button>
        </span>
      )}
      {fact && (
        <>
          {source && (
            <span className="fact-popover-row">
              <span className="fact-popover-label">{t('evidence.source')}</span>
              {source.title}
              {source.publisher ? ` · ${source.publisher}` : ''}
              {source.published ? ` · ${source.published}` : ''}
            </span>
          )}
          {quote && (
            <q className="fact-popover-quote" data-testid="chip-quote">
              {quote.text}
            </q>
          )}
          <FactStatusHistory fact={fact} />
        </>
      )}
      {formControls}
    </span>,
    document.body,
  );
}
