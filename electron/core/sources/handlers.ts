/**
 * The sources slice of the contract: list and read sources and their quotes; extract a file for
 * the import form, import a text or a file. Files are read in an importer thread
 * (ingest/isolated.ts), so the app, the browser host and the CLI stay up and answering.
 */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import { extractPreviewLength, type sourcesContract } from '../../../shared/contract/sources';
import { canonicalText } from '../../../shared/stored-text';
import { extractSourceIsolated, importWarningText, toImportRequest } from '../ingest';
import { sourceMetadataHistory, updateSourceMetadata } from './edit-metadata';
import { findSourceWithText, importSource, type SourceImportOptions } from './import-source';
import { quotesInSource } from './source-quotes';
import { getSource, listSources } from './source-store';

export function sourcesHandlers(db: Database, options: SourceImportOptions = {}): HandlersFor<typeof sourcesContract> {
  return {
    'sources.list': () => ({ sources: listSources(db) }),
    'sources.get': (r) => getSource(db, r.id),
    'sources.quotesIn': (r) => quotesInSource(db, r.sourceId),
    // Text sent as is (the CLI's extraction, another program) is normalised as a file's text is.
    'sources.import': (r) => importSource(db, { ...r, text: canonicalText(r.text) }, options),
    'sources.extract': async (r) => {
      const extracted = await extractSourceIsolated(Buffer.from(r.base64, 'base64'), r.fileName);
      return {
        preview: extracted.text.slice(0, extractPreviewLength),
        textLength: extracted.text.length,
        format: extracted.format,
        ...(extracted.encoding ? { encoding: extracted.encoding } : {}),
        meta: extracted.meta,
        warnings: extracted.warnings.map(importWarningText),
        warningWordings: extracted.warnings,
        alreadyImportedAs: findSourceWithText(db, extracted.text),
      };
    },
    'sources.updateMetadata': (r) => updateSourceMetadata(db, r, options.now),
    'sources.metadataHistory': (r) => sourceMetadataHistory(db, r.id),
    // The form's fields replace what the file revealed; a field the form left out keeps the file's value.
    'sources.importFile': async (r) => {
      const extracted = await extractSourceIsolated(Buffer.from(r.base64, 'base64'), r.fileName);
      const request = toImportRequest(extracted);
      return importSource(db, { ...request, meta: { ...extracted.meta, ...r.meta } }, options);
    },
  };
}
