/** The one-time user profile: the name recorded as "verified by", kept in settings. */
import type { Database } from 'better-sqlite3';
import { cleanLine } from '../../../shared/clean-text';
import type { HandlersFor } from '../../../shared/contract/define';
import { defaultPreferences, Preferences, Profile, type profileContract } from '../../../shared/contract/profile';
import { keyedError } from '../../../shared/errors';
import { getSettingJson, putSettingJson } from '../db/repositories/settings';
import { insertSpellingWord, listSpellingWords } from '../db/repositories/spelling';
import { isoNow } from '../sources/source-store';

const profileKey = 'profile';
const preferencesKey = 'preferences';

export function getProfile(db: Database): Profile | null {
  const json = getSettingJson(db, profileKey);
  if (json === undefined) return null;
  const parsed = Profile.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function setProfile(db: Database, input: { name: string; initials?: string }, now = isoNow): Profile {
  const name = cleanLine(input.name);
  if (name.length === 0) {
    throw keyedError('invalid_request', 'nameNeeded', {}, [{ path: 'name', message: 'required' }]);
  }
  const initials = cleanLine(input.initials ?? '') || initialsOf(name);
  const profile = { name, initials };
  db.transaction(() => putSettingJson(db, profileKey, JSON.stringify(profile), now())).immediate();
  return profile;
}

/** Stored preferences over the defaults; a field stored by another version that no longer parses is the default. */
export function getPreferences(db: Database): Preferences {
  const json = getSettingJson(db, preferencesKey);
  if (json === undefined) return defaultPreferences;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return defaultPreferences;
  }
  const parsed = Preferences.partial().safeParse(stored);
  return { ...defaultPreferences, ...(parsed.success ? parsed.data : {}) };
}

export function setPreferences(db: Database, change: Partial<Preferences>, now = isoNow): Preferences {
  const preferences = { ...getPreferences(db), ...change };
  putSettingJson(db, preferencesKey, JSON.stringify(preferences), now());
  return preferences;
}

/** "Nguyễn Thị Lan" -> "NTL": the first letter of up to three words. */
export function initialsOf(name: string): string {
  return name
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 3)
    .map((w) => Array.from(w)[0]!.toLocaleUpperCase())
    .join('');
}

export function profileHandlers(db: Database): HandlersFor<typeof profileContract> {
  return {
    'profile.get': () => ({ profile: getProfile(db) }),
    'profile.set': (r) => ({ profile: setProfile(db, r) }),
    'profile.preferences': () => ({ preferences: getPreferences(db) }),
    'profile.dictionary': (r) => ({ words: listSpellingWords(db, r.language) }),
    'profile.addToDictionary': (r) => {
      const word = cleanLine(r.word).normalize('NFC');
      if (!word || /\s/.test(word)) throw keyedError('invalid_request', 'api.oneWordOnly', {}, [{ path: 'word', message: 'one word' }]);
      db.transaction(() => insertSpellingWord(db, { language: r.language, word, addedBy: getProfile(db)?.name ?? '', addedAt: isoNow() })).immediate();
      return { words: listSpellingWords(db, r.language) };
    },
    'profile.setPreferences': (r) => ({
      preferences: setPreferences(db, {
        ...(r.smartQuotes === undefined ? {} : { smartQuotes: r.smartQuotes }),
        ...(r.uiLanguage === undefined ? {} : { uiLanguage: r.uiLanguage }),
      }),
    }),
  };
}
