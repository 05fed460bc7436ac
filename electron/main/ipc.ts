/**
 * The Electron binding of the contract: one channel, one generic handler. It rejects
 * senders that are not the app's own main frame, unknown methods and payloads that fail the
 * schema (the last two in the shared dispatcher), always answering with the typed envelope.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import { ApiError, type ApiEnvelope } from '../../shared/errors';
import { appOrigin } from './protocol';

export const apiChannel = 'briefing:api';
export const menuChannel = 'briefing:menu';
/** Back-end events for the renderer (shared/api.ts `appEvents`). */
export const eventChannel = 'briefing:event';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${appOrigin}/`);
}

export function bindApi(ipcMain: IpcMain, dispatch: Dispatch): void {
  ipcMain.handle(apiChannel, async (event, method: unknown, payload: unknown): Promise<ApiEnvelope<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: new ApiError('forbidden', 'Calls are accepted only from the app window.').toBody() };
    }
    return dispatch(method, payload);
  });
}
