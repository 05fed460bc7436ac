import { useCallback, useEffect, useState } from 'react';

/** Pane sizes and which panes are open; remembered between sessions. */
export interface Layout {
  libraryWidth: number;
  factsWidth: number;
  libraryOpen: boolean;
  factsOpen: boolean;
  metadataOpen: boolean;
}

export const defaultLayout: Layout = {
  libraryWidth: 260,
  factsWidth: 340,
  libraryOpen: true,
  factsOpen: true,
  metadataOpen: false,
};

export const paneLimits = { min: 180, max: 560 } as const;

const storageKey = 'briefing.layout';

export function clampWidth(width: number): number {
  return Math.round(Math.min(paneLimits.max, Math.max(paneLimits.min, width)));
}

/** Reads a stored layout, ignoring anything malformed (an older app version, a hand edit). */
export function parseLayout(raw: string | null): Layout {
  if (!raw) return defaultLayout;
  try {
    const stored = JSON.parse(raw) as Partial<Record<keyof Layout, unknown>>;
    const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? clampWidth(v) : d);
    const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
    return {
      libraryWidth: num(stored.libraryWidth, defaultLayout.libraryWidth),
      factsWidth: num(stored.factsWidth, defaultLayout.factsWidth),
      libraryOpen: bool(stored.libraryOpen, defaultLayout.libraryOpen),
      factsOpen: bool(stored.factsOpen, defaultLayout.factsOpen),
      metadataOpen: bool(stored.metadataOpen, defaultLayout.metadataOpen),
    };
  } catch {
    return defaultLayout;
  }
}

export function useLayout(): [Layout, (change: Partial<Layout>) => void] {
  const [layout, setLayout] = useState<Layout>(() => parseLayout(localStorage.getItem(storageKey)));
  useEffect(() => {
    localStorage.setItem(storageKey, JSON.stringify(layout));
  }, [layout]);
  const update = useCallback((change: Partial<Layout>) => setLayout((prev) => ({ ...prev, ...change })), []);
  return [layout, update];
}
