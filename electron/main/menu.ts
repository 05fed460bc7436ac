/**
 * The application menu: the usual File / Edit / View / Help. Commands that the renderer
 * carries out are sent to it by name (see `menuCommands` in the contract).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import { catalogues, type UiLanguage } from '../../shared/ui-language';

/**
 * Keys the note editor handles itself (Lexical's bold/italic/underline/link, undo/redo, select
 * all, list shortcuts). A menu accelerator on one of them would take it from the editor:
 * Ctrl+I for Import Source once stole Italic. (Find is the menu's own command, sent to the
 * editor's Find bar, so Ctrl+F belongs here.)
 */
export const editorKeys = ['B', 'I', 'U', 'K', 'Z', 'Shift+Z', 'Y', 'A', 'Shift+7', 'Shift+8'] as const;

/**
 * The menu in the interface's language (the catalogues the renderer uses; `&` marks the
 * Alt-key letter). Role items get explicit labels too, or Electron would word them in the OS's
 * language rather than the one chosen in Settings.
 */
export function menuTemplate(send: (command: MenuCommand) => void, isMac = process.platform === 'darwin', language: UiLanguage = 'en'): MenuItemConstructorOptions[] {
  const m = catalogues[language].menu;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: m.file,
      submenu: [
        { label: m.newNote, accelerator: 'CmdOrCtrl+N', click: () => send('note.new') },
        { label: m.save, accelerator: 'CmdOrCtrl+S', click: () => send('note.save') },
        { type: 'separator' },
        { label: m.importSource, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('source.import') },
        { label: m.exportWord, accelerator: 'CmdOrCtrl+E', click: () => send('note.export') },
        { label: m.checkWord, click: () => send('note.auditDocx') },
        { label: m.print, accelerator: 'CmdOrCtrl+P', click: () => send('note.print') },
        { type: 'separator' },
        isMac ? { role: 'close', label: m.close } : { role: 'quit', label: m.exit },
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        // Each platform's own Redo: Shift+Cmd+Z on macOS, Ctrl+Y on Windows and Linux (as Word
        // and LibreOffice); the editor accepts both, so neither is taken from it.
        { role: 'redo', label: m.redo, accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
        { type: 'separator' },
        { label: m.find, accelerator: 'CmdOrCtrl+F', click: () => send('edit.find') },
        { type: 'separator' },
        { label: m.settings, accelerator: 'CmdOrCtrl+,', click: () => send('app.settings') },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.help,
      role: 'help',
      submenu: [{ label: m.about, click: () => send('help.about') }],
    },
  ];
}
