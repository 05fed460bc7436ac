import type { Preferences } from '../../../../shared/contract/profile';
import { Dialog } from '../shell/Dialog';

interface Props {
  open: boolean;
  preferences: Preferences;
  error: string | null;
  onChange(change: Partial<Preferences>): void;
  onClose(): void;
}

export function SettingsDialog({ open, preferences, error, onChange, onClose }: Props) {
  return (
    <Dialog title="Settings" open={open} onClose={onClose} testId="settings-dialog">
      <label className="field field-checkbox">
        <input
          type="checkbox"
          data-autofocus
          data-testid="setting-smart-quotes"
          checked={preferences.smartQuotes}
          onChange={(e) => onChange({ smartQuotes: e.target.checked })}
        />
        Typographic quotes and apostrophes as you type (“ ” ‘ ’)
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
