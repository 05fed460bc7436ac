import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentIdentity } from '../../../../shared/contract/department';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { useDepartment } from './useDepartment';

interface Props {
  /** Opened from the status bar's sync state: the address field takes focus. */
  focus: boolean;
}

type Busy = 'test' | 'connect' | 'disconnect' | 'sync' | null;

/**
 * Settings' department section (issue 16): the address without password, the password apart
 * (kept by safeStorage in Electron; in browser mode it comes from PGPASSWORD / ~/.pgpass), Test
 * connection says who you are there, Connect joins and follows live, Disconnect keeps the facts.
 */
export function DepartmentSettings({ focus }: Props) {
  const { t } = useTranslation();
  const { department, set } = useDepartment();
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [identity, setIdentity] = useState<DepartmentIdentity | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const loaded = department !== null;
  // The section appears once the link's state has arrived, after the dialog placed its focus.
  useEffect(() => {
    if (focus && loaded) urlField.current?.focus();
  }, [focus, loaded]);
  if (!department) return null;
  const typedPassword = department.passwordStorage === 'safeStorage' && password !== '' ? { password } : {};
  const target = { url: url.trim() || department.url || '', ...typedPassword };

  const run = async (what: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setMessage(null);
    setIdentity(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const test = () => run('test', async () => setIdentity(await api['department.test'](target)));
  const connect = (e: FormEvent) => {
    e.preventDefault();
    void run('connect', async () => {
      set(await api['department.connect'](target));
      setPassword('');
    });
  };
  const disconnect = () =>
    run('disconnect', async () => {
      set(await api['department.disconnect']({}));
      setMessage(t('settings.department.disconnected'));
    });
  const syncNow = () => run('sync', async () => set(await api['department.syncNow']({})));
  const linked = department.state !== 'none';

  return (
    <section className="settings-section" aria-labelledby="settings-department" data-testid="department-settings" data-state={department.state}>
      <h3 id="settings-department">{t('settings.department.title')}</h3>
      <p className="muted">{t('settings.department.intro')}</p>
      <p data-testid="department-link" role="status">
        {linked ? t('settings.department.connectedAs', { url: department.url ?? '', role: department.role ?? '' }) : t('settings.department.notConnected')}
      </p>
      {department.state === 'offline' && department.offlineReason && (
        <p className="status-warn" data-testid="department-offline-reason">
          {t(`errors.${department.offlineReason.key}`, department.offlineReason.params)}
        </p>
      )}
      {department.refused > 0 && <p className="status-warn">{t('settings.department.refused', { count: department.refused })}</p>}
      <form onSubmit={connect}>
        <label className="field">
          <span>{t('settings.department.url')}</span>
          <input
            type="url"
            ref={urlField}
            data-testid="department-url"
            value={url}
            placeholder={department.url ?? t('settings.department.urlHint')}
            aria-describedby="department-url-hint"
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setUrl(e.target.value)}
          />
          <small id="department-url-hint" className="muted">
            {t('settings.department.urlHint')}
          </small>
        </label>
        {department.passwordStorage === 'safeStorage' ? (
          <label className="field">
            <span>{t('settings.department.password')}</span>
            <input type="password" data-testid="department-password" value={password} autoComplete="off" onChange={(e) => setPassword(e.target.value)} />
            {department.passwordKept && <small className="muted">{t('settings.department.passwordKept')}</small>}
          </label>
        ) : (
          <p className="muted">{t('settings.department.passwordFromEnvironment')}</p>
        )}
        <div className="department-actions">
          <button type="button" className="button" data-testid="department-test" disabled={busy !== null || target.url === ''} onClick={() => void test()}>
            {busy === 'test' ? t('settings.department.testing') : t('settings.department.test')}
          </button>
          <button type="submit" className="button" data-testid="department-connect" disabled={busy !== null || target.url === ''}>
            {busy === 'connect' ? t('settings.department.connecting') : t('settings.department.connect')}
          </button>
          {linked && (
            <>
              <button type="button" className="button" data-testid="department-sync" disabled={busy !== null} onClick={() => void syncNow()}>
                {t('settings.department.syncNow')}
              </button>
              <button type="button" className="button" data-testid="department-disconnect" disabled={busy !== null} onClick={() => void disconnect()}>
                {t('settings.department.disconnect')}
              </button>
            </>
          )}
        </div>
      </form>
      {linked && <p className="muted" data-testid="department-disconnect-explanation">{t('settings.department.disconnectExplanation', { count: department.waiting })}</p>}
      {identity && (
        <p role="status" data-testid="department-identity">
          {t('settings.department.youAre', { role: identity.role, database: identity.database, host: identity.host, departmentRole: t(`settings.department.roles.${identity.departmentRole}`) })}
        </p>
      )}
      {message && <p role="status">{message}</p>}
      {error && (
        <p role="alert" className="form-error" data-testid="department-error">
          {error}
        </p>
      )}
    </section>
  );
}
