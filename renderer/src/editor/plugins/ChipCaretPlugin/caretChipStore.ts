import { createContext } from 'react';

/** Which chip the keyboard caret is resting on (its node key), so that chip can show its popover. */
export interface CaretChipStore {
  get(): string | null;
  set(key: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createCaretChipStore(): CaretChipStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(key) {
      if (key === current) return;
      current = key;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const CaretChipContext = createContext<CaretChipStore>(createCaretChipStore());
