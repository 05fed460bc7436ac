import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A modal built on <dialog>: the browser gives focus trapping, Escape and the inert backdrop.
 * The element marked `data-autofocus` in the body gets focus when it opens (React's autoFocus
 * runs while the dialog is still closed, so it cannot).
 */
export function Dialog({ title, open, onClose, children, className, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, the × button; typing belongs in the
      // field the dialog marks (a New-note title typed at once used to be lost).
      dialog.querySelector<HTMLElement>('.dialog-body [data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {open && <div className="dialog-body">{children}</div>}
    </dialog>
  );
}

interface FormActionsProps {
  /** The error of the last attempt (or the form's own problem), shown above the buttons. */
  error?: string | null;
  errorTestId?: string;
  /** A remark beside the buttons (e.g. "The fact starts unverified"). */
  note?: ReactNode;
  cancelLabel?: string;
  onCancel(): void;
  submitLabel: string;
  submitDisabled?: boolean;
  submitTestId: string;
  /** Without it the primary button submits the form around it. */
  onSubmit?(): void;
}

/** The foot of every form dialog: its error, then Cancel and the primary action, in that order. */
export function FormActions({ error, errorTestId, note, cancelLabel, onCancel, submitLabel, submitDisabled, submitTestId, onSubmit }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="form-error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {note && <span className="muted dialog-actions-note">{note}</span>}
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button type={onSubmit ? 'button' : 'submit'} className="button button-primary" disabled={submitDisabled} onClick={onSubmit} data-testid={submitTestId}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
