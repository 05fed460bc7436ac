import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printCss, printPage, type CitationText, type PrintProfile } from '../../../../shared/document-profiles';
import type { NoteMetadata } from '../../../../shared/note-format';
import { onMenuCommand, printToPdf } from '../../api';
import { errorMessage } from '../../errorMessage';
import { buildPrintDocument, setPageFurniture } from './printDocument';
import { noPageParts, type NoteProfile } from './useNoteProfile';

interface Props {
  /** The note's profile as the back end resolves it (useNoteProfile, shared with the page estimate). */
  noteProfile: NoteProfile;
  metadata: NoteMetadata;
  /** Each cited fact's note as the export formats it for this profile (export.citations). */
  served: ReadonlyMap<string, CitationText>;
}

/**
 * Print / Save as PDF…: the toolbar button, Ctrl+P and the File menu command. The note is laid
 * out by its document profile as the back end resolves it (export.profile: the note's own, a
 * department's imported one included, or its template's default), in the profile's print CSS (kept in <head> while the note is open, so the
 * browser's own Print menu prints the same); in Electron the PDF is made on the profile's page
 * and saved where the user says, in the browser the page's own print dialog opens (where
 * "Save as PDF" is a destination).
 */
export function PrintButton({ noteProfile, metadata, served }: Props) {
  const { t } = useTranslation();
  const { profile, pageParts, resolved } = noteProfile;
  const [status, setStatus] = useState<string | null>(null);
  const printing = useRef(false);
  const latest = useRef(metadata);
  latest.current = metadata;
  const latestServed = useRef(served);
  latestServed.current = served;
  useEffect(() => {
    if (!profile) return;
    document.querySelectorAll('style[data-print-once]').forEach((el) => el.remove());
    const style = document.createElement('style');
    style.dataset.printProfile = profile.id;
    style.textContent = printCss(profile);
    document.head.append(style);
    return () => style.remove();
  }, [profile]);

  // The page margins' marking, number and letterhead, kept in <head> too: the browser's Print
  // menu prints them, and the letterhead's image is loaded before anyone prints.
  const { classification, language } = metadata;
  useEffect(() => {
    if (!profile) return;
    setPageFurniture({ classification, language }, profile, pageParts.current ?? noPageParts);
    return () => document.querySelector('style[data-print-furniture]')?.remove();
  }, [profile, classification, language, pageParts]);

  const layOut = useCallback((p: PrintProfile) => {
    // Printing as soon as the profile arrived: its style sheet may not be in <head> yet.
    if (!document.querySelector(`style[data-print-profile="${CSS.escape(p.id)}"]`)) {
      const style = document.head.appendChild(document.createElement('style'));
      style.dataset.printProfile = p.id;
      style.dataset.printOnce = 'true';
      style.textContent = printCss(p);
    }
    buildPrintDocument({ metadata: latest.current, profile: p, served: latestServed.current, ...(pageParts.current ? { pageParts: pageParts.current } : {}) });
  }, [pageParts]);
  // The browser's Print menu lays out synchronously, with the profile already known.
  const known = useRef<PrintProfile | null>(null);
  known.current = profile;

  const print = useCallback(async () => {
    if (printing.current) return;
    printing.current = true;
    setStatus(null);
    try {
      const p = await resolved.current;
      if (!p) return;
      layOut(p);
      if (printToPdf) {
        const { saved } = await printToPdf({ title: latest.current.title, page: printPage(p) });
        if (saved) setStatus(t('print.saved', { path: saved }));
      } else {
        window.print();
      }
    } catch (e) {
      setStatus(t('print.failed', { error: errorMessage(e) }));
    } finally {
      printing.current = false;
    }
  }, [layOut, resolved, t]);

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
    const layOutNow = () => known.current && layOut(known.current);
    window.addEventListener('beforeprint', layOutNow);
    const stopMenu = onMenuCommand((command) => {
      if (command === 'note.print') void print();
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeprint', layOutNow);
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
