/**
 * The one error shape every transport (Electron IPC, the browser host) returns.
 * `message` is English (the CLI and logs show it); an error raised with `keyedError` also
 * carries its catalogue key and arguments, so the renderer words it in the interface's
 * language (renderer/src/errorMessage.ts). `issues` names each field that failed the schema.
 */
import { formatMessage, type MessageParams } from './messages';

export type ApiErrorCode =
  | 'unknown_method'
  | 'invalid_request'
  | 'forbidden'
  | 'unauthorized'
  | 'not_found'
  | 'conflict'
  | 'refused'
  /** Another Briefing Studio process held the store's write lock for longer than busy_timeout. */
  | 'store_busy'
  /** The store (or its folder) cannot be written: it was opened for reading. */
  | 'store_read_only'
  /** The disk holding the store is full. */
  | 'store_full'
  /** The store file is damaged or not a SQLite store at all. */
  | 'store_corrupt'
  /** The store was written by a newer version of the app. */
  | 'store_newer'
  /** The store cannot be opened or the disk reported an I/O error. */
  | 'store_unavailable'
  | 'internal';

export interface ApiIssue {
  /** Dotted path of the offending field, e.g. `limit` or `filters.status`. */
  path: string;
  message: string;
}

/** Which message of the catalogues' `errors` section says it, and its arguments. */
export interface ApiErrorWording {
  key: string;
  params: MessageParams;
  /** For a message that adds to another error's (`{reason}`): that error's wording, so the reason is in the reader's language too. */
  reason?: ApiErrorWording;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
  wording?: ApiErrorWording;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];
  readonly wording: ApiErrorWording | undefined;

  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = [], wording?: ApiErrorWording) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    this.wording = wording;
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues.length > 0 ? { issues: this.issues } : {}),
      ...(this.wording ? { wording: this.wording } : {}),
    };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? [], body.wording);
  }
}

/** An error worded by the catalogues' `errors.<key>`: English in `message`, any language in the renderer. */
export function keyedError(code: ApiErrorCode, key: string, params: MessageParams = {}, issues: ApiIssue[] = []): ApiError {
  return new ApiError(code, formatMessage('en', `errors.${key}`, params), issues, { key, params });
}

/**
 * An error that says more about another one ("… Nothing was changed."): the catalogue's
 * `errors.<key>` takes the other error's words as `{reason}`, in English here and, when the
 * other error is worded, in the interface's language in the renderer.
 */
export function wrappingError(code: ApiErrorCode, key: string, inner: Error, params: MessageParams = {}): ApiError {
  const all = { ...params, reason: inner.message };
  const worded = inner instanceof ApiError ? inner : null;
  return new ApiError(code, formatMessage('en', `errors.${key}`, all), worded?.issues ?? [], { key, params: all, ...(worded?.wording ? { reason: worded.wording } : {}) });
}

/** What travels back over either transport: never a thrown error, always this envelope. */
export type ApiEnvelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };
