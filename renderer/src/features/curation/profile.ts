/**
 * Who the user is, recorded on verify, dispute, retract and revise.
 * TODO(profile.get/profile.set): switch to the store's profile once those methods are in
 * shared/api.ts (branch `packs`); until then the name lives in this browser profile:
 *   loadUserName: return (await api['profile.get']({})).profile?.name ?? null;
 *   saveUserName: await api['profile.set']({ name: name.trim() });
 */
const key = 'briefing.profile.name';

export async function loadUserName(): Promise<string | null> {
  const name = localStorage.getItem(key)?.trim();
  return name ? name : null;
}

export async function saveUserName(name: string): Promise<void> {
  localStorage.setItem(key, name.trim());
}
