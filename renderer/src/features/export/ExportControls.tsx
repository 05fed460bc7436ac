import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { onMenuCommand } from '../../api';
import { AuditDialog } from './AuditDialog';
import { ExportDialog } from './ExportDialog';
import { fixCitation } from './fixCitation';
import { showFactInNote } from './showInNote';
import { useExportFlow } from './useExportFlow';
import './export.css';
import { useTranslation } from 'react-i18next';

interface Props {
  noteId: string | null;
  /** Saves the open note now; false if that failed (then nothing is exported). */
  saveNote(): Promise<boolean>;
  editorRef: RefObject<LexicalEditor | null>;
  /** Opens a fact's page at its translate form, for the note's language. */
  onAddTranslation?(factId: string): void;
}

/**
 * Export to Word and Check a Word file: the header buttons, Ctrl+E, the File menu commands
 * and both dialogs. In Electron Ctrl+E may arrive twice (the menu accelerator and the key
 * event); the export flow ignores a start while one is open.
 */
export function ExportControls({ noteId, saveNote, editorRef, onAddTranslation }: Props) {
  const flow = useExportFlow(noteId, saveNote);
  const factToShow = useRef<string | null>(null);
  const [auditOpen, setAuditOpen] = useState(false);
  const { t } = useTranslation();
  const start = useRef(flow.start);
  start.current = flow.start;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        void start.current();
      }
    };
    // Capture phase: the editor must not turn Ctrl+E into anything else first.
    window.addEventListener('keydown', onKey, true);
    const stopMenu = onMenuCommand((command) => {
      if (command === 'note.export') void start.current();
      else if (command === 'note.auditDocx') setAuditOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stopMenu();
    };
  }, []);

  return (
    <>
      <button type="button" className="button button-small" onClick={() => setAuditOpen(true)} data-testid="check-word-file">
        {t('export.checkWordButton')}
      </button>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={!noteId}
        onClick={() => void flow.start()}
        title={t('export.buttonTitle')}
        aria-keyshortcuts="Control+E"
        data-testid="export-word"
      >
        {t('export.button')}
      </button>
      <ExportDialog
        flow={flow}
        onAddTranslation={
          onAddTranslation &&
          ((factId) => {
            flow.close();
            onAddTranslation(factId);
          })
        }
        onShowFact={(factId) => {
          factToShow.current = factId;
          flow.close();
        }}
        // Only once the modal has closed: closing gives focus back to the Export button, which
        // would otherwise take it from the chip.
        onClosed={() => {
          const factId = factToShow.current;
          factToShow.current = null;
          if (factId) showFactInNote(editorRef.current, factId);
        }}
        onFixCitation={(fix) => {
          if (!editorRef.current) return;
          fixCitation(editorRef.current, fix);
          // Saves the edited note and runs the check again, so the list shows what still stands.
          void flow.recheck();
        }}
      />
      <AuditDialog open={auditOpen} onClose={() => setAuditOpen(false)} />
    </>
  );
}
