import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentState } from '../../../../shared/contract/department';
import { useDepartment } from './useDepartment';

interface Props {
  /** Opens Settings at the department section. */
  onOpen(): void;
}

/** "just now", "2 min ago", "3 h ago": how long since the last sync, redrawn every 30 s. */
function useSince(at: string | null): { key: string; count: number } | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!at) return null;
  const minutes = Math.max(0, Math.floor((now - Date.parse(at)) / 60_000));
  if (minutes < 1) return { key: 'status.department.justNow', count: 0 };
  if (minutes < 60) return { key: 'status.department.minutesAgo', count: minutes };
  return { key: 'status.department.hoursAgo', count: Math.floor(minutes / 60) };
}

function label(t: (key: string, params?: Record<string, unknown>) => string, department: DepartmentState, since: ReturnType<typeof useSince>): string {
  if (department.state === 'syncing') return t('status.department.syncing');
  if (department.state === 'offline') return t('status.department.offline', { count: department.waiting });
  return since ? t('status.department.synced', { when: t(since.key, { count: since.count }) }) : t('status.department.syncedNever');
}

/** The status bar's sync state (issue 16): "Department: synced · 2 min ago", "syncing…", "offline, N changes waiting". */
export function DepartmentStatus({ onOpen }: Props) {
  const { t } = useTranslation();
  const { department } = useDepartment();
  const since = useSince(department?.lastSyncAt ?? null);
  if (!department || department.state === 'none') return null;
  return (
    <button
      type="button"
      className={`link-button status-department${department.state === 'offline' ? ' status-warn' : ''}`}
      data-testid="department-status"
      data-state={department.state}
      title={t('status.department.title')}
      onClick={onOpen}
    >
      {label(t, department, since)}
    </button>
  );
}
