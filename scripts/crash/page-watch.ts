/**
 * What the page saw: every "Saved" the status bar showed and every notes.save the server
 * answered 200, with the note text it carried, when the page sent it and how long it took.
 * Times are wall-clock ms on this machine, comparable with the typing ledger's key times.
 */
import type { Page, Request } from '@playwright/test';
import { noteText } from '../../shared/note-text';
import type { NoteContent } from '../../shared/note-format';

export interface PageWatch {
  /**
   * When the page sent the save behind the last "Saved" shown before `killAt`: every key
   * handled before then was in that save. (The label itself renders a little after the save
   * ends, so keys typed just before it showed may belong to the next save.)
   */
  savedShownBoundary(killAt: number): number | null;
  lastAcknowledgedText(): string | null;
  saveRoundTrips: number[];
  savesAcknowledged(): number;
  /** notes.save answers other than 200 (a kill shows up as no answer, not here). */
  saveRefusals: string[];
  /** Every save state the status bar went through, in order (for the JSON report). */
  states: string[];
  /** The longest the status bar said "Saving…" before the kill: a save that never ends shows here. */
  longestSavingMs(killAt: number): number;
}

const reportSaveStates = `
  let last = '';
  const check = () => {
    const state = document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') ?? '';
    if (state === last) return;
    last = state;
    void window.__crashTrialSaveState(state, Date.now());
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
`;

export async function watchPage(page: Page): Promise<PageWatch> {
  const savedShown: number[] = [];
  const acknowledged: { text: string; sentAt: number; answeredAt: number }[] = [];
  const saveRoundTrips: number[] = [];
  const saveRefusals: string[] = [];
  const states: string[] = [];
  const stateTimes: number[] = [];
  const started = new Map<Request, number>();
  await page.exposeBinding('__crashTrialSaveState', (_source, state: string, at: number) => {
    states.push(state);
    stateTimes.push(at);
    if (state === 'saved') savedShown.push(at);
  });
  // A string, not a function: tsx compiles functions with helpers (`__name`) the page lacks.
  await page.addInitScript({ content: reportSaveStates });
  const isSave = (request: Request) => request.url().includes('/api/notes.save');
  page.on('request', (request) => {
    if (isSave(request)) started.set(request, Date.now());
  });
  page.on('response', (response) => {
    const request = response.request();
    if (!isSave(request)) return;
    if (response.status() !== 200) {
      response.text().then(
        (body) => saveRefusals.push(`${response.status()} ${body.slice(0, 300)}`),
        () => saveRefusals.push(String(response.status())),
      );
      return;
    }
    saveRoundTrips.push(Date.now() - (started.get(request) ?? Date.now()));
    const body = JSON.parse(request.postData() ?? '{}') as { content?: NoteContent };
    const timing = request.timing();
    if (body.content) acknowledged.push({ text: noteText(body.content), sentAt: timing.startTime, answeredAt: timing.startTime + timing.responseStart });
  });
  return {
    savedShownBoundary: (killAt) => {
      const shown = savedShown.filter((t) => t <= killAt).at(-1);
      return shown === undefined ? null : (acknowledged.filter((s) => s.answeredAt <= shown).at(-1)?.sentAt ?? null);
    },
    lastAcknowledgedText: () => acknowledged.at(-1)?.text ?? null,
    saveRoundTrips,
    saveRefusals,
    states,
    longestSavingMs: (killAt) =>
      Math.max(0, ...states.map((state, i) => (state === 'saving' && stateTimes[i]! < killAt ? Math.min(stateTimes[i + 1] ?? killAt, killAt) - stateTimes[i]! : 0))),
    savesAcknowledged: () => acknowledged.length,
  };
}
