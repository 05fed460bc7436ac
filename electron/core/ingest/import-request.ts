import type { SourcesImportRequest } from '../../../shared/contract/sources';
import type { ExtractedSource } from './types';

/**
 * The `sources.import` request for an extracted file. The original bytes travel only when
 * they differ from the text's UTF-8 bytes: a plain UTF-8 .txt is its own original.
 */
export function toImportRequest(source: ExtractedSource): SourcesImportRequest {
  const original = Buffer.from(source.original.bytes.buffer, source.original.bytes.byteOffset, source.original.bytes.byteLength);
  const sameAsText = original.equals(Buffer.from(source.text, 'utf8'));
  return {
    fileName: source.original.fileName,
    text: source.text,
    meta: source.meta,
    format: source.format,
    ...(sameAsText ? {} : { originalBase64: original.toString('base64') }),
  };
}
