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
  const started = new Map<Request, number>();
  await page.exposeBinding('__crashTrialSaveState', (_source, state: string, at: number) => {
    if (process.env.CRASH_DEBUG) console.log(`state ${state} ${at}`);
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
    if (process.env.CRASH_DEBUG && isSave(request)) console.log(`save ${response.status()} sent ${started.get(request)} answered ${Date.now()}`);
    if (!isSave(request) || response.status() !== 200) return;
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
    savesAcknowledged: () => acknowledged.length,
  };
}
