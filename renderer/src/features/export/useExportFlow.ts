import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CitationStyleId } from '../../../../shared/contract/export';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { downloadDocx } from './files';
import type { PreExportCheck } from './findings';

export type CitationStyle = z.infer<typeof CitationStyleId>;

export type ExportPhase =
  | { kind: 'closed' }
  | { kind: 'preparing' }
  | { kind: 'review'; check: PreExportCheck }
  | { kind: 'building'; check: PreExportCheck; startedAt: number }
  | { kind: 'done'; check: PreExportCheck; fileName: string; bytes: number }
  | { kind: 'failed'; message: string; check: PreExportCheck | null };

const styleKey = 'briefing.exportStyle';

function savedStyle(): CitationStyle {
  return localStorage.getItem(styleKey) === 'apa' ? 'apa' : 'chicago';
}

/**
 * Export to Word, step by step: save the note, run the pre-export check, let the user
 * review it, build the file, hand it to the browser's download. Starting again while a run
 * is open does nothing, so Ctrl+E and the menu accelerator can both fire safely.
 */
export function useExportFlow(noteId: string | null, saveNote: () => Promise<boolean>) {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'closed' });
  const [style, setStyleState] = useState<CitationStyle>(savedStyle);
  const open = useRef(false);
  // Each build gets a number; a build whose dialog was cancelled is dropped when it returns.
  const run = useRef(0);

  const setStyle = useCallback((next: CitationStyle) => {
    localStorage.setItem(styleKey, next);
    setStyleState(next);
  }, []);

  const build = useCallback(
    async (check: PreExportCheck, confirmed: boolean, chosenStyle: CitationStyle) => {
      if (!noteId) return;
      const mine = ++run.current;
      setPhase({ kind: 'building', check, startedAt: Date.now() });
      try {
        const file = await api['export.docx']({ noteId, style: chosenStyle, confirmed });
        if (run.current !== mine) return;
        downloadDocx(file.fileName, file.base64);
        setPhase({ kind: 'done', check: file.check, fileName: file.fileName, bytes: file.bytes });
      } catch (e) {
        if (run.current !== mine) return;
        setPhase({ kind: 'failed', message: errorMessage(e), check });
      }
    },
    [noteId],
  );

  const start = useCallback(async () => {
    if (!noteId || open.current) return;
    open.current = true;
    const mine = ++run.current;
    setPhase({ kind: 'preparing' });
    try {
      if (!(await saveNote())) {
        if (run.current === mine) {
          setPhase({ kind: 'failed', check: null, message: 'The note could not be saved, so it was not exported. Your text is still in the editor; save it and try again.' });
        }
        return;
      }
      const check = await api['export.check']({ noteId });
      if (run.current !== mine) return;
      if (check.findings.length === 0) await build(check, false, style);
      else setPhase({ kind: 'review', check });
    } catch (e) {
      if (run.current === mine) setPhase({ kind: 'failed', message: errorMessage(e), check: null });
    }
  }, [noteId, saveNote, build, style]);

  const close = useCallback(() => {
    run.current++;
    open.current = false;
    setPhase({ kind: 'closed' });
  }, []);

  /** Runs the check again (after the user fixed something, or after a refused export). */
  const recheck = useCallback(async () => {
    close();
    await start();
  }, [close, start]);

  const exportNow = useCallback(
    (check: PreExportCheck, confirmed: boolean) => void build(check, confirmed, style),
    [build, style],
  );

  return { phase, style, setStyle, start, close, recheck, exportNow };
}

export type ExportFlow = ReturnType<typeof useExportFlow>;
