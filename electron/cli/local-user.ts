import { userInfo } from 'node:os';
import type { CommandContext } from './run';

/** Who a command acts as (accepts a change, adds a translation): the profile's name, else the system account. */
export async function localUser(ctx: CommandContext): Promise<string> {
  const { profile } = await ctx.call('profile.get', {});
  return profile?.name ?? userInfo().username;
}
