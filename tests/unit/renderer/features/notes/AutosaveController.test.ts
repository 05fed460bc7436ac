// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController } from '../../../../../renderer/src/features/notes/AutosaveController';
import type { SaveState } from '../../../../../renderer/src/features/statusbar/stats';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (snapshot: boolean) => Promise<void>) {
  const states: SaveState['kind'][] = [];
  const saves: boolean[] = [];
  const controller = new AutosaveController({
    delayMs: 700,
    save: (snapshot) => (saves.push(snapshot), save(snapshot)),
    onState: (s) => states.push(s.kind),
    describeError: (e) => (e instanceof Error ? e.message : String(e)),
  });
  return { controller, states, saves };
}

describe('AutosaveController', () => {
  it('saves once, under a second after the last of several quick edits', async () => {
    const { controller, saves, states } = setup(() => Promise.resolve());
    controller.changed();
    await vi.advanceTimersByTimeAsync(300);
    controller.changed();
    await vi.advanceTimersByTimeAsync(300);
    controller.changed();
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([false]);
    expect(states.at(-1)).toBe('saved');
  });

  // Crash trials (issue 7): with a pure debounce, a paragraph typed without a 0.7 s pause was
  // never saved, and a crash lost all of it.
  it('keeps saving while typing never pauses: every edit is being saved within delayMs', async () => {
    const { controller, saves } = setup(() => Promise.resolve());
    const savedAt: number[] = [];
    let now = 0;
    for (; now < 3000; now += 100) {
      const before = saves.length;
      controller.changed();
      await vi.advanceTimersByTimeAsync(100);
      if (saves.length > before) savedAt.push(now + 100);
    }
    expect(savedAt).toEqual([700, 1400, 2100, 2800]);
    // The edit at 2900 ms waits no longer than delayMs either.
    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toHaveLength(5);
  });

  it('flushes immediately (blur, close) and a snapshot saves even without edits', async () => {
    const { controller, saves } = setup(() => Promise.resolve());
    controller.changed();
    await controller.flush();
    await controller.flush(true);
    expect(saves).toEqual([false, true]);
  });

  it('never runs two saves at once: an edit during a save is saved right after it', async () => {
    let release: () => void = () => undefined;
    const { controller, saves } = setup(() => new Promise<void>((r) => (release = r)));
    controller.changed();
    const first = controller.flush();
    controller.changed();
    const second = controller.flush();
    expect(saves).toEqual([false]);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toEqual([false, false]);
    release();
    await second;
  });

  it('keeps the note marked unsaved after a failed save and reports why', async () => {
    const { controller, states } = setup(() => Promise.reject(new Error('this note was changed in another window')));
    controller.changed();
    await controller.flush();
    expect(states.at(-1)).toBe('failed');
    expect(controller.hasUnsavedChanges).toBe(true);
  });
});

describe('AutosaveController with an early window', () => {
  it('starts the save right after the first edit painted in the last earlyMs, never later than delayMs', async () => {
    const painted: (() => void)[] = [];
    const saves: boolean[] = [];
    const controller = new AutosaveController({ delayMs: 700, earlyMs: 200, afterPaint: (run) => painted.push(run), save: async (s) => void saves.push(s), onState: () => undefined });
    controller.changed();
    await vi.advanceTimersByTimeAsync(450);
    // Before the window: an edit does not start the save.
    controller.changed();
    expect(painted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    // In the window (550 ms): the edit's save waits only for its paint.
    controller.changed();
    expect(painted).toHaveLength(1);
    expect(saves).toEqual([]);
    painted[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toEqual([false]);
    // No second save at 700 ms.
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toEqual([false]);
    // With no edit in the window, the save starts at delayMs as before.
    controller.changed();
    await vi.advanceTimersByTimeAsync(699);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([false, false]);
  });
});
