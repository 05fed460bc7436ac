import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printCss, printPage, profileFor } from '../../../../shared/document-profiles';
import type { NoteMetadata, TemplateId } from '../../../../shared/note-format';
import { onMenuCommand, printToPdf } from '../../api';
import { errorMessage } from '../../errorMessage';
import { buildPrintDocument } from './printDocument';

interface Props {
  templateId: TemplateId;
  metadata: NoteMetadata;
}

/**
 * Print / Save as PDF…: the toolbar button, Ctrl+P and the File menu command. The note is laid
 * out by its document profile's print CSS (kept in <head> while the note is open, so the
 * browser's own Print menu prints the same); in Electron the PDF is made on the profile's page
 * and saved where the user says, in the browser the page's own print dialog opens (where
 * "Save as PDF" is a destination).
 */
export function PrintButton({ templateId, metadata }: Props) {
  const { t } = useTranslation();
  const profile = useMemo(() => profileFor({ templateId, metadata }), [templateId, metadata]);
  const [status, setStatus] = useState<string | null>(null);
  const printing = useRef(false);
  const latest = useRef({ profile, metadata });
  latest.current = { profile, metadata };

  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.printProfile = profile.id;
    style.textContent = printCss(profile);
    document.head.append(style);
    return () => style.remove();
  }, [profile]);

  const layOut = useCallback(() => {
    const { profile: p, metadata: m } = latest.current;
    buildPrintDocument({ title: m.title, language: m.language, profile: p });
  }, []);

  const print = useCallback(async () => {
    if (printing.current) return;
    printing.current = true;
    setStatus(null);
    try {
      layOut();
      const { profile: p, metadata: m } = latest.current;
      if (printToPdf) {
        const { saved } = await printToPdf({ title: m.title, page: printPage(p) });
        if (saved) setStatus(t('print.saved', { path: saved }));
      } else {
        window.print();
      }
    } catch (e) {
      setStatus(t('print.failed', { error: errorMessage(e) }));
    } finally {
      printing.current = false;
    }
  }, [layOut, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void print();
      }
    };
    // Capture phase, as Ctrl+E: the browser's own print would print the app, not the note.
    window.addEventListener('keydown', onKey, true);
    // The browser's Print menu bypasses the key: lay the note out all the same.
    window.addEventListener('beforeprint', layOut);
    const stopMenu = onMenuCommand((command) => {
      if (command === 'note.print') void print();
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeprint', layOut);
      stopMenu();
    };
  }, [print, layOut]);

  return (
    <>
      <button type="button" className="button button-small" onClick={() => void print()} title={t('print.buttonTitle')} aria-keyshortcuts="Control+P" data-testid="print-note">
        {t('print.button')}
      </button>
      {status && (
        <span role="status" className="muted" data-testid="print-status">
          {status}
        </span>
      )}
    </>
  );
}
