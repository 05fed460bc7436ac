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
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorCode } from '../../../shared/errors';
import { checkSourceSize, refuse } from './refusal';
import type { ExtractedSource } from './types';

export interface ExtractionRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** What the thread sends back: everything but the file's bytes, which the caller already holds. */
export type ExtractionReply =
  | { ok: true; extracted: Omit<ExtractedSource, 'original'> & { original: Omit<ExtractedSource['original'], 'bytes'> } }
  | { ok: false; code: ApiErrorCode; message: string };

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

const tryAgain = 'If the file is genuine, open it in its own program, save it again (or as plain text) and import that.';

export async function extractSourceIsolated(bytes: Uint8Array, fileName: string, limits: Partial<IsolationLimits> = {}): Promise<ExtractedSource> {
  const { heapMb, timeLimitMs } = { ...defaultIsolationLimits, ...limits };
  // Refused from the size alone before a thread is started for it.
  checkSourceSize(bytes.length, fileName);
  const { script, eval: isEval } = importerScript();
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
  try {
    const reply = await new Promise<ExtractionReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(refuse(fileName, `reading it took longer than ${Math.round(timeLimitMs / 1000)} seconds, far longer than any ordinary document (a damaged or malicious file?). ${tryAgain}`));
      }, timeLimitMs);
      const settle = () => clearTimeout(timer);
      worker.once('message', (message: ExtractionReply) => {
        settle();
        resolve(message);
      });
      worker.once('error', (error: Error & { code?: string }) => {
        settle();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(refuse(fileName, `reading it needs more than the ${heapMb} MB of memory Briefing Studio gives one file (a damaged or malicious file?). ${tryAgain}`));
        } else reject(error);
      });
      worker.once('exit', (exitCode) => {
        settle();
        reject(new Error(`the importer stopped (exit code ${exitCode}) before it answered about “${fileName}”`));
      });
      // A copy the thread owns: the caller keeps its bytes for the stored original.
      const copy = new Uint8Array(bytes);
      worker.postMessage({ bytes: copy, fileName } satisfies ExtractionRequest, [copy.buffer]);
    });
    if (!reply.ok) throw reply.code === 'internal' ? new Error(reply.message) : new ApiError(reply.code, reply.message);
    return { ...reply.extracted, original: { ...reply.extracted.original, bytes } };
  } finally {
    // Whatever happened, the thread and everything it held go now.
    await worker.terminate();
  }
}

/**
 * The importer thread's code. Built, it is out/ingest/worker.mjs beside the bundle that runs
 * this (out/main, out/host, out/cli; scripts/build-node.mjs); run from source (tests), the
 * TypeScript file through tsx.
 */
function importerScript(): { script: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('../ingest/worker.mjs', here), eval: false };
  const source = new URL('./worker.ts', here).href;
  return { script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}
