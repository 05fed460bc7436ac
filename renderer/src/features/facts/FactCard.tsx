import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFigure, noFigureReason } from '../../../../shared/figure-format';
import type { FactSummary } from '../../../../shared/model';
import type { NoteLanguage } from '../../../../shared/note-format';
import { factDragType } from '../../editor/plugins/InsertFactPlugin';
import { referenceFor } from '../../editor/nodes/citationNodes';
import type { FactReference } from '../../editor/nodes/FactNode';
import { statusLabels } from '../curation/labels';
import { FactOriginBadge, VerifiedBy } from '../department/FactOrigin';


interface Props {
  fact: FactSummary;
  onInsert(reference: FactReference): void;
  onAttach(fact: FactSummary): boolean;
  language: NoteLanguage;
}

/**
 * A search result: click, Enter or drag it into the note to insert it as a statement chip; its
 * figure button inserts (or drags) the figure; "Attach" cites it with the words selected in the note.
 */
export function FactCard({ fact, onInsert, onAttach, language }: Props) {
  const { t } = useTranslation();
  const [attachRefused, setAttachRefused] = useState(false);
  const source = fact.sources[0];
  const figure = formatFigure(fact, language);
  const noFigure = noFigureReason(fact);
  const onFigureDragStart = (e: DragEvent<HTMLButtonElement>) => {
    e.stopPropagation();
    e.dataTransfer.setData(factDragType, JSON.stringify(referenceFor(fact, 'figure', language)));
    e.dataTransfer.setData('text/plain', figure ?? fact.statement);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onInsert(referenceFor(fact, 'statement', language));
    }
  };
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(factDragType, JSON.stringify(referenceFor(fact, 'statement', language)));
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
        onClick={() => onInsert(referenceFor(fact, 'statement', language))}
        onKeyDown={onKeyDown}
        onDragStart={onDragStart}
      >
        <div className="fact-card-badges">
          <span className={`badge badge-${fact.status}`}>{statusLabels[fact.status]}</span>
          {fact.corroborated && <span className="badge badge-corroborated">{t('facts.corroborated')}</span>}
          {fact.inConflict && <span className="badge badge-conflict">{t('facts.inConflict')}</span>}
          <FactOriginBadge fact={fact} />
          {fact.period && <span className="fact-card-period">{fact.period}</span>}
        </div>
        <p className="fact-card-statement">{fact.statement}</p>
        {fact.quote && <p className="fact-card-quote">“{fact.quote}”</p>}
        <p className="fact-card-source">
          {source ? [source.publisher, source.title].filter(Boolean).join(' — ') : t('panel.noSource')}
          {source?.published ? ` · ${source.published}` : ''}
          {fact.sources.length > 1 ? ` · ${t('panel.more', { count: fact.sources.length - 1 })}` : ''}
        </p>
        <VerifiedBy fact={fact} className="fact-card-source" />
      </div>
      <div className="fact-card-actions">
        <button
          type="button"
          className="button button-small"
          data-testid="insert-figure"
          disabled={figure === null}
          title={figure === null ? t(noFigure === 'bad-date' ? 'cite.badDate' : 'cite.noFigure') : t('cite.insertFigureTitle', { figure })}
          draggable={figure !== null}
          onDragStart={onFigureDragStart}
          onClick={() => onInsert(referenceFor(fact, 'figure', language))}
        >
          {t('cite.insertFigure')}
          {figure !== null && <span className="fact-card-figure">{figure}</span>}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="attach-fact"
          title={attachRefused ? t('cite.attachNeedsSelection') : t('cite.attachTitle')}
          // Keep the note's selection: a click must not take it away before the command reads it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setAttachRefused(!onAttach(fact))}
        >
          {t('cite.attach')}
        </button>
        {attachRefused && (
          <span className="fact-card-hint muted" role="status">
            {t('cite.attachNeedsSelection')}
          </span>
        )}
      </div>
    </li>
  );
}
