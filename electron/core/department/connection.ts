/**
 * Connecting to a department's PostgreSQL (issue 16). The URL follows libpq's conventions
 * (postgres://user[:password]@host[:port]/database?sslmode=…); with no password in it, the
 * `pg` driver takes PGPASSWORD or ~/.pgpass, as psql does. Every error says what failed and
 * where, never with the password: messages are built from the parsed host, port, database and
 * role, and anything else is scrubbed of the password before it leaves this file.
 */
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import pgpass from 'pgpass';

/**
 * What went wrong, for the app to word in the interface's language (`errors.department.<reason>`
 * in the catalogues); `other` carries only the English message.
 */
export type DepartmentErrorReason = 'refused' | 'unreachable' | 'wrongPassword' | 'passwordNeeded' | 'noDatabase' | 'notInitialised' | 'notMember' | 'badUrl' | 'other';

/** A connection problem or a refusal, worded for the person at the keyboard. */
export class DepartmentError extends Error {
  readonly reason: DepartmentErrorReason;
  constructor(message: string, options?: ErrorOptions & { reason?: DepartmentErrorReason }) {
    super(message, options);
    this.name = 'DepartmentError';
    this.reason = options?.reason ?? (options?.cause instanceof DepartmentError ? options.cause.reason : 'other');
  }
}

export interface DepartmentTarget {
  host: string;
  port: number;
  database: string;
  user: string;
}

interface ParsedUrl extends DepartmentTarget {
  password: string | undefined;
}

function parseUrl(url: string): ParsedUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL is not echoed: it may hold a password.
    throw new DepartmentError('The department URL is not a URL; write it as postgres://ROLE@HOST:PORT/DATABASE.', { reason: 'badUrl' });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DepartmentError('The department URL must start with postgres://ROLE@HOST:PORT/DATABASE.', { reason: 'badUrl' });
  }
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      throw new DepartmentError('The department URL has a malformed %-escape in its role or password.', { reason: 'badUrl' });
    }
  };
  const database = decode(parsed.pathname.replace(/^\//, ''));
  const user = decode(parsed.username) || process.env.PGUSER || '';
  if (!parsed.hostname) throw new DepartmentError('The department URL names no host; write it as postgres://ROLE@HOST:PORT/DATABASE.', { reason: 'badUrl' });
  if (!user) throw new DepartmentError('The department URL names no role; write it as postgres://ROLE@HOST:PORT/DATABASE.', { reason: 'badUrl' });
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : Number(process.env.PGPORT ?? 5432),
    database: database || user,
    user,
    password: parsed.password ? decode(parsed.password) : undefined,
  };
}

/** Where a URL leads, for messages; throws a DepartmentError for a URL that is not one. */
export function departmentTarget(url: string): DepartmentTarget {
  const { host, port, database, user } = parseUrl(url);
  return { host, port, database, user };
}

export function describeTarget(t: DepartmentTarget): string {
  return `role "${t.user}" at ${t.host}:${t.port}, database "${t.database}"`;
}

/**
 * Replaces the password, raw and percent-encoded, wherever it appears. Messages are built from
 * the parsed parts, so this is a second guard; passwords under 4 characters are left alone
 * because scrubbing them would garble every message ("permissi***n").
 */
export function withoutPassword(text: string, password: string | undefined): string {
  if (!password || password.length < 4) return text;
  let out = text;
  for (const form of new Set([password, encodeURIComponent(password)])) out = out.split(form).join('***');
  return out;
}

/** Which of the reasons the app words a failed connection is. */
function connectionErrorReason(error: unknown): DepartmentErrorReason {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'unreachable';
    case '28P01':
      return 'wrongPassword';
    case '3D000':
      return 'noDatabase';
  }
  if (/client password must be a string/.test(e.message ?? '')) return 'passwordNeeded';
  if (/timeout/i.test(e.message ?? '')) return 'unreachable';
  return 'other';
}

function connectionErrorMessage(error: unknown, t: DepartmentTarget): string {
  const e = error as { code?: string; message?: string };
  const where = `${t.host}:${t.port}`;
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Cannot connect to PostgreSQL at ${where}: the connection was refused. Is the server running, and listening on that host and port?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to PostgreSQL: no host named "${t.host}" was found.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Cannot connect to PostgreSQL at ${where}: no answer (${e.code}).`;
    case '28P01':
      return `PostgreSQL refused the password for role "${t.user}" at ${where}.`;
    case '28000':
      return `PostgreSQL refused ${describeTarget(t)}: ${e.message ?? 'not authorized'}.`;
    case '3D000':
      return `There is no database "${t.database}" on the PostgreSQL server at ${where}.`;
  }
  const message = e.message ?? String(error);
  if (/client password must be a string/.test(message)) {
    return `PostgreSQL at ${where} asks for a password for role "${t.user}": give it in PGPASSWORD or ~/.pgpass (or in the URL).`;
  }
  if (/timeout/i.test(message)) return `Cannot connect to PostgreSQL at ${where}: no answer in time.`;
  return `Cannot connect to PostgreSQL (${describeTarget(t)}): ${message}`;
}

export interface ConnectOptions {
  /** Which desktop this is, recorded with every row it writes (briefing.desktop). */
  desktop: string;
  connectTimeoutMs?: number;
  /**
   * Where the password comes from when the URL has none: the app passes the one it keeps in
   * Electron's safeStorage (electron/main/department-secret.ts); otherwise, as libpq does,
   * PGPASSWORD, then ~/.pgpass (or PGPASSFILE). Asked only when the server asks for one.
   */
  password?: () => Promise<string | undefined>;
}

/** The URL as the store keeps it: everything but the password. */
export function urlWithoutPassword(url: string): string {
  parseUrl(url); // refuses what is not a department URL, without echoing it
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

function libpqPassword(t: DepartmentTarget): Promise<string | undefined> {
  if (process.env.PGPASSWORD !== undefined) return Promise.resolve(process.env.PGPASSWORD);
  return new Promise((resolve) => pgpass({ host: t.host, port: t.port, database: t.database, user: t.user }, resolve));
}

export interface DepartmentConnection {
  client: pg.Client;
  target: DepartmentTarget;
  /** An error from a query, with the password scrubbed and the target named. */
  explain(error: unknown): DepartmentError;
  close(): Promise<void>;
}

/**
 * A refusal that says "not now" rather than "no": a connection storm (many desktops syncing at
 * once after a restart) fills max_connections or meets a server still starting, and a
 * handshake may time out while the server is swamped. Worth a retry after a short wait.
 */
function triesFor(error: unknown): number {
  const e = error as { code?: string; message?: string };
  // 53300 too_many_connections (the server's or the role's limit), 57P03 cannot_connect_now (starting up).
  if (e.code === '53300' || e.code === '57P03' || e.code === 'ECONNRESET') return 4;
  // A timeout once may be a swamped server; twice, the server is not answering (say so without a long wait).
  if (/timeout/i.test(e.message ?? '')) return 2;
  return 1;
}

/** The first wait before another try; each wait doubles, with jitter so a storm of desktops spreads out. */
const firstRetryMs = 200;

function openClient(url: string, options: ConnectOptions, password: string | undefined, target: DepartmentTarget): pg.Client {
  // Startup options are space-separated: keep the desktop name to characters that need no escaping.
  const desktop = options.desktop.replace(/[^A-Za-z0-9._:@-]/g, '_').slice(0, 200) || 'unknown';
  const client = new pg.Client({
    // Parsed here rather than passed as connectionString, which would override the password function with ''.
    ...parseIntoClientConfig(url),
    // A function, so pg neither reads ~/.pgpass itself (deprecated) nor asks before the server does.
    ...(password === undefined ? { password: (async () => (await options.password?.()) ?? (await libpqPassword(target))) as () => Promise<string> } : {}),
    application_name: 'briefing-studio',
    options: `-c briefing.desktop=${desktop}`,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
  });
  // An error on an idle connection (the server went away) must not crash the process.
  client.on('error', () => undefined);
  return client;
}

export async function connectDepartment(url: string, options: ConnectOptions): Promise<DepartmentConnection> {
  const { password, ...target } = parseUrl(url);
  let client: pg.Client;
  for (let attempt = 1; ; attempt++) {
    client = openClient(url, options, password, target);
    try {
      await client.connect();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt < triesFor(error)) {
        const wait = firstRetryMs * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, wait / 2 + Math.random() * wait));
        continue;
      }
      throw new DepartmentError(withoutPassword(connectionErrorMessage(error, target), password), { cause: error, reason: connectionErrorReason(error) });
    }
  }
  return {
    client,
    target,
    explain: (error) => {
      if (error instanceof DepartmentError) return new DepartmentError(withoutPassword(error.message, password), { cause: error });
      const message = error instanceof Error ? error.message : String(error);
      return new DepartmentError(withoutPassword(message, password), { cause: error });
    },
    close: () => client.end().catch(() => undefined),
  };
}
