/**
 * A throw-away PostgreSQL cluster for tests of the department store (issue 16): initdb in a
 * temporary folder, its own port and socket folder, listening on 127.0.0.1 only, stopped and
 * deleted afterwards. PostgreSQL refuses to run as root, so as root the server binaries run as
 * the `postgres` user (runuser); as anyone else they run as that user.
 *
 * One cluster per test file, shared by its tests (initdb + start is about 1-2 s here).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binDirs = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/14/bin'];

/** The folder with initdb, pg_ctl and psql, or undefined when PostgreSQL is not installed. */
export function postgresBinDir(): string | undefined {
  return binDirs.find((dir) => ['initdb', 'pg_ctl', 'psql'].every((b) => existsSync(join(dir, b))));
}

/** Why the department tests are skipped here (printed), or undefined when they can run. */
export function postgresSkipReason(): string | undefined {
  if (postgresBinDir()) return undefined;
  return `PostgreSQL server binaries not found in ${binDirs.join(', ')} (install Debian's postgresql; .ci/run does)`;
}

export interface PsqlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface PgCluster {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The superuser `postgres` and its password (scram-sha-256 over TCP, like a real department). */
  readonly superuserPassword: string;
  /** A postgres:// URL for `user` on `database`; the password is percent-encoded. */
  url(user: string, password: string, database?: string): string;
  /** Runs SQL through plain psql as `user` (ON_ERROR_STOP, unaligned, tuples only). */
  psql(user: string, password: string, sql: string, database?: string): PsqlResult;
  /**
   * Runs each statement through one psql session that goes on after an error, and returns what
   * each printed (its errors included), in order: many refusals for the cost of one psql start.
   */
  psqlEach(user: string, password: string, statements: readonly string[], database?: string): string[];
  /** Creates an empty database owned by the superuser. */
  createDatabase(name: string): void;
  /** Stops the server (fast shutdown: connections are cut), keeping its data, for "the server went away" tests. */
  pause(): void;
  /** Starts it again on the same port. */
  resume(): void;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(postgresSkipReason());
  const asRoot = process.getuid?.() === 0;
  // As root, the server runs as `postgres`; everything it touches must belong to that user.
  const asServer = (file: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, file), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, file), args, { stdio: 'pipe' });

  const root = mkdtempSync(join(tmpdir(), 'briefing-pg-'));
  const data = join(root, 'data');
  const sockets = join(root, 'sockets');
  const log = join(root, 'server.log');
  const passwordFile = join(root, 'superuser-password');
  const superuserPassword = randomBytes(12).toString('hex');
  let port = 0;
  let started = false;
  const serverOptions = () => `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;

  const stop = () => {
    if (started) {
      started = false;
      try {
        asServer('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already gone (or never up): the folder is removed either way.
      }
    }
    rmSync(root, { recursive: true, force: true });
    process.off('exit', stop);
  };
  // A test run that dies before afterAll must not leave a server running.
  process.on('exit', stop);

  try {
    mkdirSync(sockets);
    writeFileSync(passwordFile, `${superuserPassword}\n`, { mode: 0o600 });
    if (asRoot) {
      const { uid, gid } = postgresIds();
      for (const path of [root, sockets, passwordFile]) chownSync(path, uid, gid);
    }
    asServer('initdb', ['-D', data, '-U', 'postgres', `--pwfile=${passwordFile}`, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
    // Another process may take a port between the probe and the start: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        asServer('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions(), '-w', '-t', '30', 'start']);
        started = true;
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    const detail = existsSync(log) ? spawnSync('cat', [log], { encoding: 'utf8' }).stdout : '';
    stop();
    throw new Error(`could not start a test PostgreSQL: ${(error as Error).message}\n${detail}`, { cause: error });
  }

  const psqlBin = join(bin, 'psql');
  const cluster: PgCluster = {
    host: '127.0.0.1',
    port,
    superuserPassword,
    url: (user, password, database = 'postgres') =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    psql(user, password, sql, database = 'postgres') {
      const run = spawnSync(psqlBin, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', database, '-c', sql], {
        encoding: 'utf8',
        env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' },
      });
      return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
    },
    psqlEach(user, password, statements, database = 'postgres') {
      // stdout and stderr into one file, so each statement's error lands after its marker.
      const out = join(root, `psql-${process.pid}-${Date.now()}.out`);
      const fd = openSync(out, 'w');
      try {
        const commands = statements.flatMap((sql, i) => ['-c', `\\echo @@statement ${i}`, '-c', sql]);
        spawnSync(psqlBin, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=0', '-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', database, ...commands], {
          stdio: ['ignore', fd, fd],
          env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' },
        });
      } finally {
        closeSync(fd);
      }
      const text = readFileSync(out, 'utf8');
      rmSync(out, { force: true });
      const parts = text.split(/^@@statement \d+\n/m);
      if (parts.length !== statements.length + 1) throw new Error(`psql did not run every statement:\n${text}`);
      return parts.slice(1);
    },
    createDatabase(name) {
      const run = cluster.psql('postgres', superuserPassword, `CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      if (run.code !== 0) throw new Error(`CREATE DATABASE ${name} failed: ${run.stderr}`);
    },
    pause() {
      asServer('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    resume() {
      asServer('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions(), '-w', '-t', '30', 'start']);
    },
    stop,
  };
  return cluster;
}
