import { sourceFormats, type SourceFormat } from '../../../shared/contract/sources';
import type { SourceMeta } from '../../../shared/model';
import type { ApiErrorWording } from '../../../shared/errors';
import { formatMessage, type MessageParams } from '../../../shared/messages';

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
  /** Things the user should know but that did not stop the import, as catalogue messages (`importWarningText` words them in English). */
  warnings: ImportWarning[];
}

/** A warning as a catalogue message: `importWarnings.<key>` and its arguments, so the app words it in its language. */
export type ImportWarning = ApiErrorWording;

export function importWarning(key: string, params: MessageParams = {}): ImportWarning {
  return { key, params };
}

/** A warning in English: the CLI, and the contract's `warnings` beside their wordings. */
export function importWarningText(warning: ImportWarning): string {
  return formatMessage('en', `importWarnings.${warning.key}`, warning.params);
}

export const mediaTypes: Record<IngestFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
