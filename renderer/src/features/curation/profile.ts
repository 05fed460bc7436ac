/** Who the user is, recorded on verify, dispute, retract and revise: the store's one-time profile. */
import { api } from '../../api';

export async function loadUserName(): Promise<string | null> {
  return (await api['profile.get']({})).profile?.name ?? null;
}

export async function saveUserName(name: string): Promise<void> {
  await api['profile.set']({ name: name.trim() });
}
