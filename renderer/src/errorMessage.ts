import { ApiError } from '../../shared/errors';

/** A sentence for the user from anything thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof Error) return error.message;
  return String(error);
}
