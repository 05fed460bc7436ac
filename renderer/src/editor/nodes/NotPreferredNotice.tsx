import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSummary } from '../../../../shared/model';
import { api } from '../../api';
import { NoteLanguageContext } from '../FactsContext';
import { $citeInstead, $isCitationNode } from './citationNodes';

/** The fact a curator preferred over the cited one, or null when the cited fact was not set aside by a choice. */
export function preferredInstead(fact: FactSummary | undefined): string | null {
  const resolution = fact?.conflictResolution;
  return resolution && resolution.preferredId !== fact.id ? resolution.preferredId : null;
}

/**
 * In a citation's popover, when a curator resolved a conflict in favour of another fact (issue
 * 12, item 5): who preferred which fact, when and why, and one click to cite the preferred fact
 * instead, in the same form (undoable like any edit). The citation is never swapped unasked.
 */
export function NotPreferredNotice({ nodeKey, fact }: { nodeKey: NodeKey; fact: FactSummary | undefined }) {
  const [editor] = useLexicalComposerContext();
  const language = useContext(NoteLanguageContext);
  const { t } = useTranslation();
  const preferredId = preferredInstead(fact);
  const [preferred, setPreferred] = useState<FactSummary | null>(null);
  useEffect(() => {
    if (preferredId === null) return;
    let live = true;
    api['facts.status']({ ids: [preferredId] }).then(
      (r) => live && setPreferred(r.facts[0] ?? null),
      () => live && setPreferred(null),
    );
    return () => {
      live = false;
    };
  }, [preferredId]);
  const resolution = fact?.conflictResolution;
  if (preferredId === null || !resolution) return null;
  const swap = () => {
    if (!preferred) return;
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isCitationNode(node)) $citeInstead(node, preferred, language);
    });
  };
  return (
    <span className="fact-popover-not-preferred" data-testid="chip-not-preferred" data-preferred-id={preferredId}>
      <span>{t('chip.notPreferred', { id: preferredId, by: resolution.by, date: resolution.at.slice(0, 10), reason: resolution.reason })}</span>
      {preferred && <q className="fact-popover-quote">{preferred.statement}</q>}
      <button
        type="button"
        className="button button-small button-primary"
        data-testid="chip-cite-preferred"
        disabled={!preferred}
        onMouseDown={(e) => e.preventDefault()}
        onClick={swap}
      >
        {t('chip.citePreferred', { id: preferredId })}
      </button>
    </span>
  );
}
