/**
 * The application menu: the usual File / Edit / View / Help. Commands that the renderer
 * carries out are sent to it by name (see `menuCommands` in the contract).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

export function menuTemplate(send: (command: MenuCommand) => void, isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: () => send('note.new') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('note.save') },
        { type: 'separator' },
        { label: 'Import Source…', accelerator: 'CmdOrCtrl+I', click: () => send('source.import') },
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
        { role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('edit.find') },
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
