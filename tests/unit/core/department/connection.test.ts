/** The department URL and the password guard, without a server (these run even where PostgreSQL is not installed). */
import { describe, expect, it } from 'vitest';
import { DepartmentError, departmentTarget, withoutPassword } from '../../../../electron/core/department/connection';

describe('department URL', () => {
  it('reads role, host, port and database, decoding %-escapes', () => {
    expect(departmentTarget('postgres://al%20ice:s3cret@db.example.org:6543/briefing?sslmode=verify-full')).toEqual({
      host: 'db.example.org',
      port: 6543,
      database: 'briefing',
      user: 'al ice',
    });
    expect(departmentTarget('postgresql://bob@[::1]/')).toMatchObject({ host: '::1', port: 5432, database: 'bob', user: 'bob' });
  });

  it('refuses what is not a postgres URL without echoing it', () => {
    for (const url of ['//bob:hunter22@db/x', 'https://bob:hunter22@db/x', 'postgres://:hunter22@db/x', 'postgres://bob:%zz@db/x']) {
      let error: unknown;
      try {
        departmentTarget(url);
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(DepartmentError);
      expect((error as Error).message).not.toContain('hunter22');
    }
  });

  it('scrubs the password, raw and %-encoded, from any text', () => {
    expect(withoutPassword('auth failed for p@ss/word and p%40ss%2Fword', 'p@ss/word')).toBe('auth failed for *** and ***');
    // Too short to scrub without garbling the message.
    expect(withoutPassword('permission denied', 'o')).toBe('permission denied');
  });
});
