import type { DragEvent, KeyboardEvent } from 'react';
import type { FactSummary } from '../../../../shared/model';
import { factDragType } from '../../editor/plugins/InsertFactPlugin';
import type { FactReference } from '../../editor/nodes/FactNode';
import { useTranslation } from 'react-i18next';
import { statusLabels } from '../curation/labels';


export const referenceOf = (fact: FactSummary): FactReference => ({ factId: fact.id, factVersion: fact.version, text: fact.statement });

/** A search result: click, Enter or drag it into the note to insert it as a chip. */
export function FactCard({ fact, onInsert }: { fact: FactSummary; onInsert(reference: FactReference): void }) {
  const source = fact.sources[0];
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onInsert(referenceOf(fact));
    }
  };
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(factDragType, JSON.stringify(referenceOf(fact)));
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
        aria-label={t('panel.insert', { statement: fact.statement })}
        onClick={() => onInsert(referenceOf(fact))}
        onKeyDown={onKeyDown}
        onDragStart={onDragStart}
      >
        <div className="fact-card-badges">
          <span className={`badge badge-${fact.status}`}>{statusLabels[fact.status]}</span>
          {fact.corroborated && <span className="badge badge-corroborated">{t('facts.corroborated')}</span>}
          {fact.inConflict && <span className="badge badge-conflict">{t('facts.inConflict')}</span>}
          {fact.period && <span className="fact-card-period">{fact.period}</span>}
        </div>
        <p className="fact-card-statement">{fact.statement}</p>
        {fact.quote && <p className="fact-card-quote">“{fact.quote}”</p>}
        <p className="fact-card-source">
          {source ? [source.publisher, source.title].filter(Boolean).join(' — ') : t('panel.noSource')}
          {source?.published ? ` · ${source.published}` : ''}
          {fact.sources.length > 1 ? ` · ${t('panel.more', { count: fact.sources.length - 1 })}` : ''}
        </p>
      </div>
    </li>
  );
}
