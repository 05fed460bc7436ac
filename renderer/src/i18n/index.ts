/**
 * The interface's language. Every string the user can see or hear (screens, dialogs, menus,
 * error messages, findings, accessibility labels) comes from the catalogues in `locales/`,
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
import i18n from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const uiLanguages = ['en', 'vi'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const catalogues: Record<UiLanguage, Record<string, unknown>> = { en, vi };

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The first of the user's preferred languages the app has a catalogue for; English otherwise. */
export function systemUiLanguage(preferred: readonly string[] = browserLanguages()): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = uiLanguages.find((lang) => lang === primary);
    if (found) return found;
  }
  return 'en';
}

/** Switches the interface (and `<html lang>`) at once; components re-render through react-i18next. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, vi: { translation: vi } },
    lng: systemUiLanguage(),
    fallbackLng: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };
