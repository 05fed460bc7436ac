import { ApiError, type ApiErrorWording } from '../../shared/errors';
import { i18n } from './i18n';

/**
 * A sentence for the user from anything thrown by an API call, in the interface's language.
 * The back end says what went wrong with a catalogue key and its arguments (shared/errors.ts
 * `keyedError`); an error it has not keyed yet is worded by its code, with the back end's
 * English detail after it, so nothing the user needs is lost in another language.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const worded = error.wording && wordingText(error.wording);
    if (worded) return worded;
    if (i18n.language === 'en') return error.message;
    return `${i18n.t(`errors.codes.${error.code}`)} (${error.message})`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A catalogue message with an inner error's words (`{reason}`) worded first; null when the key is unknown. */
function wordingText(wording: ApiErrorWording): string | null {
  if (!i18n.exists(`errors.${wording.key}`)) return null;
  const reason = wording.reason ? wordingText(wording.reason) : null;
  return i18n.t(`errors.${wording.key}`, reason === null ? wording.params : { ...wording.params, reason });
}
