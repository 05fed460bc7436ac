
import { i18n } from '../../i18n';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'dirty' }
  | { kind: 'failed'; message: string }
  | { kind: 'idle' };

export function saveStateLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return i18n.t('status.save.saved');
    case 'saving':
      return i18n.t('status.save.saving');
    case 'dirty':
      return i18n.t('status.save.dirty');
    case 'failed':
      return i18n.t('status.save.failed', { message: state.message });
    case 'idle':
      return i18n.t('app.noNote');
  }
}
