/**
 * The keys (with Ctrl, or Cmd on macOS) that belong to the note editor. The Electron menu may
 * bind one of them only to the editor's own command (its role, or Find, which opens the
 * editor's Find bar); anything else would take the key from the writer: Ctrl+I for Import
 * Source once stole Italic (issue 12, item 6). tests/unit/main/menu.test.ts checks the menu of
 * each platform against this list; the editor's Find bar reads its keys from it.
 */
export const editorKeys = {
  bold: 'B',
  italic: 'I',
  underline: 'U',
  link: 'K',
  undo: 'Z',
  /** Redo as macOS has it; Windows and Linux use Ctrl+Y (as Word and LibreOffice). The editor accepts both. */
  redoMac: 'Shift+Z',
  redo: 'Y',
  selectAll: 'A',
  cut: 'X',
  copy: 'C',
  paste: 'V',
  find: 'F',
  replace: 'H',
  numberedList: 'Shift+7',
  bulletList: 'Shift+8',
} as const;

export type EditorKeyAction = keyof typeof editorKeys;
