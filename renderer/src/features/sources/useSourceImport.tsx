import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SourceMeta } from '../../../../shared/model';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { fileToBase64, maxImportBytes } from './fileToBase64';
import { ImportSourceDialog, type PendingImport } from './ImportSourceDialog';
import { useTranslation } from 'react-i18next';

interface Options {
  onImported(sourceId: string, alreadyImported: boolean, title: string): void;
}

/**
 * Importing a source: the file picker, dropping files onto the window, the metadata form.
 * Returns `openPicker` for the header button and menu, and the elements to render.
 */
export function useSourceImport({ onImported }: Options): { openPicker(): void; elements: ReactNode; message: ReactNode } {
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const { t } = useTranslation();

  const readFile = useCallback(async (file: File) => {
    setRefusal(null);
    setError(null);
    if (file.size > maxImportBytes) {
      return setRefusal(t('import.tooLarge', { name: file.name, limit: 50 }));
    }
    setReading(file.name);
    try {
      const base64 = await fileToBase64(file);
      const extracted = await api['sources.extract']({ fileName: file.name, base64 });
      setPending({ fileName: file.name, base64, extracted });
    } catch (e) {
      setRefusal(errorMessage(e));
    } finally {
      setReading(null);
    }
  }, [t]);

  const importPending = useCallback(
    async (meta: Partial<SourceMeta>) => {
      if (!pending) return;
      setBusy(true);
      try {
        const result = await api['sources.importFile']({ fileName: pending.fileName, base64: pending.base64, meta });
        setPending(null);
        onImported(result.source.id, result.alreadyImported, result.source.title);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [pending, onImported],
  );

  // Files dropped anywhere on the window; other drags (a fact card into the note) are left alone.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void readFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [readFile]);

  const elements = (
    <>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void readFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">{t('import.drop')}</div>
        </div>
      )}
      <ImportSourceDialog
        pending={pending}
        busy={busy}
        error={error}
        onCancel={() => {
          setPending(null);
          setError(null);
        }}
        onImport={(meta) => void importPending(meta)}
      />
    </>
  );
  const message = reading ? (
    <p role="status" className="app-notice" data-testid="import-reading">
      {t('import.reading', { name: reading })}
    </p>
  ) : refusal ? (
    <p role="alert" className="app-error" data-testid="import-refused">
      {refusal}{' '}
      <button type="button" className="link-button" onClick={() => setRefusal(null)}>
        {t('common.dismiss')}
      </button>
    </p>
  ) : null;
  return { openPicker: () => inputRef.current?.click(), elements, message };
}
