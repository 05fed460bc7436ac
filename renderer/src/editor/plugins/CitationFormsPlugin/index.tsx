import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $isNodeSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, type NodeKey } from 'lexical';
import { useContext, useEffect, useId, useMemo, useState } from 'react';
import { CitationNumbersContext, LiveFactsContext, NoteLanguageContext, ServedCitationsContext } from '../../FactsContext';
import { chipStanding } from '../../nodes/chipState';
import { $isCitationNode, $switchCitationForm, nextForm, switchBlocked, type CitationNode } from '../../nodes/citationNodes';
import { CitationFormSwitch } from '../../nodes/CitationFormSwitch';
import { FactPopover } from '../../nodes/FactChip';
import { NotPreferredNotice } from '../../nodes/NotPreferredNotice';
import { $isFactPhraseNode, FactPhraseNode } from '../../nodes/FactPhraseNode';
import { CaretChipContext } from '../ChipCaretPlugin/caretChipStore';

interface PhraseRef {
  factId: string;
  factVersion: number;
  text: string;
}

/** The citation the caret is on: a selected chip, the chip beside the caret, or the phrase the caret is in. */
function $citationAtCaret(caretChip: string | null): CitationNode | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const nodes = selection.getNodes();
    if (nodes.length === 1 && $isCitationNode(nodes[0])) return nodes[0];
  }
  const chip = caretChip ? $getNodeByKey(caretChip) : null;
  if ($isCitationNode(chip)) return chip;
  if ($isRangeSelection(selection)) {
    const node = selection.anchor.getNode();
    return $isFactPhraseNode(node) ? node : (node.getParents().find($isFactPhraseNode) ?? null);
  }
  return null;
}

/**
 * The writer's own words citing a fact get what a chip gets: its live state and citation number
 * (painted on the phrase's DOM, styled in CSS), the same popover with the form switch on hover or
 * when the caret is inside. Alt+Shift+C cycles the citation at the caret through the forms.
 */
export function CitationFormsPlugin() {
  const [editor] = useLexicalComposerContext();
  const live = useContext(LiveFactsContext);
  const numbers = useContext(CitationNumbersContext);
  const served = useContext(ServedCitationsContext);
  const language = useContext(NoteLanguageContext);
  const caretChips = useContext(CaretChipContext);
  const [phrases, setPhrases] = useState<ReadonlyMap<NodeKey, PhraseRef>>(new Map());
  const [hovered, setHovered] = useState<NodeKey | null>(null);
  const [caretIn, setCaretIn] = useState<NodeKey | null>(null);
  const popoverId = useId();

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(
          FactPhraseNode,
          (mutations) => {
            editor.getEditorState().read(() => {
              setPhrases((prev) => {
                const next = new Map(prev);
                for (const [key, mutation] of mutations) {
                  const node = $getNodeByKey(key);
                  if (mutation === 'destroyed' || !$isFactPhraseNode(node)) next.delete(key);
                  else next.set(key, { factId: node.getFactId(), factVersion: node.getFactVersion(), text: node.getTextContent() });
                }
                return next;
              });
            });
          },
          { skipInitialization: false },
        ),
        editor.registerUpdateListener(({ editorState }) => {
          setCaretIn(
            editorState.read(() => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return null;
              const node = selection.anchor.getNode();
              const phrase = $isFactPhraseNode(node) ? node : node.getParents().find($isFactPhraseNode);
              return phrase?.getKey() ?? null;
            }),
          );
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.altKey && event.shiftKey && event.code === 'KeyC')) return false;
            let switched = false;
            editor.update(() => {
              const node = $citationAtCaret(caretChips.get());
              if (!node) return;
              const fact = live.facts.get(node.getFactId());
              const current = $isFactPhraseNode(node) ? 'own-words' : node.getForm();
              // Skip a form this fact cannot take (no figure, or a newer version to update to first).
              let form = nextForm(current);
              while (form !== current && switchBlocked(form, node.getFactVersion(), fact) !== null) form = nextForm(form);
              if (form !== current) switched = $switchCitationForm(node, form, fact, language) !== null;
            });
            if (switched) event.preventDefault();
            return switched;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, live, language, caretChips],
  );

  // Hovering a phrase opens its popover, as hovering a chip does.
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    let leave: ReturnType<typeof setTimeout> | undefined;
    const keyOf = (el: Element | null) => {
      if (!el) return null;
      for (const key of phrases.keys()) if (editor.getElementByKey(key) === el) return key;
      return null;
    };
    const over = (e: MouseEvent) => {
      const key = keyOf(e.target instanceof Element ? e.target.closest('.fact-phrase') : null);
      if (key) {
        clearTimeout(leave);
        setHovered(key);
      }
    };
    const out = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest('.fact-phrase')) {
        clearTimeout(leave);
        leave = setTimeout(() => setHovered(null), 180);
      }
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    return () => {
      clearTimeout(leave);
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
    };
  }, [editor, phrases]);

  // Live state and citation number on each phrase's DOM (the chip's shared rule, chipState.ts).
  useEffect(() => {
    for (const [key, ref] of phrases) {
      const el = editor.getElementByKey(key);
      if (!el) continue;
      const { state, conflicted } = chipStanding(ref.factId, ref.factVersion, live);
      el.dataset.state = state;
      el.className = `fact-phrase fact-phrase--${state}${conflicted ? ' fact-chip--conflict' : ''}`;
      const number = numbers.get(ref.factId);
      if (number === undefined) delete el.dataset.number;
      else el.dataset.number = String(number);
    }
  }, [editor, phrases, live, numbers]);

  const openKey = hovered ?? caretIn;
  const open = openKey ? phrases.get(openKey) : undefined;
  const anchor = useMemo(() => ({ current: openKey ? (editor.getElementByKey(openKey) as HTMLSpanElement | null) : null }), [editor, openKey]);
  if (!openKey || !open || !anchor.current) return null;
  const fact = live.facts.get(open.factId);
  const { state, conflicted } = chipStanding(open.factId, open.factVersion, live);
  const update = () =>
    editor.update(() => {
      const node = $getNodeByKey(openKey);
      if ($isFactPhraseNode(node) && fact) node.setCitation(fact.id, fact.version);
    });
  return (
    <FactPopover
      id={popoverId}
      anchor={anchor}
      state={state}
      conflicted={conflicted}
      fact={fact}
      served={served.get(open.factId)}
      text={open.text}
      factVersion={open.factVersion}
      onUpdate={update}
      onPointerInside={() => setHovered(openKey)}
      onPointerOutside={() => setHovered(null)}
      formControls={
        <>
          <NotPreferredNotice nodeKey={openKey} fact={fact} />
          <CitationFormSwitch nodeKey={openKey} form="own-words" factVersion={open.factVersion} fact={fact} />
        </>
      }
    />
  );
}
