/**
 * Print / Save as PDF in Electron (issue 14, item 4): the renderer has laid the note out for
 * print (its profile's print CSS, shared/document-profiles/print.ts) and asks for a PDF on the
 * profile's page; the main process asks where to save it and writes what Chromium's own
 * printToPDF made. Only the app's own main frame may ask, with a payload that passes the schema.
 */
import { writeFile } from 'node:fs/promises';
import type { Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { PrintToPdfRequest, printToPdfOptions, type PrintToPdfResult } from '../../shared/document-profiles/print';
import { noteFileName } from '../core/export/file-name';
import { isTrustedSender } from './ipc';

export const printChannel = 'briefing:print';

export function bindPrint(ipcMain: IpcMain, dialog: Pick<Dialog, 'showSaveDialog'>, write: (path: string, data: Buffer) => Promise<void> = writeFile): void {
  ipcMain.handle(printChannel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<PrintToPdfResult> => {
    if (!isTrustedSender(event)) throw new Error('Print is accepted only from the app window.');
    const request = PrintToPdfRequest.parse(payload);
    const choice = await dialog.showSaveDialog({
      defaultPath: noteFileName(request.title, 'pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: null };
    const pdf = await event.sender.printToPDF(printToPdfOptions(request.page));
    await write(choice.filePath, pdf);
    return { saved: choice.filePath };
  });
}
