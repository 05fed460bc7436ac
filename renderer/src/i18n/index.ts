/**
 * The interface's language. Every string the user can see or hear (screens, dialogs, menus,
 * error messages, findings, accessibility labels) comes from the catalogues in `shared/locales/`,
 * written as ICU messages (plurals: `{count, plural, one {# warning} other {# warnings}}`).
 *
 * - Components: `const { t } = useTranslation();` then `t('header.settings')`.
 * - Outside React: `i18n.t('…')`.
 * - Keys are grouped by screen (`header.*`, `library.*`, `editor.*`, …); English is the source
 *   catalogue, Vietnamese must have the same keys (tests/unit/renderer/i18n checks both).
 *
 * The language follows the OS (in browser mode the browser's languages) until the user picks
 * one in Settings; changing it re-renders without a restart and sets `<html lang>`.
 * The catalogues are bundled (a few kB each), so nothing is fetched before the first frame.
 */
import i18n, { type I18nFormatModule } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { catalogues, resolveUiLanguage, type UiLanguage, type UiLanguageChoice } from '../../../shared/ui-language';

export { uiLanguages, type UiLanguage } from '../../../shared/ui-language';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The first of the browser's (in Electron, the OS's) languages the app has a catalogue for; English otherwise. */
export function systemUiLanguage(preferred: readonly string[] = browserLanguages()): UiLanguage {
  return resolveUiLanguage('', preferred);
}

/** The language for the user's choice in Settings ('' follows the system). */
export function chosenUiLanguage(choice: UiLanguageChoice): UiLanguage {
  return resolveUiLanguage(choice, browserLanguages());
}

/** Switches the interface (and `<html lang>`) at once; components re-render through react-i18next. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

type Parse = (res: string, options: object, lng: string, ns: string, key: string, info: object) => string;
const icu = new ICU() as InstanceType<typeof ICU> & { parse: Parse };

/**
 * i18next's message format: ICU (i18next-icu), but only for messages that use its syntax (an
 * argument, a plural or a select: all need a brace). i18next-icu builds an IntlMessageFormat for
 * every message it is first asked for; most messages are plain text (about 40 ms of CPU at
 * start-up in a profile of the page).
 */
export const icuFormat: I18nFormatModule & { init(instance: typeof i18n): void; parse: Parse; addLookupKeys(keys: string[]): string[] } = {
  type: 'i18nFormat',
  init: (instance: typeof i18n) => icu.init(instance),
  parse: (res, ...rest) => (res.includes('{') || res.includes('}') ? icu.parse(res, ...rest) : res),
  addLookupKeys: (keys) => keys,
};

void i18n
  .use(icuFormat)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: catalogues.en }, vi: { translation: catalogues.vi } },
    lng: systemUiLanguage(),
    fallbackLng: false,
    // One namespace, dotted keys. Saying so spares every t() call i18next's guess at whether
    // the key is a sentence or a path (a regular expression per call; 1,200 calls at start-up).
    nsSeparator: false,
    keySeparator: '.',
    returnNull: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };
