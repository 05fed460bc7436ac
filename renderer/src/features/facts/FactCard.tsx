import { useContext, type DragEvent, type KeyboardEvent } from 'react';
import { statementIn } from '../../../../shared/fact-statement';
import type { FactSummary } from '../../../../shared/model';
import { NoteLanguageContext } from '../../editor/FactsContext';
import { factDragType } from '../../editor/plugins/InsertFactPlugin';
import type { FactReference } from '../../editor/nodes/FactNode';

const statusLabels: Record<FactSummary['status'], string> = {
  verified: 'Verified',
  unverified: 'Unverified',
  disputed: 'Disputed',
  retracted: 'Retracted',
};

/** What a chip inserted into a note written in `language` says: the statement in that language when the fact has one. */
export const referenceOf = (fact: FactSummary, language: string): FactReference => ({
  factId: fact.id,
  factVersion: fact.version,
  text: statementIn(fact, language).text,
});

/** A search result: click, Enter or drag it into the note to insert it as a chip. */
export function FactCard({ fact, onInsert }: { fact: FactSummary; onInsert(reference: FactReference): void }) {
  const source = fact.sources[0];
  const language = useContext(NoteLanguageContext);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onInsert(referenceOf(fact, language));
    }
  };
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(factDragType, JSON.stringify(referenceOf(fact, language)));
    e.dataTransfer.setData('text/plain', fact.statement);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li className="fact-card-item">
      <div
        className={`fact-card fact-card--${fact.status}`}
        data-testid="fact-result"
        data-fact-id={fact.id}
        role="button"
        tabIndex={0}
        draggable
        aria-label={`Insert fact: ${fact.statement}`}
        onClick={() => onInsert(referenceOf(fact, language))}
        onKeyDown={onKeyDown}
        onDragStart={onDragStart}
      >
        <div className="fact-card-badges">
          <span className={`badge badge-${fact.status}`}>{statusLabels[fact.status]}</span>
          {fact.corroborated && <span className="badge badge-corroborated">Corroborated</span>}
          {fact.inConflict && <span className="badge badge-conflict">In conflict</span>}
          {fact.period && <span className="fact-card-period">{fact.period}</span>}
        </div>
        <p className="fact-card-statement">{fact.statement}</p>
        {fact.quote && <p className="fact-card-quote">“{fact.quote}”</p>}
        <p className="fact-card-source">
          {source ? [source.publisher, source.title].filter(Boolean).join(' — ') : 'No source'}
          {source?.published ? ` · ${source.published}` : ''}
          {fact.sources.length > 1 ? ` · +${fact.sources.length - 1} more` : ''}
        </p>
      </div>
    </li>
  );
}
