/**
 * The importer thread (see isolated.ts): receives a file, runs extractSource on it and posts
 * back what it found or why it refused. After a refusal the thread is thrown away, so nothing
 * a hostile file left behind (a half-built tree, a parser still looping) outlives the answer.
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { extractSource } from './extract-source';
import type { ExtractionReply, ExtractionRequest } from './isolated';

parentPort!.on('message', (request: ExtractionRequest) => {
  void extractSource(request.bytes, request.fileName, request.encoding).then(
    ({ original: { bytes: _bytes, ...original }, ...extracted }) => reply({ ok: true, extracted: { ...extracted, original } }),
    (error: unknown) =>
      reply(
        error instanceof ApiError
          ? { ok: false, error: error.toBody() }
          : { ok: false, error: { code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } },
      ),
  );
});

function reply(message: ExtractionReply): void {
  parentPort!.postMessage(message);
}
