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
