import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSummary } from '../../../../shared/model';
import { citationForms, type CitationForm } from '../../../../shared/note-format';
import { NoteLanguageContext } from '../FactsContext';
import { $isCitationNode, $switchCitationForm, switchBlocked, type SwitchBlocked } from './citationNodes';

const formKeys: Record<CitationForm, string> = { figure: 'cite.figure', statement: 'cite.statement', 'own-words': 'cite.ownWords' };
export const blockedKeys: Record<SwitchBlocked, string> = {
  'no-fact': 'cite.noFact',
  'newer-version': 'cite.newerVersion',
  'no-value': 'cite.noFigure',
  'bad-date': 'cite.badDate',
};

/** The popover's "Cite as: Figure | Statement | Own words" switch, for a chip or a phrase. */
export function CitationFormSwitch({ nodeKey, form, factVersion, fact }: { nodeKey: NodeKey; form: CitationForm; factVersion: number; fact: FactSummary | undefined }) {
  const [editor] = useLexicalComposerContext();
  const language = useContext(NoteLanguageContext);
  const { t } = useTranslation();
  const choose = (next: CitationForm) => {
    if (next === form) return;
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isCitationNode(node)) $switchCitationForm(node, next, fact, language);
    });
  };
  return (
    <span className="fact-popover-forms" role="group" aria-label={t('cite.formLabel')} data-testid="citation-forms">
      <span className="fact-popover-label">{t('cite.formLabel')}</span>
      {citationForms.map((option) => {
        const blocked = option === form ? null : switchBlocked(option, factVersion, fact);
        const reason = blocked ? blockedKeys[blocked] : null;
        return (
          <button
            key={option}
            type="button"
            className={`button button-small${option === form ? ' button-primary' : ''}`}
            aria-pressed={option === form}
            disabled={reason !== null}
            title={reason ? t(reason) : t('cite.cycleHint')}
            data-testid={`cite-as-${option}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {t(formKeys[option])}
          </button>
        );
      })}
    </span>
  );
}
