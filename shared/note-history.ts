/**
 * When a saved note gets a new version in its history: the one rule, applied by the notes
 * library on every save (the renderer only says whether the user asked for a version).
 */

/** An autosave also keeps a version when the newest one is this old, so a long session has restore points without Ctrl+S. */
export const autosaveVersionEveryMs = 5 * 60 * 1000;

/**
 * An explicit save (Ctrl+S, "Save version") always keeps a version; an autosave keeps one when
 * the note has none yet or its newest is at least `autosaveVersionEveryMs` old.
 */
export function versionDue(explicit: boolean, newestVersionSavedAt: string | null, now: string): boolean {
  if (explicit || newestVersionSavedAt === null) return true;
  return Date.parse(now) - Date.parse(newestVersionSavedAt) >= autosaveVersionEveryMs;
}
