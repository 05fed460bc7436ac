/**
 * The interface's languages and which one applies: the user's choice in Settings, else the
 * first of the system's (or browser's) preferred languages the app has a catalogue for, else
 * English. The catalogues (`shared/locales/*.json`, ICU messages) serve the renderer, the
 * Electron menu and the CLI alike.
 */
import en from './locales/en.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };

export const uiLanguages = ['en', 'vi'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
/** What Settings stores: '' follows the system. */
export type UiLanguageChoice = '' | UiLanguage;

export type Catalogue = typeof en;
export const catalogues: Record<UiLanguage, Catalogue> = { en, vi };

/** The first of the preferred language tags (`vi-VN`, `en-GB`, …) the app has a catalogue for; English otherwise. */
export function systemUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = uiLanguages.find((lang) => lang === primary);
    if (found) return found;
  }
  return 'en';
}

/**
 * The interface language a language tag names (i18next's `i18n.language`, e.g. `vi` or `en-GB`);
 * English when the app has no catalogue for it. A note language is one of these, so it also
 * says the note language that follows the interface (a new note's, a value worded on screen).
 */
export function uiLanguageOf(language: string): UiLanguage {
  return systemUiLanguage([language]);
}

export function resolveUiLanguage(choice: UiLanguageChoice | undefined, preferred: readonly string[]): UiLanguage {
  return choice ? choice : systemUiLanguage(preferred);
}
