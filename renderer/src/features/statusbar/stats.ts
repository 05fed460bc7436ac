/** Briefing-note length guidance (DOMAIN.md: about 2 pages at most). */
export const wordsPerPage = 500;
export const pageGuideline = 2;

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu);
  return words ? words.length : 0;
}

export function estimatePages(words: number): number {
  return Math.round((words / wordsPerPage) * 10) / 10;
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'dirty' }
  | { kind: 'failed'; message: string }
  | { kind: 'idle' };

export function saveStateLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'dirty':
      return 'Unsaved changes';
    case 'failed':
      return `Save failed: ${state.message}`;
    case 'idle':
      return 'No note open';
  }
}
