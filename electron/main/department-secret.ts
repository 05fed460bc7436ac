/**
 * The department password in the app (issue 16): kept with Electron's `safeStorage` (the
 * operating system's keychain / DPAPI / libsecret), in a file of its own beside the store,
 * never in SQLite, logs, errors or exported files. The command line uses libpq's PGPASSWORD
 * and ~/.pgpass instead (core/department/connection.ts).
 *
 * SEAM (not wired yet): when the app gains its settings screen to connect, test and disconnect
 * and its live link (core/department/sync/watch.ts), main passes `secret.password` as
 * `ConnectOptions.password` / `SyncOptions.password`, calls `secret.save()` when the user types
 * the password, and `secret.forget()` on disconnect.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';

export interface DepartmentSecret {
  /** Encrypts and keeps the password; refuses when the OS offers no encryption (never stored in clear). */
  save(password: string): void;
  /** The kept password, or undefined (then libpq's PGPASSWORD / ~/.pgpass still apply). */
  password(): Promise<string | undefined>;
  forget(): void;
}

export function departmentSecret(file: string): DepartmentSecret {
  return {
    save(password) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('This computer offers no protected storage for the department password, so it is not kept: give it in PGPASSWORD or ~/.pgpass.');
      }
      writeFileSync(file, safeStorage.encryptString(password), { mode: 0o600 });
    },
    password() {
      if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return Promise.resolve(undefined);
      return Promise.resolve(safeStorage.decryptString(readFileSync(file)));
    },
    forget() {
      rmSync(file, { force: true });
    },
  };
}
