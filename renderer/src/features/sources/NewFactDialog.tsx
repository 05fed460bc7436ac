import { useEffect, useState } from 'react';
import type { FactDetail, QuoteSelector, SourceWithText } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { FactFieldsForm } from '../curation/FactFieldsForm';
import { emptyDraft, fieldsOf, type FactDraft } from '../curation/factDraft';
import { Dialog, FormActions } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

interface Props {
  source: SourceWithText;
  /** The selected passage; the dialog is open while it is set. */
  selector: QuoteSelector | null;
  requireName(): Promise<string | null>;
  onClose(): void;
  onCreated(fact: FactDetail): void;
}

/** "New fact from selection": the quote as selected, and the fact's fields; the new fact is unverified. */
export function NewFactDialog({ source, selector, requireName, onClose, onCreated }: Props) {
  const [draft, setDraft] = useState<FactDraft>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    if (selector) setDraft({ ...emptyDraft, statement: selector.exact.replace(/\s+/g, ' ').trim() });
    setError(null);
  }, [selector]);

  const create = async () => {
    if (!selector) return;
    const parsed = fieldsOf(draft);
    if ('error' in parsed) return setError(parsed.error);
    const by = await requireName();
    if (!by) return;
    setBusy(true);
    try {
      onCreated(await api['facts.create']({ fields: parsed.fields, evidence: [{ sourceId: source.id, selector }], by }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('sources.newFact')} open={selector !== null} onClose={onClose} className="dialog-wide" testId="new-fact-dialog">
      {selector && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <figure className="quote-preview">
            <blockquote data-testid="new-fact-quote">
              <span className="quote-context">…{selector.prefix}</span>
              <mark>{selector.exact}</mark>
              <span className="quote-context">{selector.suffix}…</span>
            </blockquote>
            <figcaption className="muted">
              {source.title} · {t('newFact.characters', { start: selector.start, end: selector.end })}
            </figcaption>
          </figure>
          <FactFieldsForm draft={draft} onChange={setDraft} />
          <FormActions error={error} note={t('newFact.unverified')} onCancel={onClose} submitLabel={t('newFact.create')} submitDisabled={busy} submitTestId="create-fact" />
        </form>
      )}
    </Dialog>
  );
}
