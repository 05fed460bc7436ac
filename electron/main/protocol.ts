/**
 * The renderer is loaded from app://briefing/, not file://, so it has a real origin, the
 * CSP is sent as a header, and no file outside the built renderer can be read.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { contentTypeFor, rendererSecurityHeaders } from '../core/security/csp';
import { resolveRendererFile } from '../core/security/static-files';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://briefing`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export async function appProtocolResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== 'briefing') return new Response('Not found', { status: 404 });
  const file = resolveRendererFile(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  const body = await readFile(file);
  return new Response(body, {
    headers: { ...rendererSecurityHeaders, 'Content-Type': contentTypeFor(file) },
  });
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, (request) => appProtocolResponse(rendererDir, request.url));
}
