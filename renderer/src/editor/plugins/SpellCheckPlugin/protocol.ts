/** Messages between the editor and the spelling worker (spelling.worker.ts). */
export type SpellingRequest =
  | { type: 'check'; id: number; language: string; words: string[] }
  | { type: 'suggest'; id: number; language: string; word: string }
  /** The user's own words for a language (the store's dictionary), replacing the worker's list. */
  | { type: 'words'; language: string; words: string[] };

export type SpellingReply = { id: number; misspelt?: string[]; suggestions?: string[]; error?: string };
