/**
 * The one error shape every transport (Electron IPC, the browser host) returns.
 * The renderer shows `message`; `issues` names each field that failed the schema.
 */
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

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? []);
  }
}

/** What travels back over either transport: never a thrown error, always this envelope. */
export type ApiEnvelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };
