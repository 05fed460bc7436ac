import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog } from '../shell/Dialog';
import { loadUserName, saveUserName } from './profile';
import { useTranslation } from 'react-i18next';

/**
 * The user's name, asked for once (the first time an action records who did it).
 * `requireName()` resolves to the name, or null if the user cancelled the prompt.
 */
export function useProfile(): { name: string | null; requireName(): Promise<string | null>; prompt: ReactNode } {
  const [name, setName] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState('');
  const { t } = useTranslation();
  const pending = useRef<((name: string | null) => void) | null>(null);

  useEffect(() => {
    void loadUserName().then(setName);
  }, []);

  const requireName = useCallback(async () => {
    const stored = name ?? (await loadUserName());
    if (stored) return stored;
    setAsking(true);
    return new Promise<string | null>((resolve) => (pending.current = resolve));
  }, [name]);

  const finish = (value: string | null) => {
    setAsking(false);
    pending.current?.(value);
    pending.current = null;
  };

  const prompt = (
    <Dialog title={t('profile.title')} open={asking} onClose={() => finish(null)} testId="profile-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const value = draft.trim();
          if (!value) return;
          void saveUserName(value).then(() => {
            setName(value);
            finish(value);
          });
        }}
      >
        <p className="dialog-hint">{t('profile.hint')}</p>
        <label className="field">
          {t('profile.name')}
          <input data-testid="profile-name" required autoFocus value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="name" />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => finish(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" data-testid="profile-save">
            {t('profile.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
  return { name, requireName, prompt };
}
