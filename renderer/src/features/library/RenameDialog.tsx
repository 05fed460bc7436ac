import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../shell/Dialog';

export function RenameDialog({ current, onClose, onRename }: { current: string | null; onClose(): void; onRename(title: string): void }) {
  const [title, setTitle] = useState(current ?? '');
  useEffect(() => setTitle(current ?? ''), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim()) onRename(title.trim());
  };
  return (
    <Dialog title="Rename note" open={current !== null} onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus required data-testid="rename-input" />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim()}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
