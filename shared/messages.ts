/**
 * Words from the catalogues outside React: the back end's error messages (in English, for the
 * CLI, logs and any client that cannot word them) and the Electron menu. The renderer words
 * the same keys in the interface's language through i18next; one catalogue, one wording.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, type UiLanguage } from './ui-language';

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

function lookup(language: UiLanguage, key: string): string | undefined {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The message `key` (dotted, e.g. `errors.noteNotFound`) with its arguments filled in; the key itself if it is missing. */
export function formatMessage(language: UiLanguage, key: string, params: MessageParams = {}): string {
  const id = `${language}:${key}`;
  let format = compiled.get(id);
  if (!format) {
    const source = lookup(language, key);
    if (source === undefined) return key;
    format = new IntlMessageFormat(source, language);
    compiled.set(id, format);
  }
  return String(format.format(params));
}
