import { useCallback, useEffect, useState } from 'react';
import type { DepartmentState } from '../../../../shared/contract/department';
import { api, departmentChangedEvent, factsChangedEvent } from '../../api';

/**
 * The department link as the back end sees it (status bar, Settings, the diverged list):
 * read once, again whenever the back end says the sync state moved or facts changed.
 */
export function useDepartment(): { department: DepartmentState | null; refresh(): void; set(state: DepartmentState): void } {
  const [department, setDepartment] = useState<DepartmentState | null>(null);
  const refresh = useCallback(() => {
    api['department.status']({})
      .then(setDepartment)
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener(departmentChangedEvent, refresh);
    window.addEventListener(factsChangedEvent, refresh);
    return () => {
      window.removeEventListener(departmentChangedEvent, refresh);
      window.removeEventListener(factsChangedEvent, refresh);
    };
  }, [refresh]);
  return { department, refresh, set: setDepartment };
}
