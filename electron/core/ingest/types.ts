import { sourceFormats, type SourceFormat } from '../../../shared/contract/sources';
import type { SourceMeta } from '../../../shared/model';

export const ingestFormats = sourceFormats;
export type IngestFormat = SourceFormat;

/** What a file yields before it is stored: the text quotes will anchor in, and what the file says about itself. */
export interface ExtractedSource {
  /** The readable text, line endings normalized to \n; stored as is and never changed after. */
  text: string;
  /** The file as it came, kept so the text can be re-derived or audited later. */
  original: { bytes: Uint8Array; mediaType: string; fileName: string };
  format: IngestFormat;
  /** The character encoding the text was decoded from (text formats only). */
  encoding?: string;
  /** Only what the file itself reveals; anything unknown is absent, never guessed. */
  meta: Partial<SourceMeta>;
  /** Things the user should know but that did not stop the import, in plain words. */
  warnings: string[];
}

export const mediaTypes: Record<IngestFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
