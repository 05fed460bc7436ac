/**
 * The application menu: the usual File / Edit / View / Help. Commands that the renderer
 * carries out are sent to it by name (see `menuCommands` in the contract). No accelerator takes
 * a key the note editor uses itself (shared/editor-keys.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import { editorKeys } from '../../shared/editor-keys';
import { catalogues, type UiLanguage } from '../../shared/ui-language';

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
        { role: 'redo', label: m.redo, accelerator: isMac ? `Cmd+${editorKeys.redoMac}` : `Ctrl+${editorKeys.redo}` },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
        { type: 'separator' },
        // Find opens the editor's own Find bar, so its key stays the editor's (shared/editor-keys.ts).
        { label: m.find, accelerator: `CmdOrCtrl+${editorKeys.find}`, click: () => send('edit.find') },
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
