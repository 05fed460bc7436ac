import { ApiError } from '../../../shared/errors';
import { formatMessage, type MessageParams } from '../../../shared/messages';

/**
 * Why a Word package cannot be read, worded by the catalogues' `errors.ooxml.<key>`. It
 * completes a caller's sentence ("…, but {reason}"): callers wrap it with `wrappingError`, so
 * the user reads the whole sentence in the interface's language.
 */
export class OoxmlProblem extends ApiError {
  constructor(key: string, params: MessageParams = {}) {
    super('refused', formatMessage('en', `errors.ooxml.${key}`, params), [], { key: `ooxml.${key}`, params });
  }
}
