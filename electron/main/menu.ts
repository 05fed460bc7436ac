/**
 * The application menu: the usual File / Edit / View / Help. Commands that the renderer
 * carries out are sent to it by name (see `menuCommands` in the contract).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

/**
 * Keys the note editor handles itself (Lexical's bold/italic/underline/link, undo/redo, select
 * all, list shortcuts). A menu accelerator on one of them would take it from the editor:
 * Ctrl+I for Import Source once stole Italic. (Find is the menu's own command, sent to the
 * editor's Find bar, so Ctrl+F belongs here.)
 */
export const editorKeys = ['B', 'I', 'U', 'K', 'Z', 'Shift+Z', 'Y', 'A', 'Shift+7', 'Shift+8'] as const;

export function menuTemplate(send: (command: MenuCommand) => void, isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: () => send('note.new') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('note.save') },
        { type: 'separator' },
        { label: 'Import Source…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('source.import') },
        { label: 'Export to Word…', accelerator: 'CmdOrCtrl+E', click: () => send('note.export') },
        { label: 'Check a Word File…', click: () => send('note.auditDocx') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        // Each platform's own Redo: Shift+Cmd+Z on macOS, Ctrl+Y on Windows and Linux (as Word
        // and LibreOffice); the editor accepts both, so neither is taken from it.
        { role: 'redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('edit.find') },
        { type: 'separator' },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => send('app.settings') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About Briefing Studio', click: () => send('help.about') }],
    },
  ];
}
