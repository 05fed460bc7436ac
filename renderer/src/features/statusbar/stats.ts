
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
