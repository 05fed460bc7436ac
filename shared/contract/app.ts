import { z } from 'zod';
import { request, Wording } from './define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['electron', 'browser', 'cli']),
  /** Why the store is open read-only (a 0444 file, a read-only folder), or null when it can be written. */
  readOnly: z.string().nullable(),
  /** The same as a catalogue message (`errors.<key>`), for the app to word in its language. */
  readOnlyWording: Wording.nullable(),
  counts: z.object({
    sources: z.number().int(),
    facts: z.number().int(),
    notes: z.number().int(),
  }),
});

export const appContract = {
  'app.info': {
    request: request({}),
    response: AppInfo,
  },
} as const;
