/**
 * The spelling checker, off the main thread: nspell (Hunspell-compatible) with the
 * `dictionary-en` and `dictionary-vi` word lists, which the build copies beside the renderer
 * (vite.config.ts), so they load from the app's own origin, never from a network. A language's
 * dictionary loads on its first question, after the note is already editable.
 */
import nspell from 'nspell';
import type { SpellingReply, SpellingRequest } from './protocol';

type Checker = ReturnType<typeof nspell>;
const checkers = new Map<string, Promise<Checker>>();

async function fetchText(name: string): Promise<string> {
  // Relative to this script (assets/…): the dictionaries sit in the renderer's dictionaries/ folder.
  // (Through a variable: Vite rewrites `new URL(template, import.meta.url)` into a glob of source files.)
  const here = import.meta.url;
  const response = await fetch(new URL(`../dictionaries/${name}`, here));
  if (!response.ok) throw new Error(`dictionary ${name}: ${response.status}`);
  return response.text();
}

function checker(language: string): Promise<Checker> {
  let found = checkers.get(language);
  if (!found) {
    found = Promise.all([fetchText(`${language}.aff`), fetchText(`${language}.dic`)]).then(([aff, dic]) => nspell(aff, dic));
    checkers.set(language, found);
  }
  return found;
}

/** Words the checker does not know but the user added ("Add to dictionary"), per language. */
const added = new Map<string, Set<string>>();

function known(spell: Checker, language: string, word: string): boolean {
  if (added.get(language)?.has(word)) return true;
  return spell.correct(word);
}

self.onmessage = async (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  let reply: SpellingReply;
  try {
    if (request.type === 'words') {
      added.set(request.language, new Set(request.words));
      return;
    }
    const spell = await checker(request.language);
    if (request.type === 'check') {
      reply = { id: request.id, misspelt: request.words.filter((w) => !known(spell, request.language, w)) };
    } else {
      reply = { id: request.id, suggestions: spell.suggest(request.word).slice(0, 6) };
    }
  } catch (error) {
    reply = { id: request.type === 'check' || request.type === 'suggest' ? request.id : -1, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
