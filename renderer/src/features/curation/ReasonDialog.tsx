import { useEffect, useState } from 'react';
import { Dialog, FormActions } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** What the action does, in one sentence. */
  explanation: string;
  confirmLabel: string;
  open: boolean;
  error: string | null;
  onClose(): void;
  onConfirm(reason: string): void;
}

/** Dispute, retract, prefer: actions that must say why. */
export function ReasonDialog({ title, explanation, confirmLabel, open, error, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const { t } = useTranslation();
  useEffect(() => {
    if (open) setReason('');
  }, [open]);
  return (
    <Dialog title={title} open={open} onClose={onClose} testId="reason-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <p className="dialog-hint">{explanation}</p>
        <label className="field">
          {t('reason.field')}
          <textarea data-testid="reason-input" required rows={3} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <FormActions error={error} onCancel={onClose} submitLabel={confirmLabel} submitDisabled={!reason.trim()} submitTestId="reason-confirm" />
      </form>
    </Dialog>
  );
}
