import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../shared/contract/export';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { Dialog } from '../shell/Dialog';
import { AuditReportView } from './AuditReportView';
import { looksLikeDocx, readFileAsBase64 } from './files';

type AuditState =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'report'; fileName: string; report: AuditReport }
  | { kind: 'failed'; fileName: string; message: string };

interface Props {
  open: boolean;
  onClose(): void;
}

/** "Check a Word file": which facts cited in an exported DOCX have changed since. */
export function AuditDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<AuditState>({ kind: 'pick' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const close = () => {
    setState({ kind: 'pick' });
    onClose();
  };

  const check = async (file: File) => {
    if (!looksLikeDocx(file)) {
      setState({ kind: 'failed', fileName: file.name, message: t('audit.notDocx') });
      return;
    }
    setState({ kind: 'reading', fileName: file.name });
    try {
      const report = await api['export.audit']({ fileName: file.name, base64: await readFileAsBase64(file) });
      setState({ kind: 'report', fileName: file.name, report });
    } catch (e) {
      setState({ kind: 'failed', fileName: file.name, message: errorMessage(e) });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void check(file);
  };

  return (
    <Dialog title={t('audit.title')} open={open} onClose={close} testId="audit-dialog" className="audit-dialog">
      <div
        className={`audit-drop${dragging ? ' audit-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="audit-pick">
          <label htmlFor={inputId} className="audit-pick-label">
            {t('audit.fileLabel')}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={hintId}
            data-testid="audit-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void check(file);
            }}
          />
          <p id={hintId} className="muted audit-hint">
            {t('audit.hint')}
          </p>
        </div>
        {state.kind === 'reading' && (
          <p role="status" className="muted">
            {t('audit.checking', { fileName: state.fileName })}
          </p>
        )}
        {state.kind === 'failed' && (
          <p role="alert" className="export-error" data-testid="audit-error">
            <strong>{t('audit.failed', { fileName: state.fileName })}</strong> {state.message}
          </p>
        )}
        {state.kind === 'report' && <AuditReportView fileName={state.fileName} report={state.report} />}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
