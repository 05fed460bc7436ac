/**
 * Starts the real browser-mode host (the built `out/host/index.mjs`) on a fresh data
 * directory and resolves once it prints its URL — a readiness signal, never a sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const projectRoot = resolve(import.meta.dirname, '..', '..');

export function freshDataDir(prefix = 'briefing-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `root` is the checkout whose build runs (another checkout's only for a benchmark's peer build). */
export function startApp(dataDir = freshDataDir(), extraArgs: string[] = [], root = projectRoot): Promise<RunningApp> {
  const child = spawn(process.execPath, [join(root, 'out/host/index.mjs'), '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s: ${stderr}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`host exited (${code}) before starting: ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      resolvePromise({
        url: `${match[1]}/#token=${match[2]}`,
        origin: match[1]!,
        token: match[2]!,
        dataDir,
        process: child,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}
