import { z } from 'zod';
import { request } from './define';

/** The user as recorded on what they do: "verified by <name>". Set once, changeable. */
export const Profile = z.object({
  name: z.string(),
  initials: z.string(),
});
export type Profile = z.infer<typeof Profile>;

export const profileContract = {
  /** `profile: null` until the user has given their name. */
  'profile.get': {
    request: request({}),
    response: z.object({ profile: Profile.nullable() }),
  },
  'profile.set': {
    request: request({
      name: z.string().max(200),
      /** Derived from the name when absent. */
      initials: z.string().max(10).optional(),
    }),
    response: z.object({ profile: Profile }),
  },
} as const;
