/**
 * extractSource in a thread of its own (node:worker_threads), with a heap cap and a time
 * limit: mammoth, pdf.js and jsdom read whatever a file holds, and a hostile one (XML that
 * expands to gigabytes of tree, a page stream that inflates to 300 MB) must cost a refusal,
 * never the app, the browser host or the command line (issue #13). The caller's thread stays
 * free meanwhile, so autosaves and every other call keep being answered.
 *
 * The size limits inside the importers (per XML part, per PDF page and document) refuse most
 * hostile files early and with a precise message; the heap cap and the time limit catch what
 * they cannot foresee.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorBody } from '../../../shared/errors';
import { checkSourceSize, refuseKeyed } from './refusal';
import type { ExtractedSource } from './types';
import type { ChosenEncoding } from './text-encoding';

export interface ExtractionRequest {
  bytes: Uint8Array;
  fileName: string;
  /** The text encoding the user named, replacing detection. */
  encoding?: ChosenEncoding;
}

/** What the thread sends back: everything but the file's bytes, which the caller already holds. */
export type ExtractionReply =
  | { ok: true; extracted: Omit<ExtractedSource, 'original'> & { original: Omit<ExtractedSource['original'], 'bytes'> } }
  /** A refusal keeps its catalogue wording across the thread, so it reaches the user in their language. */
  | { ok: false; error: ApiErrorBody };

export interface IsolationLimits {
  /** The importer thread's JavaScript heap (V8 old generation), in MB. */
  heapMb: number;
  /** How long one file may take to read, in milliseconds. */
  timeLimitMs: number;
}

/**
 * Enough for a 500-page report (mammoth needs about 60 MB of heap per MB of document XML),
 * and with the app itself still well under 1 GB; a minute is many times what a real file takes.
 */
export const defaultIsolationLimits: IsolationLimits = { heapMb: 512, timeLimitMs: 60_000 };

export async function extractSourceIsolated(bytes: Uint8Array, fileName: string, limits: Partial<IsolationLimits> = {}, encoding?: ChosenEncoding): Promise<ExtractedSource> {
  const { heapMb, timeLimitMs } = { ...defaultIsolationLimits, ...limits };
  // Refused from the size alone before a thread is started for it.
  checkSourceSize(bytes.length, fileName);
  const worker = takeIdleThread(heapMb) ?? (await startThread(heapMb));
  let reusable = false;
  try {
    const reply = await new Promise<ExtractionReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(refuseKeyed(fileName, 'tookTooLong', timeLimitMs >= 1000 ? { unit: 'seconds', amount: Math.round(timeLimitMs / 1000) } : { unit: 'ms', amount: timeLimitMs }));
      }, timeLimitMs);
      const onMessage = (message: ExtractionReply) => settle(() => resolve(message));
      const onError = (error: Error & { code?: string }) =>
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? refuseKeyed(fileName, 'outOfMemory', { mb: heapMb })
              : error,
          ),
        );
      const onExit = (exitCode: number) => settle(() => reject(new Error(`the importer stopped (exit code ${exitCode}) before it answered about “${fileName}”`)));
      function settle(then: () => void) {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        then();
      }
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      // A copy the thread owns: the caller keeps its bytes for the stored original.
      const copy = new Uint8Array(bytes);
      worker.postMessage({ bytes: copy, fileName, ...(encoding ? { encoding } : {}) } satisfies ExtractionRequest, [copy.buffer]);
    });
    if (!reply.ok) throw reply.error.code === 'internal' ? new Error(reply.error.message) : ApiError.fromBody(reply.error);
    reusable = true;
    return { ...reply.extracted, original: { ...reply.extracted.original, bytes } };
  } finally {
    // A thread that read a file cleanly may read the next one; after a refusal, a time-out or
    // running out of memory, the thread and everything it held go now.
    if (reusable) parkThread(worker, heapMb);
    else await worker.terminate();
  }
}

async function startThread(heapMb: number): Promise<Worker> {
  const { script, eval: isEval } = await importerScript();
  const worker = new Worker(script, {
    eval: isEval,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, heapMb / 16)) },
    // The thread's console (pdf.js warnings and the like) is read and dropped: it must never
    // reach the command line's output, and unread it would pile up in memory.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/**
 * One thread kept warm for a few seconds after a clean read, so the import dialog's preview
 * and the import that follows (or a batch on the command line) do not each load mammoth,
 * pdf.js and jsdom again. It never keeps a process alive.
 */
const idleMs = 5_000;
let idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout } | undefined;

function takeIdleThread(heapMb: number): Worker | undefined {
  if (!idle || idle.heapMb !== heapMb) return undefined;
  const { worker, timer } = idle;
  idle = undefined;
  clearTimeout(timer);
  worker.ref();
  return worker;
}

function parkThread(worker: Worker, heapMb: number): void {
  if (idle) void idle.worker.terminate();
  clearTimeout(idle?.timer);
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, idleMs);
  timer.unref();
  worker.unref();
  idle = { worker, heapMb, timer };
}

/**
 * The importer thread's code. Built, it is out/ingest/worker.mjs beside the bundle that runs
 * this (out/main, out/host, out/cli; scripts/build-node.mjs). Run from source (tests, tsx), the
 * TypeScript is bundled once per process with esbuild, packages left to node_modules as in the
 * build, and run as a script.
 */
function importerScript(): Promise<{ script: string | URL; eval: boolean }> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return Promise.resolve({ script: new URL('../ingest/worker.mjs', here), eval: false });
  fromSource ??= bundleFromSource(new URL('./worker.ts', here));
  return fromSource;
}

let fromSource: Promise<{ script: string; eval: boolean }> | undefined;

async function bundleFromSource(entry: URL): Promise<{ script: string; eval: boolean }> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    // A script run with `eval` has no import.meta; the source file's own URL stands in for it.
    define: { 'import.meta.url': JSON.stringify(entry.href) },
  });
  return { script: result.outputFiles[0]!.text, eval: true };
}
