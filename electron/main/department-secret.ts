/**
 * The department password in the app (issue 16): kept with Electron's `safeStorage` (the
 * operating system's keychain / DPAPI / libsecret), in a file of its own beside the store,
 * never in SQLite, logs, errors or exported files. The command line and browser mode use
 * libpq's PGPASSWORD and ~/.pgpass instead (core/department/connection.ts).
 *
 * Wired in main/index.ts as the department service's password keeper
 * (core/department/department-service.ts): saved when the user connects with a typed password,
 * read for every connection of the live link, forgotten on disconnect.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import { keyedError } from '../../shared/errors';
import type { DepartmentPassword } from '../core/department/department-service';

export type DepartmentSecret = DepartmentPassword;

export function departmentSecret(file: string): DepartmentSecret {
  return {
    storage: 'safeStorage',
    save(password) {
      // Refused rather than stored in clear when the OS offers no encryption.
      if (!safeStorage.isEncryptionAvailable()) throw keyedError('refused', 'department.noProtectedStorage');
      writeFileSync(file, safeStorage.encryptString(password), { mode: 0o600 });
    },
    password() {
      if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return Promise.resolve(undefined);
      return Promise.resolve(safeStorage.decryptString(readFileSync(file)));
    },
    isKept: () => existsSync(file),
    forget() {
      rmSync(file, { force: true });
    },
  };
}
