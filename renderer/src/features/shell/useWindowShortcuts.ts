import { useEffect } from 'react';

const paneTargets = ['[data-testid="note-search"]', '[data-testid="editor"]', '[data-testid="fact-search"]'];

/**
 * Shortcuts that work wherever focus is: Ctrl+S keeps a version (the browser's "save page"
 * is never wanted here); F6 / Shift+F6 move between the library, the note and the fact panel.
 * Ctrl+F belongs to the editor's find bar (FindPlugin).
 */
export function useWindowShortcuts(saveVersion: () => unknown): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saveVersion();
      } else if (e.key === 'F6') {
        const targets = paneTargets.map((selector) => document.querySelector<HTMLElement>(selector)).filter((el): el is HTMLElement => el !== null);
        if (targets.length === 0) return;
        e.preventDefault();
        const current = targets.findIndex((el) => el.contains(document.activeElement));
        const next = current === -1 ? 0 : (current + (e.shiftKey ? targets.length - 1 : 1)) % targets.length;
        targets[next]!.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveVersion]);
}
