/**
 * How soon an edit reaches the store. The crash trials (scripts/crash-trials.ts) read this
 * file to know the loss they may accept, so keep the `export const ... = <number>;` shape.
 */

/**
 * The longest an edit waits before its autosave starts, even while typing goes on (issue 4:
 * saved within 1 s of the keystroke).
 */
export const autosaveDelayMs = 700;

/**
 * Within the last this-many milliseconds of that wait, the save starts right after the next
 * keystroke is painted, in the gap before the typist's following key, rather than wherever the
 * timer falls (AutosaveController's `earlyMs`).
 */
export const autosaveEarlyMs = 200;
