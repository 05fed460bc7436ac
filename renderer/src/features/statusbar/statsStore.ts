import type { NoteStats } from '../notes/NoteView';

/**
 * The status bar's figures live outside React state: the word count changes after nearly
 * every pause in typing, and only the status bar should re-render for it, not the whole app.
 */
export interface StatsStore {
  get(): NoteStats;
  set(change: Partial<NoteStats>): void;
  subscribe(listener: () => void): () => void;
}

export function createStatsStore(): StatsStore {
  let stats: NoteStats = { words: 0, pages: 0, citations: 0, warnings: 0, findings: [], hints: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => stats,
    set(change) {
      if (Object.entries(change).every(([key, value]) => stats[key as keyof NoteStats] === value)) return;
      stats = { ...stats, ...change };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
