import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../support/notes';

// Electron's safeStorage, faked: "encryption" that visibly changes the bytes, switchable off.
const fake = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => fake.available,
    encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).reverse().toString('base64')}`),
    decryptString: (bytes: Buffer) => Buffer.from(bytes.toString().slice(4), 'base64').reverse().toString(),
  },
}));

const { departmentSecret } = await import('../../../electron/main/department-secret');

const dir = tempDir('briefing-secret-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the department password in the app', () => {
  it('is kept encrypted by safeStorage, read back for a connection, and forgotten on disconnect', async () => {
    const file = join(dir, 'department-secret.bin');
    const secret = departmentSecret(file);
    expect(await secret.password()).toBeUndefined();
    expect(secret).toMatchObject({ storage: 'safeStorage' });
    expect(secret.isKept()).toBe(false);
    secret.save('s3cret-Pa55');
    expect(secret.isKept()).toBe(true);
    expect(readFileSync(file).toString()).not.toContain('s3cret-Pa55');
    expect(await secret.password()).toBe('s3cret-Pa55');
    secret.forget();
    expect(await secret.password()).toBeUndefined();
  });

  it('is never stored in clear when the system offers no encryption', () => {
    fake.available = false;
    const secret = departmentSecret(join(dir, 'other.bin'));
    expect(() => secret.save('s3cret-Pa55')).toThrow(/no protected storage .* PGPASSWORD or ~\/\.pgpass/);
    fake.available = true;
  });
});
