import { z } from 'zod';

/** Requests are strict: an unexpected field is an error, not silently ignored. */
export const request = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

export interface MethodSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/** Handlers for one capability's slice of the contract. */
export type HandlersFor<C extends Record<string, MethodSpec>> = {
  [M in keyof C]: (request: z.output<C[M]['request']>) => z.output<C[M]['response']> | Promise<z.output<C[M]['response']>>;
};
