import { expect } from 'vitest';
import { ApiError } from '../../../../shared/errors';

/** The import is refused with a message that names the file and says why (matched by `why`). */
export async function expectRefusal(attempt: Promise<unknown>, fileName: string, why: RegExp): Promise<string> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${fileName} should have been refused`).toBeInstanceOf(ApiError);
  const { code, message } = error as ApiError;
  expect(code).toBe('refused');
  expect(message).toContain(fileName);
  expect(message).toMatch(why);
  return message;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
