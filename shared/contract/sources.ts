/**
 * Sources: list and read them, the quotes drawn from each, and importing one.
 *
 * `sources.import` carries the final text (the CLI extracts it first): the store hashes it
 * (sha256), stores it once and never changes it. The import screen sends the file instead:
 * `sources.extract` shows what the file yields before anything is stored, and
 * `sources.importFile` extracts again in the back end and imports with the user's metadata,
 * so a 50 MB text never makes the round trip through the renderer.
 */
import { z } from 'zod';
import { AnchorState, FactStatus, QuoteSelector, SourceMeta, SourceSummary, SourceWithText } from '../model';
import { request, Wording } from './define';

const id = z.string().min(1).max(200);

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

const fileName = z.string().trim().min(1).max(255);
const base64 = z.base64().max(maxBase64Length);

/** How much of the text the import form previews. */
export const extractPreviewLength = 20_000;

export const SourcesExtractRequest = request({ fileName, base64 });
export const SourcesExtractResponse = z.object({
  /** The first 20 000 characters of the text that would be stored. */
  preview: z.string(),
  textLength: z.number().int(),
  format: SourceFormat,
  encoding: z.string().optional(),
  /** What the file reveals, to prefill the form; absent fields are unknown. */
  meta: SourceMeta.partial(),
  warnings: z.array(z.string()),
  /** The same warnings as catalogue messages (`importWarnings.<key>`), for the app to word in its language. */
  warningWordings: z.array(Wording),
  /** The source already holding exactly this text (same sha256): importing it again stores nothing. */
  alreadyImportedAs: z.object({ id: z.string(), title: z.string() }).nullable(),
});
export type SourcesExtractResponse = z.output<typeof SourcesExtractResponse>;

export const SourcesImportFileRequest = request({ fileName, base64, meta: SourceMeta.partial() });

/** A quote in a source, for the reader's highlights: where it was taken and where it is now. */
export const SourceQuote = z.object({
  evidenceId: z.string(),
  factId: z.string(),
  version: z.number().int(),
  statement: z.string(),
  status: FactStatus,
  selector: QuoteSelector,
  anchor: AnchorState,
  /** The quote's place in the stored text now; null when ambiguous or orphaned. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type SourceQuote = z.infer<typeof SourceQuote>;

/** The metadata fields a correction may change; the text never changes. */
export const editableSourceFields = ['title', 'originalTitle', 'publisher', 'authors', 'published', 'url', 'accessed', 'language', 'reliability'] as const;
export type EditableSourceField = (typeof editableSourceFields)[number];

/** One recorded correction of one field: who, when, the value before and after (null = unknown). */
export const SourceMetaChange = z.object({
  field: z.enum(editableSourceFields),
  old: z.union([z.string(), z.array(z.string())]).nullable(),
  new: z.union([z.string(), z.array(z.string())]).nullable(),
  by: z.string(),
  at: z.string(),
});
export type SourceMetaChange = z.infer<typeof SourceMetaChange>;

export const SourcesUpdateMetadataRequest = request({
  id,
  /** Only the fields to change; null makes a field unknown again (title and reliability cannot be null). */
  meta: SourceMeta.partial().refine((m) => Object.keys(m).length > 0, 'at least one field to change'),
  by: z.string().trim().min(1).max(200),
});
export type SourcesUpdateMetadataRequest = z.input<typeof SourcesUpdateMetadataRequest>;

export const SourceMetadataHistory = z.object({ source: SourceSummary, changes: z.array(SourceMetaChange) });
export type SourceMetadataHistory = z.infer<typeof SourceMetadataHistory>;

export const sourcesContract = {
  'sources.list': {
    request: request({}),
    response: z.object({ sources: z.array(SourceSummary) }),
  },
  'sources.get': {
    request: request({ id }),
    response: SourceWithText,
  },
  'sources.quotesIn': {
    request: request({ sourceId: id }),
    response: z.object({ sourceId: z.string(), quotes: z.array(SourceQuote) }),
  },
  'sources.import': { request: SourcesImportRequest, response: SourcesImportResponse },
  'sources.extract': { request: SourcesExtractRequest, response: SourcesExtractResponse },
  'sources.importFile': { request: SourcesImportFileRequest, response: SourcesImportResponse },
  /**
   * Corrects a source's metadata (never its text) and records each changed field: who, when, old
   * and new. Citations of its facts read the new metadata (the citation cache keys on it).
   */
  'sources.updateMetadata': { request: SourcesUpdateMetadataRequest, response: SourceMetadataHistory },
  /** A source's recorded corrections, newest first. */
  'sources.metadataHistory': { request: request({ id }), response: SourceMetadataHistory },
} as const;
