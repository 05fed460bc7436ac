/**
 * Browser mode: serves the built renderer and `POST /api/<method>` on 127.0.0.1 only.
 * Every API call needs the per-run token; Host and Origin are checked so a web page
 * elsewhere (or a DNS-rebinding name) cannot drive the API.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/api/dispatch';
import type { AppEvents } from '../core/app/services';
import { contentTypeFor, rendererSecurityHeaders } from '../core/security/csp';
import { resolveRendererFile } from '../core/security/static-files';
import { ApiError, type ApiEnvelope, type ApiErrorCode } from '../../shared/errors';

export const loopbackHost = '127.0.0.1';
/**
 * Large enough for a long note, or the largest importable file (50 MB) sent as base64 in
 * JSON by `sources.extract` / `sources.importFile` (4/3 of 50 MB is about 67 MB).
 */
export const maxRequestBytes = 72 * 1024 * 1024;

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Pushed to the page on `POST /events` (a stream of `data: <name>` lines), as Electron's IPC pushes them. */
  events?: AppEvents;
}

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const statusFor: Record<ApiErrorCode, number> = {
  unknown_method: 404,
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  refused: 422,
  store_busy: 503,
  store_read_only: 409,
  store_full: 507,
  store_corrupt: 500,
  store_newer: 409,
  store_unavailable: 503,
  internal: 500,
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;

  const allowedHosts = () => new Set([`${loopbackHost}:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      sendEnvelope(res, { ok: false, error: new ApiError('internal', message).toBody() });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendError(res, new ApiError('forbidden', 'This server answers only on 127.0.0.1.'));
    }
    const url = new URL(req.url ?? '/', `http://${loopbackHost}:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (url.pathname === '/events') return handleEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRendererFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found. Run `npm run build` first?');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      ...rendererSecurityHeaders,
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return sendError(res, new ApiError('forbidden', 'Cross-origin API calls are refused.'));
    }
    if (!hasToken(req.headers.authorization)) {
      return sendError(res, new ApiError('unauthorized', 'Missing or wrong API token.'));
    }
    if (req.method !== 'POST') {
      return sendError(res, new ApiError('invalid_request', 'API calls must use POST.'));
    }
    const method = methodFromPath(url.pathname);
    let payload: unknown;
    try {
      const text = await readBody(req);
      payload = text.length === 0 ? {} : JSON.parse(text);
    } catch (error) {
      if (error instanceof RequestTooLarge) {
        // The rest of the body is read and dropped, so the caller gets this answer instead of a reset connection.
        req.resume();
        return sendEnvelope(res, { ok: false, error: new ApiError('invalid_request', error.message).toBody() }, 413);
      }
      const message = error instanceof Error ? error.message : String(error);
      return sendError(res, new ApiError('invalid_request', `Request body is not valid JSON: ${message}`));
    }
    sendEnvelope(res, await options.dispatch(method, payload));
  }

  /** Server-sent events over a POST (fetch can send the token header; EventSource cannot). */
  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return sendError(res, new ApiError('forbidden', 'Cross-origin API calls are refused.'));
    }
    if (!hasToken(req.headers.authorization)) return sendError(res, new ApiError('unauthorized', 'Missing or wrong API token.'));
    if (req.method !== 'POST' || !options.events) return sendError(res, new ApiError('invalid_request', 'Events are read with POST /events.'));
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.write(': ready\n\n');
    const unsubscribe = options.events.subscribe((event) => res.write(`data: ${event}\n\n`));
    req.on('close', unsubscribe);
  }

  function hasToken(header: string | undefined): boolean {
    const match = /^Bearer (.+)$/.exec(header ?? '');
    if (!match) return false;
    const given = Buffer.from(match[1]!);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopbackHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${loopbackHost}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A method name that is not valid percent-encoding names no method (and is not a server fault). */
function methodFromPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return `(not a method name: ${pathname.slice(0, 80)})`;
  }
}

class RequestTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () =>
      new RequestTooLarge(`The request is larger than ${maxRequestBytes / 1024 / 1024} MB, the most one call may carry. Nothing was saved.`);
    if (Number(req.headers['content-length'] ?? 0) > maxRequestBytes) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) {
        req.off('data', collect);
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, error: ApiError): void {
  sendEnvelope(res, { ok: false, error: error.toBody() });
}

function sendEnvelope(res: ServerResponse, envelope: ApiEnvelope<unknown>, status = envelope.ok ? 200 : statusFor[envelope.error.code]): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
