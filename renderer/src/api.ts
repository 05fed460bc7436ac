/**
 * The only file that knows how the API is carried: Electron IPC through the preload bridge
 * when present, else HTTP to the browser host with the per-run token from the URL.
 */
import { appEvents, changesFacts, methodNames, type AppEventName, type BriefingApi, type BriefingBridge, type MethodName } from '../../shared/api';
import { ApiError, keyedError, type ApiEnvelope } from '../../shared/errors';

declare global {
  interface Window {
    briefing?: BriefingBridge;
  }
}

const tokenKey = 'briefing.token';

/** The host puts the token in the URL fragment (never sent to a server); keep it for reloads. */
function browserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]!));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

export const transport: 'electron' | 'browser' = window.briefing ? 'electron' : 'browser';

type Send = (method: MethodName, request: unknown) => Promise<ApiEnvelope<unknown>>;

function httpSend(): Send {
  const token = browserToken();
  return async (method, request) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: keyedError('internal', 'api.hostUnreachable').toBody() };
    }
    return (await response.json()) as ApiEnvelope<unknown>;
  };
}

function ipcSend(bridge: BriefingBridge): Send {
  const calls = bridge.api as unknown as Record<string, (request: unknown) => Promise<ApiEnvelope<unknown>>>;
  return (method, request) => calls[method]!(request);
}

const send: Send = window.briefing ? ipcSend(window.briefing) : httpSend();

/**
 * Dispatched on window after a call the contract marks `changesFacts` succeeds. The notes view
 * stays mounted behind the curation views, so it is told at once rather than at its next check.
 */
export const factsChangedEvent = 'briefing:facts-changed';

export const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    async (request: unknown) => {
      const envelope = await send(method, request);
      if (!envelope.ok) throw ApiError.fromBody(envelope.error);
      if (changesFacts(method)) window.dispatchEvent(new Event(factsChangedEvent));
      return envelope.result;
    },
  ]),
) as unknown as BriefingApi;

/** Dispatched on window when the department link's state moved (the status bar, Settings). */
export const departmentChangedEvent = 'briefing:department-changed';

const windowEventFor: Record<AppEventName, string> = { 'facts-changed': factsChangedEvent, 'department-changed': departmentChangedEvent };

/**
 * Relays the back end's events (a department pull changed facts, the sync state moved) as window
 * events: Electron through the preload; browser mode through the host's `POST /events` stream,
 * reopened after a pause when it drops. Called once, by main.tsx.
 */
export function relayAppEvents(): void {
  const relay = (event: AppEventName) => window.dispatchEvent(new Event(windowEventFor[event]));
  if (window.briefing) {
    window.briefing.onAppEvent(relay);
    return;
  }
  const token = browserToken();
  const listen = async () => {
    try {
      const response = await fetch('/events', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let buffered = '';
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        buffered += decoder.decode(chunk.value, { stream: true });
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const name = line.startsWith('data: ') ? line.slice(6) : '';
          if ((appEvents as readonly string[]).includes(name)) relay(name as AppEventName);
        }
      }
    } catch {
      // The host stopped or the network dropped: try again below.
    }
    setTimeout(() => void listen(), 3000);
  };
  void listen();
}

export function onMenuCommand(listener: Parameters<BriefingBridge['onMenuCommand']>[0]): () => void {
  return window.briefing ? window.briefing.onMenuCommand(listener) : () => undefined;
}

/** Print / Save as PDF through the Electron main process (printToPDF); null in the browser, which prints with window.print(). */
export const printToPdf: BriefingBridge['printToPdf'] | null = window.briefing ? (request) => window.briefing!.printToPdf(request) : null;
