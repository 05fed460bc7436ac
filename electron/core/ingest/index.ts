/** Turning a file into a source's text and metadata: pure, no database. */
export { extractSource } from './extract-source';
export { sha256Hex } from './hash';
export { checkSourceSize, MAX_SOURCE_BYTES } from './refusal';
export type { ExtractedSource, IngestFormat } from './types';
export { ingestFormats } from './types';
