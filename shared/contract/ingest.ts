/**
 * PROPOSED contract for importing a source (issue 6). Not yet joined into shared/api.ts: the
 * fact store implements `sources.import`, then the integrator spreads `ingestContract` there.
 *
 * The back end extracts the text (electron/core/ingest) before calling this, so the request
 * carries the final text: the store hashes it (sha256), stores it once and never changes it.
 */
import { z } from 'zod';
import { SourceMeta, SourceSummary } from '../model';
import { request } from './define';

export const sourceFormats = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export const SourceFormat = z.enum(sourceFormats);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** The largest file imported (electron/core/ingest MAX_SOURCE_BYTES) and its base64 length. */
const maxFileBytes = 50 * 1024 * 1024;
const maxBase64Length = Math.ceil(maxFileBytes / 3) * 4;

export const SourcesImportRequest = request({
  /** The file's name without its folder, shown in the library and used as the fallback title. */
  fileName: z.string().trim().min(1).max(255),
  /** The extracted text, line endings \n: exactly what quotes will be anchored in. */
  text: z.string().min(1).max(maxFileBytes),
  /**
   * What the file revealed (possibly edited by the user in the import form). Missing fields
   * are stored as unknown: publisher/published/url/accessed/language null, authors [],
   * reliability 'unknown', title = fileName without its extension.
   */
  meta: SourceMeta.partial(),
  format: SourceFormat,
  /**
   * The original file, when its bytes differ from the UTF-8 text (HTML, DOCX, PDF, or text
   * that had a BOM, CRLF line endings or another encoding). Omitted when they are identical.
   */
  originalBase64: z.base64().max(maxBase64Length).optional(),
});
export type SourcesImportRequest = z.input<typeof SourcesImportRequest>;

export const SourcesImportResponse = z.object({
  source: SourceSummary,
  /** True when a source with the same text (same sha256) was already stored: nothing was written. */
  alreadyImported: z.boolean(),
});
export type SourcesImportResponse = z.output<typeof SourcesImportResponse>;

export const ingestContract = {
  'sources.import': { request: SourcesImportRequest, response: SourcesImportResponse },
} as const;
