import { ApiError } from '../../shared/errors';
import { i18n } from './i18n';

/**
 * A sentence for the user from anything thrown by an API call, in the interface's language.
 * The back end says what went wrong with a catalogue key and its arguments (shared/errors.ts
 * `keyedError`); an error it has not keyed yet is worded by its code, with the back end's
 * English detail after it, so nothing the user needs is lost in another language.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.wording && i18n.exists(`errors.${error.wording.key}`)) return i18n.t(`errors.${error.wording.key}`, error.wording.params);
    if (i18n.language === 'en') return error.message;
    return `${i18n.t(`errors.codes.${error.code}`)} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
