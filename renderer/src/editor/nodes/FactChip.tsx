import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useContext, useId, useState } from 'react';
import type { FactSummary } from '../../../../shared/model';
import { chipState, chipStateLabels, type ChipState } from '../../features/facts/chipState';
import { CitationNumbersContext, LiveFactsContext } from '../FactsContext';
import { $isFactNode } from './FactNode';

interface Props {
  nodeKey: NodeKey;
  factId: string;
  factVersion: number;
  text: string;
}

/** The view of a FactNode: the statement as inserted, its citation number and its live status. */
export function FactChip({ nodeKey, factId, factVersion, text }: Props) {
  const [editor] = useLexicalComposerContext();
  const live = useContext(LiveFactsContext);
  const numbers = useContext(CitationNumbersContext);
  const [isSelected] = useLexicalNodeSelection(nodeKey);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const popoverId = useId();
  const state = chipState(factId, factVersion, live);
  const fact = live.facts.get(factId);
  const number = numbers.get(factId);
  const open = hovered || focused || isSelected;

  // Replacing the text is the user's decision, never automatic (issue 4: "text is never changed without the user's action").
  const updateToLatest = () => {
    if (!fact) return;
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFactNode(node)) node.setFactVersion(fact.version, fact.statement);
    });
  };

  return (
    <span
      className={`fact-chip fact-chip--${state}${isSelected ? ' fact-chip--selected' : ''}`}
      data-testid="fact-chip"
      data-fact-id={factId}
      data-fact-version={factVersion}
      data-state={state}
      aria-describedby={open ? popoverId : undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span className="fact-chip-text">{text}</span>
      {number !== undefined && <sup className="fact-chip-number">{number}</sup>}
      {state === 'stale' && (
        <button
          type="button"
          className="fact-chip-update"
          data-testid="chip-update"
          aria-label={`Update to version ${fact?.version ?? ''}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={updateToLatest}
        >
          update
        </button>
      )}
      {open && <FactPopover id={popoverId} state={state} fact={fact} text={text} factVersion={factVersion} onUpdate={updateToLatest} />}
    </span>
  );
}

interface PopoverProps {
  id: string;
  state: ChipState;
  fact: FactSummary | undefined;
  text: string;
  factVersion: number;
  onUpdate(): void;
}

function FactPopover({ id, state, fact, text, factVersion, onUpdate }: PopoverProps) {
  const source = fact?.sources[0];
  return (
    <span role="tooltip" id={id} className="fact-popover" contentEditable={false}>
      <span className={`fact-popover-status status-${state}`}>{chipStateLabels[state]}</span>
      {state === 'stale' && fact && (
        <span className="fact-popover-change">
          <span className="fact-popover-label">In this note (v{factVersion})</span>
          <del>{text}</del>
          <span className="fact-popover-label">Now (v{fact.version})</span>
          <ins>{fact.statement}</ins>
          <button type="button" className="button button-small button-primary" onMouseDown={(e) => e.preventDefault()} onClick={onUpdate}>
            Update this citation
          </button>
        </span>
      )}
      {fact && (
        <>
          {source && (
            <span className="fact-popover-row">
              <span className="fact-popover-label">Source</span>
              {source.title}
              {source.publisher ? ` · ${source.publisher}` : ''}
              {source.published ? ` · ${source.published}` : ''}
            </span>
          )}
          {fact.quote && <q className="fact-popover-quote">{fact.quote}</q>}
          <span className="fact-popover-row">
            <span className="fact-popover-label">Verified by</span>
            {fact.verifiedBy ? `${fact.verifiedBy}${fact.verifiedAt ? `, ${fact.verifiedAt.slice(0, 10)}` : ''}` : 'Not verified'}
          </span>
        </>
      )}
    </span>
  );
}
