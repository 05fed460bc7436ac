/**
 * The editor's side of the spelling worker: started on the first question (never before the
 * note is editable), one question at a time per id, and the user's own words from the store.
 */
import { api } from '../../../api';
import type { SpellingReply, SpellingRequest } from './protocol';

export interface SpellingClient {
  check(language: string, words: string[]): Promise<Set<string>>;
  suggest(language: string, word: string): Promise<string[]>;
  addWord(language: 'en' | 'vi', word: string): Promise<void>;
}

let client: SpellingClient | null = null;

export function spellingClient(): SpellingClient {
  client ??= createClient();
  return client;
}

function createClient(): SpellingClient {
  const worker = new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (reply: SpellingReply) => void>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<SpellingReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  const ask = (request: SpellingRequest & { id: number }) =>
    new Promise<SpellingReply>((resolve) => {
      waiting.set(request.id, resolve);
      worker.postMessage(request);
    });
  const userWords = new Map<string, Promise<void>>();
  const loadWords = (language: string) => {
    let loaded = userWords.get(language);
    if (!loaded) {
      loaded = api['profile.dictionary']({ language: language as 'en' | 'vi' })
        .then(({ words }) => worker.postMessage({ type: 'words', language, words } satisfies SpellingRequest))
        .catch(() => undefined);
      userWords.set(language, loaded);
    }
    return loaded;
  };
  return {
    async check(language, words) {
      await loadWords(language);
      const reply = await ask({ type: 'check', id: next++, language, words });
      return new Set(reply.misspelt ?? []);
    },
    async suggest(language, word) {
      return (await ask({ type: 'suggest', id: next++, language, word })).suggestions ?? [];
    },
    async addWord(language, word) {
      const { words } = await api['profile.addToDictionary']({ language, word });
      worker.postMessage({ type: 'words', language, words } satisfies SpellingRequest);
    },
  };
}
