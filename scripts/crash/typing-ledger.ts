/**
 * What was typed and when, and how much of it a note's text holds. Every burst starts with a
 * unique marker (` ZQ<trial>.<burst>:`) and bursts are typed one after another at the caret,
 * so a note saved at any moment holds every earlier burst whole, then a prefix of one burst.
 */

export interface Burst {
  trial: number;
  text: string;
  /** Per character: when the keystroke had been handled by the page (Date.now(), ms). */
  times: number[];
}

/** A prefix shorter than the burst's whole marker could belong to another burst: counted as missing. */
function markerLength(burst: Burst): number {
  return burst.text.indexOf(':') + 1;
}

/**
 * How many characters of each burst `text` holds, scanning in typing order. The next search
 * starts right after this burst's marker, not after its match: a cut-short burst (" ZQ3.4: ")
 * can end with the space that starts the next one, and must not swallow it.
 */
export function charactersPresent(bursts: readonly Burst[], text: string): number[] {
  let cursor = 0;
  return bursts.map((burst) => {
    const marker = markerLength(burst);
    // Killed before its marker was typed whole (" ZQ18"): it could match the next marker (" ZQ189.").
    if (marker === 0) return 0;
    for (let length = burst.text.length; length >= marker; length--) {
      const at = text.indexOf(burst.text.slice(0, length), cursor);
      if (at >= 0) {
        cursor = at + marker;
        return length;
      }
    }
    return 0;
  });
}

export interface LossFindings {
  /** Characters typed before the kill and not in the note. */
  lostChars: number;
  /** Kill time minus the first keystroke missing from the note (0 if none is missing). */
  lossMs: number;
  /** Kill time minus the last keystroke the note holds. */
  sinceLastFoundMs: number | null;
  /** Acknowledged text (a 200 to notes.save, or the status bar saying Saved) that is missing. */
  lostAcknowledgedChars: number;
  /** Text an earlier trial found saved that is gone now. */
  lostEarlierChars: number;
  /** A later burst present while an earlier one is cut short: a save that is not a snapshot. */
  outOfOrder: boolean;
}

export interface LossInput {
  bursts: readonly Burst[];
  trial: number;
  killAt: number;
  noteText: string;
  /** Per burst, characters an earlier check found (bursts of this trial: 0). */
  settled: readonly number[];
  /** Text of the last notes.save the server answered 200 before the kill. */
  acknowledgedText: string | null;
  /** When the save behind the last "Saved" in the status bar was sent: keys before it are in the store. */
  savedShownBoundary: number | null;
}

export function measureLoss(input: LossInput): { findings: LossFindings; present: number[] } {
  const { bursts, trial, killAt } = input;
  const present = charactersPresent(bursts, input.noteText);
  const acknowledged = input.acknowledgedText === null ? bursts.map(() => 0) : charactersPresent(bursts, input.acknowledgedText);
  let lostChars = 0;
  let firstMissing: number | null = null;
  let lastFound: number | null = null;
  let lostAcknowledgedChars = 0;
  let lostEarlierChars = 0;
  let cutShort = false;
  let outOfOrder = false;
  bursts.forEach((burst, i) => {
    const have = present[i]!;
    lostEarlierChars += Math.max(0, input.settled[i]! - have);
    lostAcknowledgedChars += Math.max(0, acknowledged[i]! - have);
    if (burst.trial !== trial) return;
    if (cutShort && have > 0) outOfOrder = true;
    burst.times.forEach((time, c) => {
      if (time > killAt) return;
      if (c < have) lastFound = time;
      else {
        lostChars++;
        firstMissing ??= time;
        // The status bar said Saved for a save sent after this key (unless counted above; a
        // marker's own keys cannot be told apart from another marker's, so they are not checked).
        if (c >= acknowledged[i]! && c >= markerLength(burst) && input.savedShownBoundary !== null && time < input.savedShownBoundary) lostAcknowledgedChars++;
      }
    });
    if (have < burst.text.length) cutShort = true;
  });
  return {
    present,
    findings: {
      lostChars,
      lossMs: firstMissing === null ? 0 : killAt - firstMissing,
      sinceLastFoundMs: lastFound === null ? null : killAt - lastFound,
      lostAcknowledgedChars,
      lostEarlierChars,
      outOfOrder,
    },
  };
}
