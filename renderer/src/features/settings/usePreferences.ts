import { useCallback, useEffect, useState } from 'react';
import { defaultPreferences, type Preferences } from '../../../../shared/contract/profile';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';

/** The user's preferences from the store; changes are saved at once and apply without a restart. */
export function usePreferences(): { preferences: Preferences; change(change: Partial<Preferences>): Promise<void>; error: string | null } {
  const [preferences, setPreferences] = useState<Preferences>(defaultPreferences);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api['profile.preferences']({})
      .then((r) => setPreferences(r.preferences))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  // Shown at once, as a checkbox should; the store's answer (or, on failure, the stored value) follows.
  const change = useCallback(async (next: Partial<Preferences>) => {
    setPreferences((prev) => ({ ...prev, ...next }));
    try {
      setPreferences((await api['profile.setPreferences'](next)).preferences);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
      await api['profile.preferences']({})
        .then((r) => setPreferences(r.preferences))
        .catch(() => undefined);
    }
  }, []);
  return { preferences, change, error };
}
