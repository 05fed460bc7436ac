import { useEffect, useState } from 'react';
import type { FactDetail } from '../../../../shared/model';
import { Dialog, FormActions } from '../shell/Dialog';
import { FactFieldsForm } from './FactFieldsForm';
import { draftOf, emptyDraft, fieldsOf, type FactDraft } from './factDraft';
import type { FactFields } from '../../../../shared/model';
import { useTranslation } from 'react-i18next';

interface Props {
  fact: FactDetail;
  open: boolean;
  error: string | null;
  onClose(): void;
  onRevise(fields: FactFields, reason: string): void;
}

/** A revision is a new version with all the fields and a reason; the old version stays as it was. */
export function ReviseDialog({ fact, open, error, onClose, onRevise }: Props) {
  const [draft, setDraft] = useState<FactDraft>(emptyDraft);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (!open) return;
    setDraft(draftOf(fact));
    setReason('');
    setProblem(null);
  }, [open, fact]);
  return (
    <Dialog title={t('revise.title', { version: fact.version + 1 })} open={open} onClose={onClose} className="dialog-wide" testId="revise-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = fieldsOf(draft);
          if ('error' in parsed) return setProblem(parsed.error);
          if (!reason.trim()) return setProblem(t('revise.reasonNeeded'));
          onRevise(parsed.fields, reason.trim());
        }}
      >
        <FactFieldsForm draft={draft} onChange={setDraft} />
        <label className="field revise-reason">
          {t('revise.reason')}
          <input data-testid="revise-reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <FormActions error={problem ?? error} onCancel={onClose} submitLabel={t('revise.save')} submitTestId="revise-confirm" />
      </form>
    </Dialog>
  );
}
