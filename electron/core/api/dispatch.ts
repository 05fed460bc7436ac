/**
 * The one generic dispatcher behind both transports (Electron IPC and the browser host):
 * allow-list the method, schema-parse the payload, call the handler, return an envelope.
 * No per-method glue lives anywhere else.
 */
import type { z } from 'zod';
import { contract, isMethodName, type ApiHandlers, type MethodName } from '../../../shared/api';
import { ApiError, keyedError, type ApiEnvelope, type ApiIssue } from '../../../shared/errors';
import { maxNesting, nestedDeeperThan } from '../../../shared/stored-text';
import { storeErrorOf } from '../db/store-errors';

export function issuesFrom(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    // Name each unexpected field itself, not the object that holds it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'unexpected field' }));
    }
    return [{ path: base.length > 0 ? base.join('.') : '(request)', message: issue.message }];
  });
}

export type Dispatch = (method: unknown, payload: unknown) => Promise<ApiEnvelope<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected (non-ApiError) failures so they reach a log, not the user. */
  onInternalError?: (method: MethodName, error: unknown) => void;
}

export function createDispatcher(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  return async (method, payload) => {
    if (!isMethodName(method)) {
      const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return fail(keyedError('unknown_method', 'api.unknownMethod', { name }));
    }
    const spec = contract[method];
    // `undefined` (no argument) means "no fields"; null, arrays and scalars are errors.
    if (nestedDeeperThan(payload)) return fail(keyedError('invalid_request', 'api.tooDeep', { method, levels: maxNesting }));
    const parsed = spec.request.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error);
      const fields = issues.map((i) => i.path).join(', ');
      return fail(keyedError('invalid_request', 'api.invalidRequest', { method, fields }, issues));
    }
    try {
      const handler = handlers[method] as (request: unknown) => unknown;
      const result = await handler(parsed.data);
      return { ok: true, result: spec.response.parse(result) };
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      const storeError = storeErrorOf(error);
      if (storeError) return fail(storeError);
      options.onInternalError?.(method, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail(keyedError('internal', 'api.failed', { method, detail: message }));
    }
  };
}

function fail(error: ApiError): ApiEnvelope<never> {
  return { ok: false, error: error.toBody() };
}
