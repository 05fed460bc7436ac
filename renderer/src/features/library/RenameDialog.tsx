import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../shell/Dialog';
import { useTranslation } from 'react-i18next';

export function RenameDialog({ current, onClose, onRename }: { current: string | null; onClose(): void; onRename(title: string): void }) {
  const [title, setTitle] = useState(current ?? '');
  const { t } = useTranslation();
  useEffect(() => setTitle(current ?? ''), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim()) onRename(title.trim());
  };
  return (
    <Dialog title={t('library.renameTitle')} open={current !== null} onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          {t('library.titleField')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus required data-testid="rename-input" />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim()}>
            {t('library.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
