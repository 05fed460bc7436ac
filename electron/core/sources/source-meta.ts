/** Turns the import form's metadata into a source's stored metadata: cleaned, unknowns as null. */
import { cleanLine, cleanOptional } from '../../../shared/clean-text';
import type { ImportMeta } from '../../../shared/contract/sources';
import { ApiError } from '../../../shared/errors';
import { SourceMeta } from '../../../shared/model';

export function cleanSourceMeta(meta: ImportMeta): SourceMeta {
  const title = cleanLine(meta.title);
  if (title.length === 0) {
    throw new ApiError('invalid_request', 'A source needs a title: type one in the form before importing.', [{ path: 'meta.title', message: 'required' }]);
  }
  return SourceMeta.parse({
    title,
    publisher: cleanOptional(meta.publisher),
    authors: (meta.authors ?? []).map(cleanLine).filter((a) => a.length > 0),
    published: meta.published ?? null,
    url: cleanOptional(meta.url),
    accessed: meta.accessed ?? null,
    language: cleanOptional(meta.language),
    reliability: meta.reliability ?? 'unknown',
  });
}
