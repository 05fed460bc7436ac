import { describe, expect, it } from 'vitest';
import { autosaveVersionEveryMs, versionDue } from '../../../shared/note-history';

describe('versionDue: when a save keeps a version', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
  it('always for an explicit save, and for the first save of a note', () => {
    expect(versionDue(true, at(0), at(1))).toBe(true);
    expect(versionDue(false, null, at(0))).toBe(true);
  });
  it('for an autosave only once the newest version is five minutes old', () => {
    expect(versionDue(false, at(0), at(autosaveVersionEveryMs - 1))).toBe(false);
    expect(versionDue(false, at(0), at(autosaveVersionEveryMs))).toBe(true);
  });
});
