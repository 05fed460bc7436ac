import { z } from 'zod';
import { noteLanguages } from '../note-format';
import { request } from './define';

/** The user as recorded on what they do: "verified by <name>". Set once, changeable. */
export const Profile = z.object({
  name: z.string(),
  initials: z.string(),
});
export type Profile = z.infer<typeof Profile>;

/** How the app behaves for this user (one store, one user). New fields need a default here. */
export const Preferences = z.object({
  /** Typed ' and " become typographic quotes and apostrophes, as in Word. */
  smartQuotes: z.boolean(),
  /** The interface's language; '' follows the system (in browser mode, the browser). */
  uiLanguage: z.enum(['', 'en', 'vi']),
});
export type Preferences = z.infer<typeof Preferences>;
export const defaultPreferences: Preferences = { smartQuotes: true, uiLanguage: '' };

export const profileContract = {
  /** `profile: null` until the user has given their name. */
  'profile.get': {
    request: request({}),
    response: z.object({ profile: Profile.nullable() }),
  },
  'profile.set': {
    request: request({
      name: z.string().max(200),
      /** Derived from the name when absent. */
      initials: z.string().max(10).optional(),
    }),
    response: z.object({ profile: Profile }),
  },
  'profile.preferences': {
    request: request({}),
    response: z.object({ preferences: Preferences }),
  },
  /** The words the user added to the spelling dictionary of `language` (the checker's own dictionary has the rest). */
  'profile.dictionary': {
    request: request({ language: z.enum(noteLanguages) }),
    response: z.object({ words: z.array(z.string()) }),
  },
  /** "Add to dictionary": the word is spelt right from now on, in every note of that language. */
  'profile.addToDictionary': {
    request: request({ language: z.enum(noteLanguages), word: z.string().trim().min(1).max(100) }),
    response: z.object({ words: z.array(z.string()) }),
  },
  /** Changes the fields given; the others keep their values. */
  'profile.setPreferences': {
    request: request({ smartQuotes: z.boolean().optional(), uiLanguage: Preferences.shape.uiLanguage.optional() }),
    response: z.object({ preferences: Preferences }),
  },
} as const;
