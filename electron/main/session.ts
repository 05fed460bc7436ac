/**
 * Session hardening: the app never talks to the network, so any request that is not for
 * app:// is cancelled, and every permission (camera, notifications, geolocation...) is denied.
 */
import type { Session } from 'electron';
import { appScheme } from './protocol';

export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${appScheme}://`) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}
