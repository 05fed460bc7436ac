/** Calls the browser host's API from Node the way the renderer does: POST with the run's token. */
import type { RunningApp } from '../../tests/support/host';

export interface ApiAnswer<T> {
  status: number;
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

export async function callHost<T>(app: RunningApp, method: string, body: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as { ok: boolean; result?: T; error?: { code: string; message: string } };
  return { status: response.status, ok: envelope.ok, value: envelope.result, error: envelope.error };
}

/** Like callHost, but a refusal is a harness failure (set-up calls that must work). */
export async function mustCall<T>(app: RunningApp, method: string, body: unknown): Promise<T> {
  const answer = await callHost<T>(app, method, body);
  if (!answer.ok) throw new Error(`${method} failed (${answer.status}): ${answer.error?.message}`);
  return answer.value!;
}
