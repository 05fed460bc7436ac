/** Turning a file into a source's text and metadata: pure, no database. */
export { extractSource } from './extract-source';
export { defaultIsolationLimits, extractSourceIsolated, type IsolationLimits } from './isolated';
export { sha256Hex } from './hash';
export { toImportRequest } from './import-request';
export { checkRegularFile, checkSourceSize, MAX_SOURCE_BYTES, MAX_SOURCE_TEXT_LENGTH } from './refusal';
export type { ExtractedSource, IngestFormat } from './types';
export { importWarningText, ingestFormats } from './types';
