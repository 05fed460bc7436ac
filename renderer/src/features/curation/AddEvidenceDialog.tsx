import { useEffect, useState } from 'react';
import type { QuoteSelector, SourceSummary, SourceWithText } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { SourceReader } from '../sources/SourceReader';
import { Dialog, FormActions } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  /** Sources already quoted by the fact: another source is what corroborates it. */
  quotedSourceIds: string[];
  error: string | null;
  onClose(): void;
  onAdd(sourceId: string, selector: QuoteSelector): void;
}

/** Corroboration: pick a source, select the passage that supports the fact, add it as evidence. */
export function AddEvidenceDialog({ open, quotedSourceIds, error, onClose, onAdd }: Props) {
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [sourceId, setSourceId] = useState('');
  const [source, setSource] = useState<SourceWithText | null>(null);
  const [selector, setSelector] = useState<QuoteSelector | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    if (!open) return;
    setSelector(null);
    api['sources.list']({}).then(
      (r) => {
        setSources(r.sources);
        setSourceId((id) => id || (r.sources.find((s) => !quotedSourceIds.includes(s.id)) ?? r.sources[0])?.id || '');
      },
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, [open, quotedSourceIds]);

  useEffect(() => {
    if (!open || !sourceId) return setSource(null);
    setSelector(null);
    api['sources.get']({ id: sourceId }).then(setSource, (e: unknown) => setLoadError(errorMessage(e)));
  }, [open, sourceId]);

  return (
    <Dialog title={t('evidence.title')} open={open} onClose={onClose} className="dialog-reader" testId="evidence-dialog">
      <label className="field">
        {t('evidence.source')}
        <select data-testid="evidence-source" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
              {quotedSourceIds.includes(s.id) ? t('evidence.alreadyQuoted') : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="evidence-reader">{source && <SourceReader source={source} highlights={[]} actionLabel={t('evidence.usePassage')} onSelectPassage={setSelector} />}</div>
      {selector && (
        <blockquote className="evidence-picked" data-testid="evidence-picked">
          {selector.exact}
        </blockquote>
      )}
      <FormActions
        error={loadError ?? error}
        onCancel={onClose}
        submitLabel={t('evidence.add')}
        submitDisabled={!selector || !source}
        onSubmit={() => selector && source && onAdd(source.id, selector)}
        submitTestId="evidence-confirm"
      />
    </Dialog>
  );
}
