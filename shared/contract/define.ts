import { z } from 'zod';

/** Requests are strict: an unexpected field is an error, not silently ignored. */
/** A message of the catalogues and its arguments, for the renderer to word in the interface's language (shared/errors.ts ApiErrorWording). */
export const Wording = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const request = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export interface MethodSpec {
  request: z.ZodType;
  response: z.ZodType;
  /**
   * True when a successful call may change how a cited fact reads (status, version, quotes,
   * conflicts). The renderer re-checks open chips after such a call.
   */
  changesFacts?: true;
}

/** Handlers for one capability's slice of the contract. */
export type HandlersFor<C extends Record<string, MethodSpec>> = {
  [M in keyof C]: (request: z.output<C[M]['request']>) => z.output<C[M]['response']> | Promise<z.output<C[M]['response']>>;
};
