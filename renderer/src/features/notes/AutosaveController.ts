import type { SaveState } from '../statusbar/stats';

interface Options {
  /** The longest an edit waits before its save starts (issue 4: saved within 1 s of the keystroke). */
  delayMs: number;
  /**
   * In the last `earlyMs` before `delayMs`, an edit starts the save as soon as that edit is on
   * screen: serializing a long note takes tens of milliseconds, and a typist's next key is
   * furthest away just after the last one was painted (bench:editor typing p95). Never later
   * than `delayMs`, so the crash trials' bound holds. 0 (the default): save at `delayMs`.
   */
  earlyMs?: number;
  /** Runs `run` once the current frame is painted (tests pass their own). */
  afterPaint?(run: () => void): void;
  save(snapshot: boolean): Promise<void>;
  onState(state: SaveState): void;
  describeError?(error: unknown): string;
}

/**
 * When to save: `delayMs` after the first unsaved edit, an immediate flush on blur/close/Ctrl+S, never two
 * saves at once (a second request waits and runs after the first), and a failed save keeps
 * the note marked unsaved so the next edit or flush tries again. The text is never dropped.
 *
 * Later edits do not push the save back: a pure debounce held everything typed without a
 * 0.7 s pause until the typist stopped, so a crash lost whole paragraphs (crash trials, issue 7).
 */
export class AutosaveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private againSnapshot = false;
  private disposed = false;

  private lastState = '';
  /** In the early window: the next edit starts the save after it is painted. */
  private due = false;

  constructor(private readonly options: Options) {}

  /** Reports only real changes: `changed()` runs on every keystroke and must not re-render the app each time. */
  private report(state: SaveState): void {
    const key = JSON.stringify(state);
    if (key === this.lastState) return;
    this.lastState = key;
    this.options.onState(state);
  }

  /** A note was just loaded (or closed): nothing is unsaved and nothing is pending. */
  reset(state: SaveState): void {
    this.cancelTimer();
    this.dirty = false;
    this.lastState = JSON.stringify(state);
    this.options.onState(state);
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    this.report({ kind: 'dirty' });
    if (this.due) {
      this.due = false;
      (this.options.afterPaint ?? afterPaint)(() => void this.flush(false));
      return;
    }
    if (this.timer !== undefined) return;
    const early = Math.min(this.options.earlyMs ?? 0, this.options.delayMs);
    const save = () => void this.flush(false);
    this.timer = early > 0 ? setTimeout(() => ((this.due = true), (this.timer = setTimeout(save, early))), this.options.delayMs - early) : setTimeout(save, this.options.delayMs);
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  /** Saves now if anything is unsaved (or always, for a snapshot). Resolves when saved or failed. */
  flush(snapshot = false): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) {
      this.again = true;
      this.againSnapshot ||= snapshot;
      // Resolves once the follow-up save (started when this one ends) is done too.
      return this.inFlight.then(() => this.inFlight ?? undefined);
    }
    if (!this.dirty && !snapshot) return Promise.resolve();
    this.dirty = false;
    this.report({ kind: 'saving' });
    const run = this.options
      .save(snapshot)
      .then(
        () => {
          if (!this.dirty) this.report({ kind: 'saved' });
        },
        (error: unknown) => {
          this.dirty = true;
          this.again = false;
          this.report({ kind: 'failed', message: this.options.describeError?.(error) ?? String(error) });
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.again) {
          const snap = this.againSnapshot;
          this.again = false;
          this.againSnapshot = false;
          void this.flush(snap);
        }
      });
    this.inFlight = run;
    return run;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }
}

/** The next task after the next frame: rAF callbacks run before the paint, a task queued from one after it. */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}
